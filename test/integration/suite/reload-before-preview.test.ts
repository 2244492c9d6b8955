// Before a window reload: the example and its preview are open (the runner reloads after this).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { nextEvent, whenTrue } from './waiting.js';
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
        // The code-server runner reloads the window after this suite; it says when the workbench has
        // saved the preview, which the reload restores from (other hosts reload their own way).
        const saved = process.env.CERTTREE_WORKBENCH_SAVED;
        if (saved) await whenTrue(() => existsSync(saved), 'the workbench has saved its editors with the preview', 120_000);
    });
});
