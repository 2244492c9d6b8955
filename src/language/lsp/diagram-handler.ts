// Serves diagrams to clients: `certtree/diagram` (DOT + source map), `certtree/export`, and the "validated" notification.
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildDiagram } from '../../diagram/build-diagram.js';
import type { Diagram } from '../../diagram/diagram-model.js';
import { generateDot } from '../../diagram/dot-generator.js';
import { exportDiagram } from '../../render/export-diagram.js';
import { resolveIcons } from '../../render/icon-inliner.js';
import type {
    DiagramParams, DiagramResult, DiagramSourceEntry, DocumentValidatedParams, ExportParams, ExportResult,
} from '../../shared/protocol.js';
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
        const diagram = buildDiagram(document.parseResult.value, params.view);
        const theme = params.theme ?? 'light';
        if (!params.icons) return { kind: 'diagram', uri, version, view: diagram.view, dot: generateDot(diagram, { theme }), sources: sourcesOf(diagram) };
        const icons = await resolveIcons(diagram, this.workspaceRoots());
        return {
            kind: 'diagram', uri, version, view: diagram.view,
            dot: generateDot(diagram, { theme, icons: icons.byCert }),
            sources: sourcesOf(diagram),
            images: icons.sizes.map(size => ({ name: size.name, width: Number(size.width), height: Number(size.height), href: icons.dataUris.get(size.name)! })),
        };
    }

    async export(params: ExportParams): Promise<ExportResult> {
        const document = await this.validatedDocument(params?.uri ?? '');
        if (!document) return { kind: 'failed', message: 'The document is not open in the CertTree language server; open it and try again.' };
        const errors = errorsInOrder(document);
        if (errors.length > 0) return { kind: 'invalid', errorCount: errors.length, firstError: firstErrorOf(errors) };
        const outcome = await exportDiagram(document.parseResult.value, {
            format: params.format, view: params.view, theme: params.theme ?? 'light', allowedRoots: this.workspaceRoots(),
        });
        if (outcome.kind === 'failed') return { kind: 'failed', message: outcome.detail ? `${outcome.message} (${outcome.detail})` : outcome.message };
        return { kind: 'exported', format: params.format, content: outcome.content };
    }

    /** The document once it is validated; undefined when the server does not know it. */
    private async validatedDocument(uri: string): Promise<LangiumDocument<Model> | undefined> {
        let parsed: URI;
        try {
            parsed = URI.parse(uri);
        } catch {
            return undefined;
        }
        const documents = this.shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(parsed)) return undefined;
        const document = documents.getDocument(parsed) as LangiumDocument<Model>;
        if (document.state < DocumentState.Validated) {
            await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
        }
        return documents.getDocument(parsed) as LangiumDocument<Model> | undefined;
    }

    private workspaceRoots(): string[] {
        return (this.shared.workspace.WorkspaceManager.workspaceFolders ?? [])
            .map(folder => URI.parse(folder.uri))
            .filter(uri => uri.scheme === 'file')
            .map(uri => uri.fsPath);
    }
}

/** The first of errors in reading order. */
function firstErrorOf([first]: Diagnostic[]): { message: string; range: Diagnostic['range'] } {
    return { message: typeof first.message === 'string' ? first.message : first.message.value, range: first.range };
}

/** Every node and cluster with a place in the text, by the id Graphviz gives its `<g>` in the SVG. */
export function sourcesOf(diagram: Diagram): DiagramSourceEntry[] {
    const entries: DiagramSourceEntry[] = diagram.nodes.map(node => ({ id: node.id, cert: node.cert, uri: node.source.uri, range: node.source.range }));
    for (const cluster of diagram.clusters) {
        if (cluster.source) entries.push({ id: cluster.id, uri: cluster.source.uri, range: cluster.source.range });
    }
    return entries;
}
