// Workspace symbols: every cert, area and role of the workspace's files and the built-in catalogs.
import type { LangiumDocuments } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { isArea, isCert, isRole } from '../generated/ast.js';

export class CertTreeWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    getSymbols(params: WorkspaceSymbolParams): WorkspaceSymbol[] {
        const symbols: WorkspaceSymbol[] = [];
        const accept = (name: string | undefined, kind: SymbolKind, uri: string, range: WorkspaceSymbol['location'], containerName?: string) => {
            // An area or role whose name is not typed yet (or is blank) has no symbol: LSP symbols need a name.
            if (name === undefined || name.trim() === '') return;
            const query = params.query.toLowerCase();
            // Names are phrases ("Cloud Security Architect"): a word inside them counts as a match too.
            if (query.length === 0 || name.toLowerCase().includes(query) || this.fuzzyMatcher.match(params.query, name)) {
                symbols.push({ name, kind, location: range, containerName });
            }
        };
        for (const document of this.documents.all) {
            const model = document.parseResult.value as Model;
            if (!model || !Array.isArray(model.statements)) continue;
            const uri = document.uri.toString();
            for (const statement of model.statements) {
                const range = statement.$cstNode?.range;
                if (!range) continue;
                if (isCert(statement) && statement.name) {
                    accept(statement.name, SymbolKind.Class, uri, { uri, range }, statement.title || undefined);
                } else if (isArea(statement)) {
                    accept(statement.name, SymbolKind.Namespace, uri, { uri, range });
                    for (const role of statement.roles) {
                        if (role.$cstNode) accept(role.name, SymbolKind.Function, uri, { uri, range: role.$cstNode.range }, statement.name || undefined);
                    }
                } else if (isRole(statement)) {
                    accept(statement.name, SymbolKind.Function, uri, { uri, range });
                }
            }
        }
        return symbols;
    }
}
