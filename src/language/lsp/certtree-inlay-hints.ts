// Inlay hints: the level after each cert reference; switched by the `certtree.inlayHints.levels` setting.
import type { AstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { InlayHintAcceptor, LangiumServices } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { CancellationToken, InlayHintKind } from 'vscode-languageserver';
import { certFacts } from '../cert-facts.js';
import { isCertRef, isRenamedField, isSuccessorField } from '../generated/ast.js';
import { FeatureSetting } from './feature-setting.js';

export class CertTreeInlayHintProvider extends AbstractInlayHintProvider {
    private readonly levels: FeatureSetting;

    constructor(services: LangiumServices) {
        super();
        // `certtree.inlayHints.levels`, off by default: a hint after every reference made path lines
        // about a third longer, running them off an editor beside the preview. Hover tells the level too.
        this.levels = new FeatureSetting(services, 'inlayHints', 'levels',
            capabilities => capabilities.workspace?.inlayHint?.refreshSupport ?? false,
            connection => connection.languages.inlayHint.refresh(), false);
    }

    override async getInlayHints(
        document: LangiumDocument,
        params: InlayHintParams,
        cancelToken = CancellationToken.None
    ): Promise<InlayHint[] | undefined> {
        if (!(await this.levels.enabled())) return [];
        return super.getInlayHints(document, params, cancelToken);
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isCertRef(node) && !isSuccessorField(node) && !isRenamedField(node)) return;
        const reference = isCertRef(node) ? node.cert : node.value;
        const level = reference?.ref && certFacts(reference.ref).level;
        const referenceNode = GrammarUtils.findNodeForProperty(node.$cstNode, isCertRef(node) ? 'cert' : 'value');
        if (!level || !referenceNode) return;
        acceptor({
            position: referenceNode.range.end,
            label: level,
            kind: InlayHintKind.Type,
            paddingLeft: true,
        });
    }
}
