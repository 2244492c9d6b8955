// Rename: local certs across files, roles with their highlights, areas; catalog certs are refused.
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError, TextEdit } from 'vscode-languageserver';
import { isCatalogUri } from '../catalogs/index.js';
import { certtreeString } from '../certtree-text.js';
import { isArea, isCert, isRole } from '../generated/ast.js';

const CERT_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class CertTreeRenameProvider extends DefaultRenameProvider {
    private readonly grammar: GrammarAST.Grammar;
    private keywords?: Set<string>;

    constructor(services: LangiumServices) {
        super(services);
        this.grammar = services.Grammar;
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const target = this.targetAt(document, params);
        if (target) this.refuseCatalogCert(target);
        return super.prepareRename(document, params) as Range | undefined;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) return undefined;
        this.refuseCatalogCert(target);
        if (isCert(target)) {
            if (!CERT_ID.test(params.newName) || this.isKeyword(params.newName)) {
                throw new ResponseError(
                    ErrorCodes.InvalidParams,
                    `'${params.newName}' is not a valid certification id: use letters, digits and _ (not starting with a digit), and no keyword.`
                );
            }
            return super.rename(document, params);
        }
        if (isRole(target) || isArea(target)) {
            // Role and area names are strings: the declaration and every `highlight` keep their quotes.
            const quoted = certtreeString(params.newName);
            const changes: Record<string, TextEdit[]> = {};
            for (const reference of this.references.findReferences(target, { includeDeclaration: true })) {
                const uri = reference.sourceUri.toString();
                (changes[uri] ??= []).push(TextEdit.replace(reference.segment.range, quoted));
            }
            return { changes };
        }
        return undefined;
    }

    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private refuseCatalogCert(target: AstNode): void {
        if (isCert(target) && isCatalogUri(AstUtils.getDocument(target).uri)) {
            throw new ResponseError(
                ErrorCodes.InvalidRequest,
                `'${target.name}' comes from a built-in catalog and cannot be renamed. Declare your own cert with \`cert\` to use another id.`
            );
        }
    }

    private isKeyword(name: string): boolean {
        this.keywords ??= new Set(AstUtils.streamAllContents(this.grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        return this.keywords.has(name);
    }
}
