// The VS Code extension's entry point: starts the language server and registers the preview,
// the export commands and the read-only view of the built-in catalogs.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewWebviewState } from '../shared/preview-messages.js';
import { CATALOG_SCHEME, CatalogContentProvider } from './catalog-content-provider.js';
import { exportDiagram } from './diagram-export.js';
import type { ExportFormatChoice, ExportHost, ExportOptions } from './diagram-export.js';
import { createLanguageClient } from './language-client.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel.js';
import type { PreviewHost, RenderedPreview } from './preview-panel.js';

/** What the extension hands to other extensions and to its own integration tests. */
export interface CertTreeExtensionApi {
    /** The running language client. */
    readonly client: LanguageClient;
    /** Fires each time the preview has drawn a diagram. */
    readonly onDidRenderPreview: vscode.Event<RenderedPreview>;
    /** The document the preview shows, if a preview is open. */
    previewDocument(): vscode.Uri | undefined;
    /** Clicks the node with this DOT id in the preview, as a user would; false without a preview. */
    clickPreviewNode(id: string): boolean;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CertTreeExtensionApi> {
    const log = vscode.window.createOutputChannel('CertTree', { log: true });
    const languageClient = createLanguageClient(context, log);
    client = languageClient;
    const rendered = new vscode.EventEmitter<RenderedPreview>();
    context.subscriptions.push(log, rendered);

    const exportHost: ExportHost = {
        client: languageClient,
        viewFor: document => (PreviewPanel.active?.documentUri.toString() === document.toString() ? PreviewPanel.active.currentView : undefined),
        rasterize: (document, svg, scale) => PreviewPanel.createOrShow(previewHost, document, true, true).rasterize(svg, scale),
    };
    const previewHost: PreviewHost = {
        extensionUri: context.extensionUri,
        client: languageClient,
        log,
        onRendered: preview => rendered.fire(preview),
        exportDiagram: (format, document) => void exportDiagram(exportHost, format, document),
    };

    const showPreview = (toSide: boolean) => async (uri?: vscode.Uri) => {
        const document = certTreeDocument(uri);
        if (!document) return;
        await languageClient.start();
        PreviewPanel.createOrShow(previewHost, document, toSide);
    };
    const exportAs = (format: ExportFormatChoice) => async (uri?: vscode.Uri, options?: ExportOptions) => {
        const document = certTreeDocument(uri);
        if (!document) return undefined;
        await languageClient.start();
        return exportDiagram(exportHost, format, document, options);
    };

    context.subscriptions.push(
        vscode.commands.registerCommand('certtree.showPreview', showPreview(false)),
        vscode.commands.registerCommand('certtree.showPreviewToSide', showPreview(true)),
        vscode.commands.registerCommand('certtree.exportSvg', exportAs('svg')),
        vscode.commands.registerCommand('certtree.exportDot', exportAs('dot')),
        vscode.commands.registerCommand('certtree.exportPng', exportAs('png')),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: PreviewWebviewState | undefined) => {
                await languageClient.start();
                await PreviewPanel.revive(previewHost, panel, state);
            },
        }),
        vscode.workspace.registerTextDocumentContentProvider(CATALOG_SCHEME, new CatalogContentProvider(languageClient)),
        { dispose: () => PreviewPanel.active?.dispose() },
    );

    await languageClient.start();
    return {
        client: languageClient,
        onDidRenderPreview: rendered.event,
        previewDocument: () => PreviewPanel.active?.documentUri,
        clickPreviewNode: id => PreviewPanel.active?.clickNode(id) ?? false,
    };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

/** The .certtree document a command is about: its argument, the active editor, or the previewed one. */
function certTreeDocument(uri: vscode.Uri | undefined): vscode.Uri | undefined {
    if (uri instanceof vscode.Uri) return uri;
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'certtree') return editor.document.uri;
    const previewed = PreviewPanel.active?.documentUri;
    if (previewed) return previewed;
    void vscode.window.showInformationMessage('Open a .certtree file first, then run this command again.');
    return undefined;
}
