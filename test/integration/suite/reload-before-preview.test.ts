// Before a window reload: the example and its preview are open (the runner reloads after this).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { nextEvent } from './waiting.js';
import { certTreeApi, openExample } from './workspace-files.js';

describe('before a window reload', () => {
    it('shows the preview of the example beside it', async () => {
        const api = await certTreeApi();
        const editor = await openExample();
        const rendered = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString(), 'the preview to draw the example');
        await vscode.commands.executeCommand('certtree.showPreviewToSide');
        await rendered;
        // Leave the example's editor active, as a user would before reloading.
        await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
        assert.equal(api.previewDocument()?.toString(), editor.document.uri.toString());
    });
});
