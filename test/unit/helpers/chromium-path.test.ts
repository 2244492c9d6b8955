// Which Chromium the browser tests launch: $CHROMIUM, else the first known name on PATH, else a clear error.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromiumPath } from '../../helpers/chromium-path.js';

describe('chromiumPath', () => {
    let root: string;

    /** A folder holding executables (or, with `executable: false`, plain files) of these names. */
    function folderWith(name: string, files: string[], executable = true): string {
        const folder = join(root, name);
        mkdirSync(folder);
        for (const file of files) {
            writeFileSync(join(folder, file), '#!/bin/sh\n');
            chmodSync(join(folder, file), executable ? 0o755 : 0o644);
        }
        return folder;
    }

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'certtree-chromium-path-'));
    });
    afterEach(() => {
        rmSync(root, { recursive: true, force: true });
    });

    it('takes $CHROMIUM as it is', () => {
        const folder = folderWith('bin', ['chromium']);
        assert.equal(chromiumPath({ CHROMIUM: '/opt/chrome/chrome', PATH: folder }), '/opt/chrome/chrome');
    });

    it('prefers chromium to chromium-browser and google-chrome, wherever they are on PATH', () => {
        const first = folderWith('first', ['google-chrome', 'chromium-browser']);
        const second = folderWith('second', ['chromium']);
        assert.equal(chromiumPath({ PATH: [first, second].join(delimiter) }), join(second, 'chromium'));
        assert.equal(chromiumPath({ PATH: first }), join(first, 'chromium-browser'));
    });

    it('skips a file that is not executable', () => {
        const plain = folderWith('plain', ['chromium'], false);
        const real = folderWith('real', ['google-chrome']);
        assert.equal(chromiumPath({ PATH: [plain, real].join(delimiter) }), join(real, 'google-chrome'));
    });

    it('says to install chromium when there is none', () => {
        const empty = folderWith('empty', []);
        assert.throws(() => chromiumPath({ PATH: empty }), /No Chromium found on PATH.*apt-get install chromium.*CHROMIUM/);
    });
});
