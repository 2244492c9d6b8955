// The `certtree` command against hostile files, terminals, pipes and disks: clear messages, the documented exit codes, never 3.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_TOO_LARGE_MESSAGE, NESTING_TOO_DEEP_MESSAGE } from '../../src/language/document-limits.js';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const bin = join(root, 'bin', 'certtree.js');
const example = join(root, 'examples', 'aws-certification-paths.certtree');

function certtree(cwd: string, ...args: string[]) {
    const run = spawnSync('node', [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs a shell pipeline in `cwd`; `$CERTTREE` is the command. */
function shell(cwd: string, script: string) {
    const run = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CERTTREE: `node ${bin}` } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('certtree against hostile input', function () {
    this.timeout(60_000);
    let folder: string;

    before(() => {
        assert.ok(existsSync(join(root, 'dist', 'cli.cjs')), 'dist/cli.cjs is missing: build it with `node esbuild.mjs` (npm test does)');
        folder = mkdtempSync(join(tmpdir(), 'certtree-hostile-cli-'));
        const open = 'group "g" {\n'.repeat(10_000);
        writeFileSync(join(folder, 'deep.certtree'), `${open}${'}\n'.repeat(10_000)}`);
        writeFileSync(join(folder, 'deep-unclosed.certtree'), open);
        writeFileSync(join(folder, 'ok.certtree'), 'use aws\ndeveloper -> devops_engineer\n');
        writeFileSync(join(folder, 'big.certtree'), `// ${'x'.repeat(10)}\n${'a '.repeat(1024 * 1024)}`);
        writeFileSync(join(folder, 'tree.txt'), 'use aws\ndeveloper\n');
        writeFileSync(join(folder, 'escapes.certtree'), [
            'tree "\u001b]0;pwned\u0007Plan"',
            'cert a "\u001b[2JWiped" { level foundational code "\u001b[31mA-1" }',
            'cert b "B" { level associate }',
            'a -> b',
            'goal b',
        ].join('\n'));
        copyFileSync(example, join(folder, 'aws.certtree'));
        // A chain of 600 certs: its DOT (over 200 KB) is more than a pipe holds, so the writer is still writing when the reader leaves.
        const ids = Array.from({ length: 600 }, (_, i) => `c${i}`);
        writeFileSync(join(folder, 'chain.certtree'),
            [...ids.map(id => `cert ${id} "Certification ${id} with a rather long descriptive name" { level associate }`), ids.join(' -> ')].join('\n'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    // Issue: the second file's parse failed on the parser the first left dirty: "internal error", exit 3.
    it('checks 10,000 nested groups, closed and unclosed, then a valid file: errors where nesting passes 100, exit 1', () => {
        const run = certtree(folder, 'check', 'deep.certtree', 'deep-unclosed.certtree', 'ok.certtree');
        assert.equal(run.stderr, '');
        assert.deepEqual(run.stdout.trim().split('\n'), [
            `deep.certtree:101:11: error: ${NESTING_TOO_DEEP_MESSAGE}`,
            `deep-unclosed.certtree:101:11: error: ${NESTING_TOO_DEEP_MESSAGE}`,
        ]);
        assert.equal(run.status, 1);
    });

    it('refuses a file over 1 MB with the server\'s error where it passes the limit, exit 1', () => {
        // Line 2 starts at byte 14; byte 1,048,577 is on it at column 1,048,577 - 14 = 1,048,563.
        const run = certtree(folder, 'check', 'big.certtree');
        assert.deepEqual([run.status, run.stdout, run.stderr], [1, `big.certtree:2:1048563: error: ${DOCUMENT_TOO_LARGE_MESSAGE}\n`, '']);
    });

    // Issue: a file not named .certtree ended in "internal error", exit 3.
    it('refuses a file not named .certtree with exit 2, and still checks the others', () => {
        const run = certtree(folder, 'check', 'tree.txt', 'ok.certtree');
        assert.deepEqual([run.status, run.stdout, run.stderr],
            [2, '', "certtree check: cannot read 'tree.txt': it is not named .certtree; CertTree reads only .certtree files.\n"]);
        const rendered = certtree(folder, 'render', 'tree.txt');
        assert.equal(rendered.status, 2);
    });

    // Issue: `certtree next` printed titles and names raw, so a tree could retitle or clear the terminal.
    it('never prints a terminal escape from the tree in `certtree next`', () => {
        const run = certtree(folder, 'next', 'escapes.certtree');
        assert.equal(run.status, 0, run.stderr);
        assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        const lines = run.stdout.split('\n');
        assert.match(lines[0], /^\uFFFD\]0;pwned\uFFFDPlan \(planned for \d{4}-\d{2}-\d{2}\)$/);
        assert.ok(lines.includes('  1. a  \uFFFD[2JWiped · \uFFFD[31mA-1 · foundational'), run.stdout);
    });

    // Issue: `check` passed these but `render` failed with "this is a bug in CertTree".
    it('draws what `check` accepts: blank names and labels, U+FFFE and U+FFFF, an icon whose header claims 2³¹ pixels', () => {
        writeFileSync(join(folder, 'huge-header.png'), Buffer.from([
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
            0x80, 0, 0, 0, 0x80, 0, 0, 0, 8, 6, 0, 0, 0, 0, 0, 0, 0,
        ]));
        writeFileSync(join(folder, 'blank.certtree'), [
            'tree "  "',
            'cert a "" { level associate }',
            'cert b "  " { level associate }',
            'cert c "x\uFFFEy\uFFFF" { level associate icon "./huge-header.png" }',
            'group "" { a -> b }',
            'area "" { role "" { a -> c } }',
        ].join('\n'));
        assert.deepEqual(certtree(folder, 'check', 'blank.certtree'), { status: 0, stdout: '', stderr: '' });
        const run = certtree(folder, 'render', 'blank.certtree', '-o', '-');
        assert.equal(run.stderr, '');
        assert.equal(run.status, 0);
        const texts = [...run.stdout.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(match => match[1]);
        // Blank names show the id; the noncharacters show as U+FFFD; the icon is drawn (at the default size).
        for (const shown of ['a', 'b', 'x\uFFFDy\uFFFD']) assert.ok(texts.includes(shown), `the diagram shows ${shown}: ${texts.join(' | ')}`);
        assert.match(run.stdout, /<image [^>]*xlink:href="data:image\/png;base64,/);
    });

    // Issue: a reader that stopped early ended the command with EPIPE, a stack trace and exit 1.
    it('stops quietly when the reader of -o - goes away, with the exit code of the render', () => {
        const run = shell(folder, '$CERTTREE render chain.certtree --format dot -o - | head -c 10; echo " ${PIPESTATUS[0]}"');
        assert.deepEqual([run.stdout, run.stderr], ['digraph ce 0\n', '']);
    });

    // Issue: a full disk replaced a good SVG by a truncated one.
    it('leaves the old file as it was when the new one cannot be written whole', () => {
        assert.equal(certtree(folder, 'render', 'aws.certtree', '-o', 'kept.svg').status, 0);
        const good = readFileSync(join(folder, 'kept.svg'), 'utf8');
        // A file size limit of 8 KB (far below the SVG) makes the write fail part-way, as a full disk does.
        const run = shell(folder, 'trap "" XFSZ; ulimit -f 8; $CERTTREE render aws.certtree -o kept.svg');
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^certtree render: cannot write 'kept\.svg': the file would be larger than this system allows\. Choose another place with -o\.\n$/);
        assert.equal(readFileSync(join(folder, 'kept.svg'), 'utf8'), good);
        assert.deepEqual(readdirSync(folder).filter(name => name.endsWith('.tmp')), [], 'no temporary file is left behind');
    });
});
