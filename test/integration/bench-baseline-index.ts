// The activation baseline: in a window with only a minimal extension that activates on the same
// event as CertTree (`onLanguage:certtree`), how long opening a .certtree file takes until that
// extension is active. The benchmark runner writes the extension; CertTree is not loaded here.
import * as vscode from 'vscode';
import { whenTrue } from './suite/waiting.js';
import { EXAMPLE, workspaceUri } from './suite/workspace-files.js';
import { recordBenchFigures } from './bench-figures.js';
import { RESULT_MARKER } from './run-suite.js';

const BASELINE_ID = 'certtree-tests.certtree-bench-baseline';

export async function run(): Promise<void> {
    const baseline = vscode.extensions.getExtension<{ activatedAt: number }>(BASELINE_ID);
    if (!baseline) {
        const loaded = vscode.extensions.all.filter(extension => !extension.id.startsWith('vscode.')).map(extension => extension.id);
        throw new Error(`The baseline extension ${BASELINE_ID} is not loaded; loaded: ${loaded.join(', ')}.`);
    }
    const opened = Date.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(EXAMPLE)));
    await whenTrue(() => baseline.isActive, 'the baseline extension has activated');
    recordBenchFigures({ baselineOpenToActiveMs: baseline.exports.activatedAt - opened });
    console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: 1, failed: 0, skipped: 0 })}`);
}
