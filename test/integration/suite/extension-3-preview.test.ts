// The live preview in a real webview: opens beside the editor, draws, follows edits, clicks through.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CertTreeExtensionApi } from '../../../src/extension/extension.js';
import type { RenderedPreview } from '../../../src/extension/preview-panel.js';
import { nextEvent } from './waiting.js';
import { certTreeApi, openExample, workspaceUri } from './workspace-files.js';

function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs).filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('certtree.preview'));
}

describe('diagram preview', () => {
    let api: CertTreeExtensionApi;
    let editor: vscode.TextEditor;
    let first: RenderedPreview;
    let latest: RenderedPreview;

    before(async () => {
        await vscode.workspace.fs.writeFile(workspaceUri('follow.certtree'), new TextEncoder().encode('use aws\n\ncloud_practitioner -> developer\n'));
        api = await certTreeApi();
        editor = await openExample();
    });
    after(async () => {
        // Leave the example as it is on disk for the suites that follow.
        await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
        await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('opens beside the editor and draws the diagram of the §1 example', async () => {
        const rendered = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString(), 'the preview to draw the example');
        await vscode.commands.executeCommand('certtree.showPreviewToSide');
        first = await rendered;
        latest = first;
        assert.equal(previewTabs().length, 1, 'one preview tab');
        assert.equal(api.previewDocument()?.toString(), editor.document.uri.toString());
        // §5 of the language reference: the paths view of the §1 example has 27 nodes. Laid out for
        // the pane in rows, later rows are entered through copies of shared nodes (ids with `~`).
        assert.equal(modelNodes(first).length, 27);
        for (const copy of first.nodes.filter(node => node.id.includes('~'))) {
            assert.ok(first.nodes.some(node => node.id === copy.id.split('~')[0] && node.cert === copy.cert), `${copy.id} copies a shared node`);
        }
        const certs = new Set(first.nodes.map(node => node.cert));
        for (const cert of ['cloud_practitioner', 'solutions_architect_associate', 'developer', 'sysops_admin', 'solutions_architect_professional', 'devops_engineer', 'security', 'data_engineer', 'advanced_networking', 'machine_learning']) {
            assert.ok(certs.has(cert), `the diagram draws ${cert}`);
        }
    });

    it('redraws after an edit', async () => {
        const rendered = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString() && preview.version > first.version, 'the preview to redraw after the edit');
        const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
        await editor.edit(edit => edit.insert(end, '\narea "Edge" {\n  role "Edge Engineer" {\n    solutions_architect_associate -> advanced_networking\n  }\n}\n'));
        const redrawn = await rendered;
        latest = redrawn;
        // The new role adds its own advanced_networking node (its first step is the shared node).
        assert.equal(modelNodes(redrawn).length, modelNodes(first).length + 1);
    });

    it('follows the active .certtree editor', async () => {
        const other = await vscode.workspace.openTextDocument(workspaceUri('follow.certtree'));
        const rendered = nextEvent(api.onDidRenderPreview, preview => preview.uri === other.uri.toString(), 'the preview to draw the newly active file');
        await vscode.window.showTextDocument(other, vscode.ViewColumn.One);
        const drawn = await rendered;
        assert.equal(api.previewDocument()?.toString(), other.uri.toString());
        assert.deepEqual(drawn.nodes.map(node => node.cert).sort(), ['cloud_practitioner', 'developer']);
        assert.equal(previewTabs().length, 1, 'still one preview');
        const back = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString(), 'the preview to return to the example');
        editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
        latest = await back;
    });

    it('redraws in the colours of a new VS Code theme', async () => {
        const kind = vscode.window.activeColorTheme.kind;
        const before = kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
        const after = before === 'dark' ? 'light' : 'dark';
        assert.equal(latest.theme, before, 'the diagram has the colours of the current theme');
        const configuration = vscode.workspace.getConfiguration('workbench');
        const switched = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString() && preview.theme === after, `the preview to redraw in ${after} colours`);
        await configuration.update('colorTheme', after === 'dark' ? 'Default Dark Modern' : 'Default Light Modern', vscode.ConfigurationTarget.Global);
        try {
            latest = await switched;
        } finally {
            const restored = nextEvent(api.onDidRenderPreview, preview => preview.theme === before, `the preview to redraw in ${before} colours`);
            await configuration.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
            latest = await restored;
        }
    });

    it('emphasises the nodes of the cert under the editor\'s cursor', async () => {
        const expected = latest.nodes.filter(node => node.cert === 'data_engineer').map(node => node.id).sort();
        assert.ok(expected.length >= 2, 'data_engineer is drawn in more than one role');
        const highlighted = nextEvent(api.onDidHighlightPreview, highlight => highlight.cert === 'data_engineer', 'the preview to emphasise data_engineer');
        const position = editor.document.positionAt(editor.document.getText().indexOf('data_engineer') + 3);
        editor.selection = new vscode.Selection(position, position);
        assert.deepEqual((await highlighted).ids.sort(), expected);
        const cleared = nextEvent(api.onDidHighlightPreview, highlight => highlight.cert === undefined, 'the emphasis to go');
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        assert.deepEqual((await cleared).ids, []);
    });

    it('selects the source of a node clicked in the preview', async () => {
        const node = latest.nodes.find(candidate => candidate.cert === 'machine_learning');
        assert.ok(node, 'the diagram has a machine_learning node');
        // Move the cursor away first, so the selection below can only come from the click.
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        const selected = nextEvent(
            vscode.window.onDidChangeTextEditorSelection,
            event => event.textEditor.document.uri.toString() === editor.document.uri.toString() && !event.selections[0].isEmpty,
            'the editor to select the clicked node\'s source',
        );
        assert.equal(api.clickPreviewNode(node.id), true);
        const event = await selected;
        assert.equal(event.textEditor.document.getText(event.selections[0]), 'machine_learning');
    });
});

/** The drawn nodes of the diagram itself, without the copies of shared nodes that enter later rows. */
function modelNodes(preview: { nodes: Array<{ id: string }> }): Array<{ id: string }> {
    return preview.nodes.filter(node => !node.id.includes('~'));
}
