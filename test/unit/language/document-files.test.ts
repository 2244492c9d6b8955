// Reading .certtree files: one handle, regular files only, never more than the size limit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotARegularFileError, readDocumentFile } from '../../../src/language/document-files.js';
import { MAX_DOCUMENT_BYTES } from '../../../src/language/document-limits.js';

describe('readDocumentFile', () => {
    let folder: string;
    before(() => { folder = mkdtempSync(join(tmpdir(), 'certtree-read-')); });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('reads a file whole, keeping a byte order mark', async () => {
        writeFileSync(join(folder, 'a.certtree'), '\uFEFFtree "Ä"\n');
        assert.equal(await readDocumentFile(join(folder, 'a.certtree')), '\uFEFFtree "Ä"\n');
    });

    it('reads no more of a 1 GB file than the limit, and marks the rest with U+FFFD', async () => {
        const huge = join(folder, 'huge.certtree');
        writeFileSync(huge, '');
        truncateSync(huge, 1024 * 1024 * 1024);
        const text = await readDocumentFile(huge);
        assert.equal(text.length, MAX_DOCUMENT_BYTES + 1);
        assert.equal(text.at(-1), '\uFFFD');
    });

    it('refuses a FIFO without waiting for a writer, and a folder', async () => {
        const fifo = join(folder, 'pipe.certtree');
        assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
        await assert.rejects(readDocumentFile(fifo), NotARegularFileError);
        mkdirSync(join(folder, 'dir.certtree'));
        await assert.rejects(readDocumentFile(join(folder, 'dir.certtree')), { code: 'EISDIR' });
    });
});
