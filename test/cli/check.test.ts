// `certtree check` as a user runs it: the built command in a child process, its output and exit code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const bin = join(root, 'bin', 'certtree.js');

interface Run {
    status: number | null;
    stdout: string[];
    stderr: string;
}

function check(cwd: string, ...files: string[]): Run {
    const run = spawnSync('node', [bin, 'check', ...files], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stdout: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

describe('certtree check', function () {
    this.timeout(60_000);
    let folder: string;

    it('finds no error and no warning in the examples a newcomer opens first', () => {
        const examples = readdirSync(join(root, 'examples')).filter(file => file.endsWith('.certtree')).map(file => join('examples', file));
        assert.ok(examples.length >= 3, examples.join(', '));
        const run = check(root, ...examples);
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(run.stdout.filter(line => /: (error|warning): /.test(line)), []);
    });

    before(() => {
        assert.ok(existsSync(join(root, 'dist', 'cli.cjs')), 'dist/cli.cjs is missing: build it with `node esbuild.mjs` (npm test does)');
        folder = mkdtempSync(join(tmpdir(), 'certtree-cli-'));
        writeFileSync(join(folder, 'clean.certtree'), 'tree "Clean"\nuse aws\ncloud_practitioner -> developer -> devops_engineer\n');
        writeFileSync(join(folder, 'broken.certtree'), 'use aws\n\ncloud_practitioner -> developr\ncert dup { level associate }\ncert dup { level associate }\ndup\n');
        writeFileSync(join(folder, 'warned.certtree'), 'date "2026-11-26"\nuse aws\ncloud_practitioner -> sysops_admin\nearned security\n');
        writeFileSync(join(folder, 'syntax.certtree'), 'cert x {\n  level huge\n}\n');
        mkdirSync(join(folder, 'team'));
        writeFileSync(join(folder, 'team', 'certs.certtree'), 'cert cka "CKA" { level associate }\ncert unused { }\n');
        writeFileSync(join(folder, 'team', 'plan.certtree'), 'use "./certs.certtree"\ncka\n');
        writeFileSync(join(folder, 'uses.certtree'), 'use "./team"\nuse "./gone.certtree"\n');
        writeFileSync(join(folder, 'escapes.certtree'), 'use "./\u001b[31mred.certtree"\n');
        writeFileSync(join(folder, 'junk.certtree'), 'cert x {\n  level \u0000\u0007\u009b\n}\n');
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('prints nothing and exits 0 for a clean file', () => {
        assert.deepEqual(check(folder, 'clean.certtree'), { status: 0, stdout: [], stderr: '' });
    });

    it('prints file:line:col: severity: message for each problem and exits 1 on errors', () => {
        const run = check(folder, 'broken.certtree');
        assert.equal(run.status, 1);
        assert.deepEqual(run.stdout, [
            "broken.certtree:3:23: error: Unknown certification 'developr'. Did you mean 'developer'?",
            'broken.certtree:5:6: error: Certification \'dup\' is already declared on line 4; give this one another id or remove it.',
        ]);
    });

    it('exits 0 when there are only warnings and hints, naming their severities', () => {
        const run = check(folder, 'warned.certtree');
        assert.equal(run.status, 0);
        assert.deepEqual(run.stdout, [
            "warned.certtree:3:23: warning: Certification 'sysops_admin' is retired since 2025-09-29 (its exam's last day). It was renamed to 'cloudops_engineer': the same credential, which its holders keep.",
            "warned.certtree:4:8: hint: 'security' is on no path of this tree, so the diagram does not show it as earned.",
        ]);
    });

    it('keeps a multi-line parser message on one line', () => {
        const run = check(folder, 'syntax.certtree');
        assert.equal(run.status, 1);
        assert.match(run.stdout[0], /^syntax\.certtree:2:9: error: Expecting: one of these possible Token sequences: 1\. \[foundational\] .* but found: 'huge'$/);
        for (const line of run.stdout) assert.match(line, /^syntax\.certtree:\d+:\d+: (error|warning|info|hint): /);
    });

    it('shows paths relative to the working folder', () => {
        const run = check(join(folder, 'team'), '../broken.certtree');
        assert.match(run.stdout[0], /^\.\.\/broken\.certtree:3:23: error: /);
    });

    it('checks many files in one call, loading `use`d files but reporting only the files named', () => {
        const run = check(folder, 'clean.certtree', 'team/plan.certtree', 'broken.certtree', 'broken.certtree');
        assert.equal(run.status, 1);
        assert.deepEqual(run.stdout.map(line => line.split(':')[0]), ['broken.certtree', 'broken.certtree'],
            'plan.certtree resolves cka from certs.certtree; certs.certtree was not named, and a file named twice is reported once');
    });

    it('exits 2 with a clear message for a missing file and a folder, and still checks the rest', () => {
        const run = check(folder, 'missing.certtree', 'team', 'broken.certtree');
        assert.equal(run.status, 2);
        assert.equal(run.stderr, [
            "certtree check: cannot read 'missing.certtree': no such file; check the path.",
            "certtree check: cannot read 'team': it is a folder, not a file; name the .certtree files in it.",
            '',
        ].join('\n'));
        assert.equal(run.stdout.length, 2, 'broken.certtree is still checked');
    });

    it('reports a `use` of a folder or of a missing file at the `use`', () => {
        const run = check(folder, 'uses.certtree');
        assert.equal(run.status, 1);
        assert.deepEqual(run.stdout, [
            "uses.certtree:1:5: error: './team' is a folder; name a .certtree file in it.",
            "uses.certtree:2:5: error: The file './gone.certtree' does not exist (the path is relative to this file). The available catalogs are: aws, azure, google, cncf.",
        ]);
    });

    it('prints control characters from the file as U+FFFD, never raw to the terminal', () => {
        const run = check(folder, 'escapes.certtree', 'junk.certtree');
        assert.equal(run.status, 1);
        assert.deepEqual(run.stdout.filter(line => line.startsWith('escapes')), [
            "escapes.certtree:1:5: error: The file './\uFFFD[31mred.certtree' does not exist (the path is relative to this file). The available catalogs are: aws, azure, google, cncf.",
        ]);
        assert.ok(run.stdout.some(line => line.startsWith('junk.certtree:2:')), run.stdout.join('\n'));
        for (const line of run.stdout) assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f]/);
    });

    it('exits 2 and explains when no file is named', () => {
        const run = check(folder);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /name at least one \.certtree file/);
    });
});
