// Activation: the extension stays asleep until a .certtree file opens, then starts its server.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CertTreeExtensionApi } from '../../../src/extension/extension.js';
import { whenTrue } from './waiting.js';
import { EXTENSION_ID, openExample } from './workspace-files.js';

describe('activation', () => {
    it('activates when a .certtree file is opened, and not before', async () => {
        const extension = vscode.extensions.getExtension<CertTreeExtensionApi>(EXTENSION_ID);
        assert.ok(extension, 'the extension is installed');
        assert.equal(extension.isActive, false, 'nothing woke the extension before a .certtree file opened');
        const editor = await openExample();
        assert.equal(editor.document.languageId, 'certtree', '.certtree files get the CertTree language');
        await whenTrue(() => extension.isActive, 'the extension has activated');
        await extension.exports.ready;
        assert.equal(extension.exports.client.isRunning(), true, 'the language server is running');
    });
});
