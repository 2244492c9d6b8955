// Semantic highlighting: certs, roles, areas, keywords and keyword values each get their own token type.
import type { AstNode } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { certStatus, treeDate } from '../cert-facts.js';
import { isCatalogUri } from '../catalogs/index.js';
import type { Cert, Model } from '../generated/ast.js';
import { isArea, isCert, isCertRef, isHighlight, isModel, isRole, isRenamedField, isSuccessorField } from '../generated/ast.js';

/** Keywords that are values (`associate`, `down`, `dashed`…) rather than statements. */
const VALUE_RULES = new Set(['Level', 'Direction', 'ViewKind', 'EdgeKind', 'LineStyle']);

export class CertTreeSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isModel(node)) {
            this.highlightKeywords(node, acceptor);
        } else if (isCert(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: this.certModifiers(node, true) });
        } else if (isCertRef(node) || isSuccessorField(node) || isRenamedField(node)) {
            // `successor` (or `renamed`) with its cert not typed yet has no reference at all.
            const reference = isCertRef(node) ? node.cert : node.value;
            const cert = reference?.ref;
            const property = isCertRef(node) ? 'cert' : 'value';
            acceptor({ node, property, type: SemanticTokenTypes.class, modifier: cert ? this.certModifiers(cert, false, node) : [] } as Parameters<SemanticTokenAcceptor>[0]);
        } else if (isRole(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
        } else if (isArea(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
        } else if (isHighlight(node)) {
            node.roles.forEach((_role, index) => acceptor({ node, property: 'roles', index, type: SemanticTokenTypes.function }));
        }
    }

    private highlightKeywords(model: Model, acceptor: SemanticTokenAcceptor): void {
        if (!model.$cstNode) return;
        for (const leaf of CstUtils.flattenCst(model.$cstNode)) {
            const source = leaf.grammarSource;
            if (!GrammarAST.isKeyword(source) || !/\p{L}/u.test(source.value)) continue;
            const rule = AstUtils.getContainerOfType(source, GrammarAST.isParserRule);
            const type = rule && VALUE_RULES.has(rule.name) ? SemanticTokenTypes.enumMember : SemanticTokenTypes.keyword;
            acceptor({ cst: leaf, type });
        }
    }

    private certModifiers(cert: Cert, declaration: boolean, at?: AstNode): string[] {
        const modifiers: string[] = [];
        if (declaration) modifiers.push(SemanticTokenModifiers.declaration);
        const document = AstUtils.getDocument(cert);
        if (isCatalogUri(document.uri)) modifiers.push(SemanticTokenModifiers.defaultLibrary);
        const model = AstUtils.getContainerOfType(at ?? cert, isModel);
        if (model && certStatus(cert, treeDate(model)).kind === 'retired') modifiers.push(SemanticTokenModifiers.deprecated);
        return modifiers;
    }
}
