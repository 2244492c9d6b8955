// Icon reading: only image files inside the document's folder or workspace are accepted, read through the handle that was checked.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIcon, MAX_ICON_BYTES, sniffImage } from '../../../src/language/icon-files.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('readIcon', () => {
    let root: string;
    let project: string;
    let doc: string;

    before(() => {
        root = mkdtempSync(join(tmpdir(), 'certtree-icons-'));
        project = join(root, 'project');
        mkdirSync(join(project, 'assets'), { recursive: true });
        doc = join(project, 'tree.certtree');
        writeFileSync(doc, 'tree "T"');
        writeFileSync(join(project, 'assets', 'a.png'), PNG);
        writeFileSync(join(project, 'assets', 'b.jpg'), JPEG);
        writeFileSync(join(project, 'assets', 'c.svg'), '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
        writeFileSync(join(project, 'assets', 'fake.png'), 'just text, not an image');
        writeFileSync(join(project, 'assets', 'big.png'), new Uint8Array(MAX_ICON_BYTES + 1));
        writeFileSync(join(root, 'outside.png'), PNG);
        symlinkSync(join(root, 'outside.png'), join(project, 'assets', 'link.png'));
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it('accepts PNG, JPEG and SVG by content, relative to the document', async () => {
        assert.deepEqual(await inspectIcon(doc, './assets/a.png', []), { kind: 'image', path: join(project, 'assets', 'a.png'), mime: 'image/png', bytes: PNG });
        assert.equal(kindOrMime(await inspectIcon(doc, 'assets/b.jpg', [])), 'image/jpeg');
        assert.equal(kindOrMime(await inspectIcon(doc, './assets/c.svg', [])), 'image/svg+xml');
    });

    it('warns about a missing file', async () => {
        const result = await inspectIcon(doc, './assets/none.png', []);
        assert.deepEqual(result, { kind: 'problem', severity: 'warning', message: "The icon file './assets/none.png' does not exist; add the image or fix the path (it is relative to this file)." });
    });

    it('quotes the icon path with its control characters made visible and a long path shortened', async () => {
        const message = problem(await inspectIcon(doc, './\u001b[31mred.png', []));
        assert.ok(message.includes("'./\uFFFD[31mred.png'"), message);
        assert.ok(problem(await inspectIcon(doc, `./${'x'.repeat(5000)}.png`, [])).length < 300);
    });

    it('rejects a file that is not an image, a folder, a URL, and a too large file', async () => {
        assert.equal(problem(await inspectIcon(doc, './assets/fake.png', [])),
            "error: The icon './assets/fake.png' is not a PNG, JPEG or SVG image; save the image in one of these formats or name another file.");
        assert.match(problem(await inspectIcon(doc, './assets', [])), /is a folder/);
        assert.match(problem(await inspectIcon(doc, 'https://example.com/a.png', [])), /is a URL/);
        assert.match(problem(await inspectIcon(doc, '', [])), /empty/);
        assert.match(problem(await inspectIcon(doc, './assets/big.png', [])), /at most 1 MB/);
    });

    it('rejects files outside the document folder, also through a symlink, unless a root allows them', async () => {
        assert.match(problem(await inspectIcon(doc, '../outside.png', [])), /outside this document's folder/);
        assert.match(problem(await inspectIcon(doc, './assets/link.png', [])), /through a link/);
        assert.equal(kindOrMime(await inspectIcon(doc, '../outside.png', [root])), 'image/png');
        assert.equal(kindOrMime(await inspectIcon(doc, './assets/link.png', [root])), 'image/png');
    });

    it('reads a whole icon, and refuses a FIFO and a lone surrogate in the path without waiting', async () => {
        const whole = await readIcon(doc, './assets/a.png', [], 'whole');
        assert.deepEqual(whole.kind === 'image' ? [...whole.bytes] : whole, [...PNG]);
        const fifo = join(project, 'assets', 'pipe.png');
        mkfifo(fifo);
        assert.match(problem(await readIcon(doc, './assets/pipe.png', [], 'whole')), /not a regular file/);
        assert.match(problem(await readIcon(doc, './assets/\uD800.png', [], 'whole')), /not a valid file path/);
    });

    // Issue: the check and the read opened the file by name twice, so a file swapped in between for a
    // link to a secret, a FIFO or a 2 MB file was inlined, blocked forever, or passed the 1 MB cap.
    it('never reads what a file is swapped for between the check and the read', async function () {
        this.timeout(120_000);
        const secret = join(root, 'secret.png');
        writeFileSync(secret, Uint8Array.from([...PNG, 0x53, 0x45, 0x43, 0x52, 0x45, 0x54]));
        writeFileSync(join(project, 'assets', 'swap.png'), PNG);
        const swapper = spawn(process.execPath, ['-e', `
            const fs = require('node:fs');
            const [icon, secret, png] = process.argv.slice(1);
            const staged = icon + '.staged';
            const good = Buffer.from(png, 'hex');
            for (let i = 0; ; i++) {
                try { fs.rmSync(staged, { force: true }); } catch {}
                switch (i % 4) {
                    case 0: fs.symlinkSync(secret, staged); break;
                    case 1: fs.writeFileSync(staged, good); break;
                    case 2: require('node:child_process').execFileSync('mkfifo', [staged]); break;
                    case 3: fs.writeFileSync(staged, Buffer.concat([good, Buffer.alloc(2 * 1024 * 1024)])); break;
                }
                fs.renameSync(staged, icon);
            }`, join(project, 'assets', 'swap.png'), secret, Buffer.from(PNG).toString('hex')], { stdio: 'ignore' });
        try {
            const seen = new Set<string>();
            for (let i = 0; i < 3000; i++) {
                const result = await readIcon(doc, './assets/swap.png', [], 'whole');
                if (result.kind === 'image') {
                    assert.deepEqual([...result.bytes], [...PNG], 'only the image inside the folder is ever read');
                    seen.add('image');
                } else {
                    assert.match(result.message, /through a link|not a regular file|at most 1 MB|does not exist/);
                    seen.add(result.message.replace(/.*(through a link|not a regular file|at most 1 MB|does not exist).*/, '$1'));
                }
            }
            assert.ok(seen.has('image'), 'the swapping left the icon readable some of the time');
        } finally {
            swapper.kill();
        }
    });

    it('sniffs only real signatures', () => {
        assert.equal(sniffImage(new TextEncoder().encode('<html><svg></svg></html>')), undefined);
        assert.equal(sniffImage(new TextEncoder().encode('  <svg>')), 'image/svg+xml');
        assert.equal(sniffImage(Uint8Array.from([0x89, 0x50])), undefined);
    });
});

/** The first kilobytes of an icon, as the validator reads them. */
function inspectIcon(documentFsPath: string, iconText: string, roots: string[]) {
    return readIcon(documentFsPath, iconText, roots, 'head');
}

type Inspection = Awaited<ReturnType<typeof readIcon>>;

function mkfifo(path: string): void {
    const made = spawnSync('mkfifo', [path]);
    assert.equal(made.status, 0, 'mkfifo works');
}

function kindOrMime(result: Inspection): string {
    return result.kind === 'image' ? result.mime : `problem: ${result.message}`;
}

function problem(result: Inspection): string {
    assert.equal(result.kind, 'problem', 'expected a problem');
    return result.kind === 'problem' ? `${result.severity}: ${result.message}` : '';
}
