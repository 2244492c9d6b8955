// Measures the extension inside real VS Code (code-server): activation with the language server's
// start, keystroke -> redrawn preview, and, in the same window, keystroke -> VS Code's own Markdown
// preview updated. Loaded as `extensionTestsPath` by the benchmark runner.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { CertTreeExtensionApi } from '../../src/extension/extension.js';
import type { RenderedPreview } from '../../src/extension/preview-panel.js';
import { markdownPreviewUpdates, nextMarkdownPreviewUpdate, recordBenchFigures } from './bench-figures.js';
import { RESULT_MARKER } from './run-suite.js';
import { nextEvent, whenTrue } from './suite/waiting.js';
import { EXAMPLE, EXTENSION_ID, workspaceUri } from './suite/workspace-files.js';

/** The generated tree of about 200 nodes that the runner writes beside the example. */
const LARGE = 'bench-200-nodes.certtree';
const EDITS = 15;

export async function run(): Promise<void> {
    const extension = vscode.extensions.getExtension<CertTreeExtensionApi>(EXTENSION_ID)!;
    const opened = Date.now();
    const started = performance.now();
    const example = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(EXAMPLE)));
    await whenTrue(() => extension.isActive, 'the extension has activated');
    const api = extension.exports;
    // Measured as the baseline window measures its minimal extension: until activate() returned.
    const openToActiveMs = api.activatedAt - opened;
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
    results.markdown = await markdownKeystrokes();
    recordBenchFigures(results);
    console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: 1, failed: 0, skipped: 0 })}`);
}

/** The yardstick: keystroke -> VS Code's own Markdown preview updated, for the README beside it. */
async function markdownKeystrokes(): Promise<{ keystrokeToPreviewMs: number; samples: number; kilobytes: number }> {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('bench.md')), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', editor.document.uri);
    await nextMarkdownPreviewUpdate(markdownPreviewUpdates().length, 60_000);
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    // The updates seen so far; each keystroke then waits for the next one.
    let seen = markdownPreviewUpdates().length;
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
        // One keystroke in the first heading, as in the CertTree measurement.
        const at = editor.document.positionAt(editor.document.getText().indexOf('# ') + 2);
        const keystroke = Date.now();
        await editor.edit(edit => edit.insert(at, 'x'));
        const updated = await nextMarkdownPreviewUpdate(seen);
        seen = markdownPreviewUpdates().length;
        times.push(updated - keystroke);
    }
    const kilobytes = editor.document.getText().length / 1024;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    return { keystrokeToPreviewMs: median(times), samples: EDITS, kilobytes };
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}
