// Serves diagrams to clients: `certtree/diagram` (DOT + source map), `certtree/export`, and the "validated" notification.
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { exportDiagram } from '../../render/export-diagram.js';
import { prepareDiagram } from '../../render/prepare-diagram.js';
import type { DiagramParams, DiagramResult, DocumentValidatedParams, ExportParams, ExportResult, FitBox } from '../../shared/protocol.js';
import { DiagramRequest, DocumentValidatedNotification, ExportRequest } from '../../shared/protocol.js';
import { isCatalogUri } from '../catalogs/index.js';
import type { CertTreeSharedServices } from '../certtree-module.js';
import { errorsInOrder, isError } from '../document-diagnostics.js';
import type { Model } from '../generated/ast.js';

export function registerDiagramHandlers(connection: Connection, shared: CertTreeSharedServices): void {
    const handler = new DiagramHandler(shared);
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        for (const document of documents) {
            if (isCatalogUri(document.uri)) continue;
            void connection.sendNotification(DocumentValidatedNotification, {
                uri: document.uri.toString(),
                version: document.textDocument.version,
                errorCount: (document.diagnostics ?? []).filter(isError).length,
            } satisfies DocumentValidatedParams);
        }
    });
    connection.onRequest(DiagramRequest, (params: DiagramParams) => handler.diagram(params));
    connection.onRequest(ExportRequest, (params: ExportParams) => handler.export(params));
}

export class DiagramHandler {
    constructor(private readonly shared: CertTreeSharedServices) {}

    async diagram(params: DiagramParams): Promise<DiagramResult> {
        const uri = params?.uri ?? '';
        const document = await this.validatedDocument(uri);
        if (!document) return { kind: 'unavailable', uri, message: 'The document is not open in the CertTree language server; open it and try again.' };
        const version = document.textDocument.version;
        const errors = errorsInOrder(document);
        if (errors.length > 0) return { kind: 'invalid', uri, version, errorCount: errors.length, firstError: firstErrorOf(errors) };
        const prepared = await prepareDiagram(document.parseResult.value, {
            view: params.view,
            theme: params.theme ?? 'light',
            fit: validFit(params.fit),
            icons: params.icons ? { allowedRoots: this.workspaceRoots() } : undefined,
            heading: params.headingInDiagram,
            today: await this.shared.planning.PlanDate.today(),
        });
        const { icons } = prepared;
        const result: DiagramResult = { kind: 'diagram', uri, version, view: prepared.diagram.view, dot: prepared.dot, sources: prepared.sources, heading: prepared.heading };
        if (icons) result.images = icons.sizes.map(size => ({ name: size.name, width: Number(size.width), height: Number(size.height), href: icons.dataUris.get(size.name)! }));
        return result;
    }

    async export(params: ExportParams): Promise<ExportResult> {
        const document = await this.validatedDocument(params?.uri ?? '');
        if (!document) return { kind: 'failed', message: 'The document is not open in the CertTree language server; open it and try again.' };
        const errors = errorsInOrder(document);
        if (errors.length > 0) return { kind: 'invalid', errorCount: errors.length, firstError: firstErrorOf(errors) };
        const outcome = await exportDiagram(document.parseResult.value, {
            format: params.format, view: params.view, theme: params.theme ?? 'light', fit: validFit(params.fit), allowedRoots: this.workspaceRoots(),
            today: await this.shared.planning.PlanDate.today(),
        });
        if (outcome.kind === 'failed') return { kind: 'failed', message: outcome.detail ? `${outcome.message} (${outcome.detail})` : outcome.message };
        return { kind: 'exported', format: params.format, content: outcome.content };
    }

    private validatedDocument(uri: string): Promise<LangiumDocument<Model> | undefined> {
        return validatedDocument(this.shared, uri);
    }

    private workspaceRoots(): string[] {
        return (this.shared.workspace.WorkspaceManager.workspaceFolders ?? [])
            .map(folder => URI.parse(folder.uri))
            .filter(uri => uri.scheme === 'file')
            .map(uri => uri.fsPath);
    }
}

/** The document once it is validated; undefined when the server does not know it. */
export async function validatedDocument(shared: CertTreeSharedServices, uri: string): Promise<LangiumDocument<Model> | undefined> {
    let parsed: URI;
    try {
        parsed = URI.parse(uri);
    } catch {
        return undefined;
    }
    const documents = shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(parsed)) return undefined;
    const document = documents.getDocument(parsed) as LangiumDocument<Model>;
    if (document.state < DocumentState.Validated) {
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
    }
    return documents.getDocument(parsed) as LangiumDocument<Model> | undefined;
}

/** The first of errors in reading order. */
export function firstErrorOf([first]: Diagnostic[]): { message: string; range: Diagnostic['range'] } {
    return { message: typeof first.message === 'string' ? first.message : first.message.value, range: first.range };
}

/** A box from a client, when it is one: two finite sizes of at least 50 (smaller panes lay out as they would at 50). */
function validFit(fit: FitBox | undefined): FitBox | undefined {
    if (typeof fit?.width !== 'number' || typeof fit.height !== 'number' || !Number.isFinite(fit.width) || !Number.isFinite(fit.height)) return undefined;
    return { width: Math.min(100_000, Math.max(50, fit.width)), height: Math.min(100_000, Math.max(50, fit.height)) };
}
