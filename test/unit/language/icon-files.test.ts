// Icon inspection: only image files inside the document's folder or workspace are accepted.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectIcon, MAX_ICON_BYTES, sniffImage } from '../../../src/language/icon-files.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

describe('inspectIcon', () => {
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

    it('accepts PNG, JPEG and SVG by content, relative to the document', () => {
        assert.deepEqual(inspectIcon(doc, './assets/a.png', []), { kind: 'image', path: join(project, 'assets', 'a.png'), mime: 'image/png' });
        assert.equal(kindOrMime(inspectIcon(doc, 'assets/b.jpg', [])), 'image/jpeg');
        assert.equal(kindOrMime(inspectIcon(doc, './assets/c.svg', [])), 'image/svg+xml');
    });

    it('warns about a missing file', () => {
        const result = inspectIcon(doc, './assets/none.png', []);
        assert.deepEqual(result, { kind: 'problem', severity: 'warning', message: "The icon file './assets/none.png' does not exist; add the image or fix the path (it is relative to this file)." });
    });

    it('quotes the icon path with its control characters made visible and a long path shortened', () => {
        const message = problem(inspectIcon(doc, './\u001b[31mred.png', []));
        assert.ok(message.includes("'./\uFFFD[31mred.png'"), message);
        assert.ok(problem(inspectIcon(doc, `./${'x'.repeat(5000)}.png`, [])).length < 300);
    });

    it('rejects a file that is not an image, a folder, a URL, and a too large file', () => {
        assert.equal(problem(inspectIcon(doc, './assets/fake.png', [])),
            "error: The icon './assets/fake.png' is not a PNG, JPEG or SVG image; save the image in one of these formats or name another file.");
        assert.match(problem(inspectIcon(doc, './assets', [])), /is a folder/);
        assert.match(problem(inspectIcon(doc, 'https://example.com/a.png', [])), /is a URL/);
        assert.match(problem(inspectIcon(doc, '', [])), /empty/);
        assert.match(problem(inspectIcon(doc, './assets/big.png', [])), /at most 1 MB/);
    });

    it('rejects files outside the document folder, also through a symlink, unless a root allows them', () => {
        assert.match(problem(inspectIcon(doc, '../outside.png', [])), /outside this document's folder/);
        assert.match(problem(inspectIcon(doc, './assets/link.png', [])), /through a link/);
        assert.equal(kindOrMime(inspectIcon(doc, '../outside.png', [root])), 'image/png');
        assert.equal(kindOrMime(inspectIcon(doc, './assets/link.png', [root])), 'image/png');
    });

    it('sniffs only real signatures', () => {
        assert.equal(sniffImage(new TextEncoder().encode('<html><svg></svg></html>')), undefined);
        assert.equal(sniffImage(new TextEncoder().encode('  <svg>')), 'image/svg+xml');
        assert.equal(sniffImage(Uint8Array.from([0x89, 0x50])), undefined);
    });
});

function kindOrMime(result: ReturnType<typeof inspectIcon>): string {
    return result.kind === 'image' ? result.mime : `problem: ${result.message}`;
}

function problem(result: ReturnType<typeof inspectIcon>): string {
    assert.equal(result.kind, 'problem', 'expected a problem');
    return result.kind === 'problem' ? `${result.severity}: ${result.message}` : '';
}
