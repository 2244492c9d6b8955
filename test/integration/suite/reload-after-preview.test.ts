// After a window reload: VS Code restores the preview through the extension's serializer.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CertTreeExtensionApi } from '../../../src/extension/extension.js';
import { whenTrue } from './waiting.js';
import { EXAMPLE, EXTENSION_ID, workspaceUri } from './workspace-files.js';

describe('after a window reload', () => {
    it('brings the preview back, drawing the same document', async () => {
        const example = workspaceUri(EXAMPLE).toString();
        const extension = vscode.extensions.getExtension<CertTreeExtensionApi>(EXTENSION_ID)!;
        // Nothing here opens a preview: only VS Code's restore of the window can bring it back.
        await whenTrue(() => extension.isActive && extension.exports.lastRenderedPreview()?.uri === example, 'the restored preview has drawn the example', 60_000).catch((error: Error) => {
            const api = extension.isActive ? extension.exports : undefined;
            const editors = vscode.window.visibleTextEditors.map(editor => editor.document.uri.toString());
            throw new Error(`${error.message} Active: ${extension.isActive}; preview of ${String(api?.previewDocument())}; last drawn ${JSON.stringify(api?.lastRenderedPreview()?.uri)}; visible editors ${JSON.stringify(editors)}.`);
        });
        assert.equal(extension.exports.previewDocument()?.toString(), example);
        // The §1 example's 27 nodes, besides the copies of shared nodes entering later rows (ids with `~`).
        assert.equal(extension.exports.lastRenderedPreview()?.nodes.filter(node => !node.id.includes('~')).length, 27);
    });
});
