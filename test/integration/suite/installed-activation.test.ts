// The packaged .vsix, installed into VS Code like a user installs it: it activates and its server answers.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsOf, whenTrue } from './waiting.js';
import { EXTENSION_ID, openNewFile } from './workspace-files.js';

describe('the installed .vsix', () => {
    it('activates on a .certtree file and its bundled language server reports problems', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, 'the extension from the .vsix is installed');
        assert.match(extension.extensionPath, /certtree\.certtree-\d+\.\d+\.\d+$/, `installed, not under development: ${extension.extensionPath}`);
        assert.equal(extension.isActive, false);
        const editor = await openNewFile('installed-check.certtree', 'use aws\n\ncloud_practitioner -> securty\n');
        await whenTrue(() => extension.isActive, 'the installed extension has activated');
        const diagnostics = await diagnosticsOf(editor.document.uri, list => list.length > 0, 'diagnostics from the packaged server');
        assert.ok(diagnostics.some(d => /Unknown certification 'securty'/.test(d.message)));
    });
});
