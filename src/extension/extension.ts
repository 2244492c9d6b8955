// The VS Code extension's entry point: starts the language server and registers the preview,
// the export commands and the read-only view of the built-in catalogs.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewWebviewState } from '../shared/preview-messages.js';
import { CATALOG_SCHEME, CatalogContentProvider } from './catalog-content-provider.js';
import { exportDiagram } from './diagram-export.js';
import type { ExportFormatChoice, ExportHost, ExportOptions } from './diagram-export.js';
import { createLanguageClient } from './language-client.js';
import { registerPlanCommands, type PlanPickShown } from './plan-commands.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel.js';
import type { PreviewHighlight, PreviewHost, RenderedPreview } from './preview-panel.js';

/** What the extension hands to other extensions and to its own integration tests. */
export interface CertTreeExtensionApi {
    /** The language client; `ready` resolves once its server has started and answered `initialize`. */
    readonly client: LanguageClient;
    readonly ready: Promise<void>;
    /** How long `activate` took, in milliseconds (the server starts after it, in the background). */
    readonly activationMs: number;
    /** When `activate` returned (`Date.now()`), for the benchmark's comparison with a minimal extension. */
    readonly activatedAt: number;
    /** Fires each time the preview has drawn a diagram. */
    readonly onDidRenderPreview: vscode.Event<RenderedPreview>;
    /** Fires when the preview is told which nodes to emphasise for the cert under the cursor. */
    readonly onDidHighlightPreview: vscode.Event<PreviewHighlight>;
    /** The newest diagram the preview has drawn, if any. */
    lastRenderedPreview(): RenderedPreview | undefined;
    /** The document the preview shows, if a preview is open. */
    previewDocument(): vscode.Uri | undefined;
    /** Clicks the node with this DOT id in the preview, as a user would; false without a preview. */
    clickPreviewNode(id: string): boolean;
    /** Fires when the plan command shows one of its quick picks. */
    readonly onDidShowPlanPick: vscode.Event<PlanPickShown>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): CertTreeExtensionApi {
    const activationStarted = performance.now();
    const log = vscode.window.createOutputChannel('CertTree', { log: true });
    const languageClient = createLanguageClient(context, log);
    client = languageClient;
    const rendered = new vscode.EventEmitter<RenderedPreview>();
    let lastRendered: RenderedPreview | undefined;
    const highlighted = new vscode.EventEmitter<PreviewHighlight>();
    const planPickShown = new vscode.EventEmitter<PlanPickShown>();
    context.subscriptions.push(log, rendered, highlighted, planPickShown);

    const exportHost: ExportHost = {
        client: languageClient,
        log,
        viewFor: document => (PreviewPanel.active?.documentUri?.toString() === document.toString() ? PreviewPanel.active.currentView : undefined),
        rasterize: (document, svg, scale) => PreviewPanel.createOrShow(previewHost, document, true, true).rasterize(svg, scale),
    };
    const previewHost: PreviewHost = {
        extensionUri: context.extensionUri,
        client: languageClient,
        log,
        onRendered: preview => {
            lastRendered = preview;
            rendered.fire(preview);
        },
        onHighlighted: highlight => highlighted.fire(highlight),
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
        ...registerPlanCommands({ client: languageClient, documentFor: certTreeDocument, onPickShown: shown => planPickShown.fire(shown) }),
        vscode.workspace.registerTextDocumentContentProvider(CATALOG_SCHEME, new CatalogContentProvider(languageClient)),
        { dispose: () => PreviewPanel.active?.dispose() },
    );

    // Not awaited: the editor stays responsive while the server starts; requests wait for it.
    const ready = languageClient.start().catch((error: unknown) => {
        log.error(`The CertTree language server did not start: ${String(error)}`);
        void vscode.window.showErrorMessage('The CertTree language server did not start. The details are in the "CertTree" output channel; reload the window to try again.');
    });
    return {
        client: languageClient,
        ready,
        activationMs: performance.now() - activationStarted,
        activatedAt: Date.now(),
        onDidRenderPreview: rendered.event,
        onDidHighlightPreview: highlighted.event,
        lastRenderedPreview: () => lastRendered,
        previewDocument: () => PreviewPanel.active?.documentUri,
        clickPreviewNode: id => PreviewPanel.active?.clickNode(id) ?? false,
        onDidShowPlanPick: planPickShown.event,
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
