// The diagram preview: one webview panel that follows the active .certtree editor, asks the
// language server for the diagram (debounced, latest wins) and turns clicks into editor reveals.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FromWebviewMessage, PreviewTheme, PreviewWebviewState, ToWebviewMessage } from '../shared/preview-messages.js';
import { DiagramRequest, DocumentValidatedNotification } from '../shared/protocol.js';
import type { DiagramParams, DiagramResult, DiagramSourceEntry, DiagramTheme, DiagramView, DocumentValidatedParams, FitBox, Range } from '../shared/protocol.js';
import { buildPreviewHtml } from './preview-html.js';
import { previewDebounceMs, previewDefaultView } from './settings.js';

export const PREVIEW_VIEW_TYPE = 'certtree.preview';
/** How long a PNG export waits for the preview's browser to load and draw it. */
const RASTERIZE_TIMEOUT_MS = 30_000;
const PREVIEW_CLOSED = 'The preview was closed before the PNG was drawn; open the preview and export again.';

/** What a drawn diagram looked like; the extension's API hands this to its tests. */
export interface RenderedPreview {
    uri: string;
    version: number;
    nodes: Array<{ id: string; cert?: string; marks?: DiagramSourceEntry['marks'] }>;
    /** The diagram request to the language server, round trip. */
    requestMs: number;
    /** Layout and drawing in the webview. */
    renderMs: number;
    /** The colours the diagram was drawn for (following VS Code's theme). */
    theme: DiagramTheme;
}

export interface PreviewHighlight {
    cert?: string;
    ids: string[];
}

/** What a preview needs from the extension around it. */
export interface PreviewHost {
    extensionUri: vscode.Uri;
    client: LanguageClient;
    log: vscode.OutputChannel;
    onRendered(rendered: RenderedPreview): void;
    /** The preview was told to emphasise the nodes of `cert` (the cert under the cursor), or none. */
    onHighlighted(highlight: PreviewHighlight): void;
    exportDiagram(format: 'svg' | 'dot' | 'png', document: vscode.Uri): void;
}

export class PreviewPanel implements vscode.Disposable {
    private static current: PreviewPanel | undefined;

    /** The open preview, if any. */
    static get active(): PreviewPanel | undefined {
        return PreviewPanel.current;
    }

    /** Shows the preview of `document`, creating the panel the first time. */
    static createOrShow(host: PreviewHost, document: vscode.Uri, toSide: boolean, preserveFocus = false): PreviewPanel {
        const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
        const existing = PreviewPanel.current;
        if (existing) {
            existing.panel.reveal(toSide ? undefined : column, preserveFocus);
            existing.showDocument(document);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE,
            previewTitle(document),
            { viewColumn: column, preserveFocus },
            { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: resourceRoots(host.extensionUri, document) },
        );
        PreviewPanel.current = new PreviewPanel(host, panel, document);
        return PreviewPanel.current;
    }

    /** Brings back a preview VS Code restored after a reload, on the document it showed. */
    static async revive(host: PreviewHost, panel: vscode.WebviewPanel, state: PreviewWebviewState | undefined): Promise<void> {
        PreviewPanel.current?.dispose();
        // The state is the webview's own record of its document. It can be missing (the window
        // closed before VS Code saved it); then the preview takes the .certtree editor VS Code restores.
        const uri = state?.uri ? vscode.Uri.parse(state.uri) : visibleCertTreeEditor()?.document.uri;
        PreviewPanel.current = new PreviewPanel(host, panel, uri ?? NO_DOCUMENT);
        if (uri) {
            // The server answers for documents VS Code has open; opening does not show an editor.
            await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined);
        }
    }

    private readonly disposables: vscode.Disposable[] = [];
    private document: vscode.Uri;
    private view: DiagramView | undefined = previewDefaultView();
    private theme: PreviewTheme = 'light';
    /** The size of the webview's diagram pane: diagrams are laid out for it. */
    private pane: FitBox | undefined;
    private ready = false;
    /** Grows with every diagram request; an answer to anything but the newest is dropped. */
    private sequence = 0;
    private debounce: ReturnType<typeof setTimeout> | undefined;
    private sources = new Map<string, DiagramSourceEntry>();
    private problem: { uri: string; range: Range } | undefined;
    private highlightedCert: string | undefined;
    private lastEditorColumn: vscode.ViewColumn | undefined;
    private pendingRasterizations = new Map<number, (result: { png?: string; error?: string }) => void>();
    private nextRasterization = 1;
    private readyWaiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
    private disposed = false;
    private lastRequestMs = 0;
    private lastRequestTheme: DiagramTheme = 'light';

    private constructor(
        private readonly host: PreviewHost,
        private readonly panel: vscode.WebviewPanel,
        document: vscode.Uri,
    ) {
        this.document = document;
        this.lastEditorColumn = vscode.window.activeTextEditor?.viewColumn;
        panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'media', 'preview-icon.svg');
        panel.webview.options = { enableScripts: true, localResourceRoots: resourceRoots(host.extensionUri, document) };
        panel.webview.html = this.html();
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            // A hidden webview is discarded (no retainContextWhenHidden); shown again, it reloads
            // and says `ready` once more. Until then nothing may be posted to it.
            panel.onDidChangeViewState(() => {
                if (!panel.visible) this.ready = false;
            }),
            panel.webview.onDidReceiveMessage((message: FromWebviewMessage) => this.onMessage(message)),
            host.client.onNotification(DocumentValidatedNotification, (params: DocumentValidatedParams) => {
                if (params.uri === this.document.toString()) this.scheduleUpdate(previewDebounceMs());
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (editor?.document.languageId !== 'certtree') return;
                this.lastEditorColumn = editor.viewColumn;
                this.showDocument(editor.document.uri);
            }),
            vscode.window.onDidChangeVisibleTextEditors(() => {
                const editor = visibleCertTreeEditor();
                if (this.document === NO_DOCUMENT && editor) this.showDocument(editor.document.uri);
            }),
            vscode.window.onDidChangeTextEditorSelection(event => this.onSelection(event)),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('certtree.preview.defaultView')) {
                    this.view = previewDefaultView();
                    this.scheduleUpdate(0);
                }
            }),
        );
    }

    /** The document the preview shows; undefined while a restored preview waits for one. */
    get documentUri(): vscode.Uri | undefined {
        return this.document === NO_DOCUMENT ? undefined : this.document;
    }

    /** The view the user chose in the toolbar; undefined while the document's own choice stands. */
    get currentView(): DiagramView | undefined {
        return this.view;
    }

    /** Switches the preview to another document (the user moved to another .certtree editor). */
    showDocument(document: vscode.Uri): void {
        if (document.toString() === this.document.toString()) return;
        this.document = document;
        this.sources.clear();
        this.problem = undefined;
        this.highlightedCert = undefined;
        this.panel.title = previewTitle(document);
        this.panel.webview.options = { enableScripts: true, localResourceRoots: resourceRoots(this.host.extensionUri, document) };
        this.scheduleUpdate(0);
    }

    /** Acts as if the user clicked the node `id` in the webview; false when no diagram is shown yet. */
    clickNode(id: string): boolean {
        if (!this.ready) return false;
        this.post({ type: 'clickNode', id });
        return true;
    }

    /** Has the webview draw `svg` at `scale` and returns the PNG bytes. */
    async rasterize(svg: string, scale: number): Promise<Uint8Array> {
        const requestId = this.nextRasterization++;
        let timer: ReturnType<typeof setTimeout> | undefined;
        // One deadline from the start: a preview that never loads must not keep the export waiting.
        const timedOut = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('The preview did not answer in time; make sure it is visible and try again.')), RASTERIZE_TIMEOUT_MS);
        });
        try {
            await Promise.race([this.whenReady(), timedOut]);
            const drawn = new Promise<{ png?: string; error?: string }>(resolve => {
                this.pendingRasterizations.set(requestId, resolve);
                this.post({ type: 'rasterize', requestId, svg, scale });
            });
            const result = await Promise.race([drawn, timedOut]);
            if (!result.png) throw new Error(result.error ?? 'The preview could not draw the PNG.');
            return Buffer.from(result.png, 'base64');
        } finally {
            clearTimeout(timer);
            this.pendingRasterizations.delete(requestId);
        }
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (PreviewPanel.current === this) PreviewPanel.current = undefined;
        clearTimeout(this.debounce);
        for (const resolve of this.pendingRasterizations.values()) resolve({ error: PREVIEW_CLOSED });
        this.pendingRasterizations.clear();
        for (const waiter of this.readyWaiters.splice(0)) waiter.reject(new Error(PREVIEW_CLOSED));
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
        this.panel.dispose();
    }

    private html(): string {
        const webview = this.panel.webview;
        const asUri = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...path)).toString();
        return buildPreviewHtml({
            cspSource: webview.cspSource,
            scriptUri: asUri('dist', 'webview', 'preview.js'),
            workerUri: asUri('dist', 'webview', 'render-worker.js'),
            styleUri: asUri('media', 'preview.css'),
        });
    }

    /** Resolves once the webview listens; rejects when the preview is closed first. */
    private whenReady(): Promise<void> {
        if (this.disposed) return Promise.reject(new Error(PREVIEW_CLOSED));
        if (this.ready) return Promise.resolve();
        return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
    }

    private post(message: ToWebviewMessage): void {
        // Never before the webview said it listens: such a message would be lost.
        if (this.ready) void this.panel.webview.postMessage(message);
    }

    private onMessage(message: FromWebviewMessage): void {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.theme = message.theme;
                this.pane = message.pane;
                for (const waiter of this.readyWaiters.splice(0)) waiter.resolve();
                this.scheduleUpdate(0);
                return;
            case 'theme':
                this.theme = message.theme;
                this.scheduleUpdate(0);
                return;
            case 'resize':
                this.pane = message.pane;
                this.scheduleUpdate(0);
                return;
            case 'switchView':
                this.view = message.view;
                this.scheduleUpdate(0);
                return;
            case 'reveal': {
                const source = this.sources.get(message.id);
                if (source) void this.reveal(source.uri, source.range);
                return;
            }
            case 'revealProblem':
                if (this.problem) void this.reveal(this.problem.uri, this.problem.range);
                return;
            case 'export':
                if (this.document !== NO_DOCUMENT) this.host.exportDiagram(message.format, this.document);
                return;
            case 'rendered':
                if (message.sequence !== this.sequence) return;
                this.host.onRendered({
                    uri: message.uri,
                    version: message.version,
                    renderMs: message.renderMs,
                    requestMs: this.lastRequestMs,
                    theme: this.lastRequestTheme,
                    nodes: message.nodeIds.map(id => ({ id, cert: this.sources.get(id)?.cert, marks: this.sources.get(id)?.marks })),
                });
                return;
            case 'renderFailed':
                this.host.log.appendLine(`Preview: ${message.message}\n${message.detail}`);
                return;
            case 'rasterized': {
                const resolve = this.pendingRasterizations.get(message.requestId);
                this.pendingRasterizations.delete(message.requestId);
                resolve?.(message);
                return;
            }
        }
    }

    /** Asks for the diagram after `delayMs`; a newer call replaces one still waiting. */
    private scheduleUpdate(delayMs: number): void {
        clearTimeout(this.debounce);
        this.debounce = setTimeout(() => void this.update(), delayMs);
    }

    private async update(): Promise<void> {
        if (!this.ready) return;
        const sequence = ++this.sequence;
        if (this.document === NO_DOCUMENT) {
            this.post({ type: 'unavailable', sequence, message: 'Open a .certtree file to see its diagram here.' });
            return;
        }
        const uri = this.document.toString();
        const theme: DiagramTheme = this.theme === 'dark' || this.theme === 'high-contrast' ? 'dark' : 'light';
        // The webview shows the title and legend itself, readable at any zoom.
        const params: DiagramParams = { uri, view: this.view, theme, icons: true, fit: this.pane, headingInDiagram: false };
        let result: DiagramResult;
        const requested = performance.now();
        try {
            result = await this.host.client.sendRequest<DiagramResult>(DiagramRequest, params);
            if (sequence === this.sequence) {
                this.lastRequestMs = performance.now() - requested;
                this.lastRequestTheme = theme;
            }
        } catch (error) {
            if (sequence !== this.sequence) return;
            this.host.log.appendLine(`Preview: the diagram request failed: ${String(error)}`);
            this.post({ type: 'unavailable', sequence, message: 'The language server did not answer with a diagram. The details are in the "CertTree" output channel.' });
            return;
        }
        // Latest wins: an older request that answers late must not overwrite a newer picture.
        if (sequence !== this.sequence || uri !== this.document.toString()) return;
        switch (result.kind) {
            case 'diagram':
                this.sources = new Map(result.sources.map(source => [source.id, source]));
                this.problem = undefined;
                this.post({
                    type: 'diagram',
                    sequence,
                    uri: result.uri,
                    version: result.version,
                    view: result.view,
                    dot: result.dot,
                    sources: result.sources.map(source => ({ id: source.id, cert: source.cert, title: source.title, earned: source.marks?.earned, goal: source.marks?.goal })),
                    images: result.images ?? [],
                    title: previewTitle(this.document).replace(/^Preview /, ''),
                    heading: result.heading,
                });
                this.highlightedCert = undefined;
                this.refreshHighlight();
                return;
            case 'invalid':
                this.problem = { uri: result.uri, range: result.firstError.range };
                this.post({ type: 'problems', sequence, uri: result.uri, problems: { errorCount: result.errorCount, firstError: result.firstError } });
                return;
            case 'unavailable':
                this.post({ type: 'unavailable', sequence, message: result.message });
                return;
        }
    }

    private async reveal(uri: string, range: Range): Promise<void> {
        const target = vscode.Uri.parse(uri);
        const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri);
        const viewColumn = visible?.viewColumn ?? this.lastEditorColumn ?? vscode.ViewColumn.One;
        try {
            const document = await vscode.workspace.openTextDocument(target);
            const editor = await vscode.window.showTextDocument(document, { viewColumn, selection, preserveFocus: false });
            editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        } catch (error) {
            void vscode.window.showErrorMessage(`CertTree could not open ${target.fsPath || uri}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }

    private onSelection(event: vscode.TextEditorSelectionChangeEvent): void {
        if (event.textEditor.document.uri.toString() !== this.document.toString()) return;
        this.refreshHighlight(event.textEditor);
    }

    /** Highlights the nodes of the cert under the cursor of the document's editor. */
    private refreshHighlight(editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.document.toString())): void {
        if (!editor) return;
        const cert = this.certAt(editor.document, editor.selection.active);
        if (cert === this.highlightedCert) return;
        this.highlightedCert = cert;
        const ids = cert ? [...this.sources.values()].filter(source => source.cert === cert).map(source => source.id) : [];
        this.post({ type: 'highlight', ids });
        this.host.onHighlighted({ cert, ids });
    }

    /** The cert at `position`: a reference the diagram came from, else an id the diagram draws. */
    private certAt(document: vscode.TextDocument, position: vscode.Position): string | undefined {
        const uri = document.uri.toString();
        for (const source of this.sources.values()) {
            if (!source.cert || source.uri !== uri) continue;
            const range = new vscode.Range(source.range.start.line, source.range.start.character, source.range.end.line, source.range.end.character);
            if (range.contains(position)) return source.cert;
        }
        const word = document.getWordRangeAtPosition(position);
        const text = word ? document.getText(word) : undefined;
        if (!text) return undefined;
        for (const source of this.sources.values()) if (source.cert === text) return text;
        return undefined;
    }
}

/** Stands for "no document yet" in a restored preview that lost its state. */
const NO_DOCUMENT = vscode.Uri.parse('untitled:CertTree%20Preview');

function visibleCertTreeEditor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active?.document.languageId === 'certtree') return active;
    return vscode.window.visibleTextEditors.find(editor => editor.document.languageId === 'certtree');
}

function previewTitle(document: vscode.Uri): string {
    const name = document.path.split('/').pop() ?? document.toString();
    return `Preview ${name}`;
}

/** The webview may load only the extension's media and bundles, and the document's folder (icons). */
function resourceRoots(extensionUri: vscode.Uri, document: vscode.Uri): vscode.Uri[] {
    const roots = [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')];
    if (document.scheme === 'file') roots.push(vscode.Uri.joinPath(document, '..'));
    return roots;
}
