// Measures the extension inside real VS Code (code-server): activation with the language server's
// start, and keystroke -> redrawn preview. Loaded as `extensionTestsPath` by the benchmark runner.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CertTreeExtensionApi } from '../../src/extension/extension.js';
import type { RenderedPreview } from '../../src/extension/preview-panel.js';
import { nextEvent, whenTrue } from './suite/waiting.js';
import { EXAMPLE, EXTENSION_ID, workspaceUri } from './suite/workspace-files.js';

/** The generated tree of about 200 nodes that the runner writes beside the example. */
const LARGE = 'bench-200-nodes.certtree';
const EDITS = 15;

export async function run(): Promise<void> {
    const extension = vscode.extensions.getExtension<CertTreeExtensionApi>(EXTENSION_ID)!;
    const started = performance.now();
    const example = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(EXAMPLE)));
    await whenTrue(() => extension.isActive, 'the extension has activated');
    const openToActiveMs = performance.now() - started;
    const api = extension.exports;
    await api.ready;
    const openToServerReadyMs = performance.now() - started;

    const results: Record<string, unknown> = { activationMs: api.activationMs, openToActiveMs, openToServerReadyMs };
    for (const [name, file] of [['example', EXAMPLE], ['large', LARGE]] as const) {
        const editor = file === EXAMPLE ? example : await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(file)), vscode.ViewColumn.One);
        const opened = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString(), `the first drawing of ${file}`, 60_000);
        await vscode.commands.executeCommand('certtree.showPreviewToSide', editor.document.uri);
        const first = await opened;
        await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
        const totals: number[] = [];
        const webview: number[] = [];
        const requests: number[] = [];
        let last: RenderedPreview = first;
        for (let i = 0; i < EDITS; i++) {
            // One keystroke that changes the picture: a letter added to the first role's name.
            const at = editor.document.positionAt(editor.document.getText().indexOf('role "') + 'role "'.length);
            const version = last.version;
            const redrawn = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString() && preview.version > version, `redraw ${i} of ${file}`, 60_000);
            const keystroke = performance.now();
            await editor.edit(edit => edit.insert(at, 'x'));
            last = await redrawn;
            totals.push(performance.now() - keystroke);
            webview.push(last.renderMs);
            requests.push(last.requestMs);
        }
        results[name] = { nodes: first.nodes.length, keystrokeToDiagramMs: median(totals), webviewLayoutAndDrawMs: median(webview), diagramRequestMs: median(requests), samples: EDITS };
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    const file = process.env.CERTTREE_BENCH_RESULT;
    if (file) writeFileSync(file, JSON.stringify(results));
    console.log(`CERTTREE_BENCH_RESULT ${JSON.stringify(results)}`);
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}
