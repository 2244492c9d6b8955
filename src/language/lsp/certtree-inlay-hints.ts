// Inlay hints: the level after each cert reference; switched by the `certtree.inlayHints.levels` setting.
import type { AstNode, ConfigurationProvider, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { InlayHintAcceptor, LangiumServices } from 'langium/lsp';
import { AbstractInlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { CancellationToken, InlayHintKind } from 'vscode-languageserver';
import { certFacts } from '../cert-facts.js';
import { isCertRef, isSuccessorField } from '../generated/ast.js';

/** The settings section the hints read; `levels` defaults to true. */
export const INLAY_HINT_SETTINGS = { section: 'certtree', key: 'inlayHints' } as const;

export class CertTreeInlayHintProvider extends AbstractInlayHintProvider {
    private readonly configuration: ConfigurationProvider;

    constructor(services: LangiumServices) {
        super();
        this.configuration = services.shared.workspace.ConfigurationProvider;
        const connection = services.shared.lsp.Connection;
        let refreshSupported = false;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            refreshSupported = params.capabilities.workspace?.inlayHint?.refreshSupport ?? false;
        });
        // When the setting changes, the editor must ask again to show or hide the hints at once.
        this.configuration.onConfigurationSectionUpdate(update => {
            if (update.section === INLAY_HINT_SETTINGS.section && refreshSupported && connection) {
                connection.languages.inlayHint.refresh().catch(() => undefined);
            }
        });
    }

    override async getInlayHints(
        document: LangiumDocument,
        params: InlayHintParams,
        cancelToken = CancellationToken.None
    ): Promise<InlayHint[] | undefined> {
        if (!(await this.levelsEnabled())) return [];
        return super.getInlayHints(document, params, cancelToken);
    }

    private async levelsEnabled(): Promise<boolean> {
        const settings: unknown = await this.configuration.getConfiguration(INLAY_HINT_SETTINGS.section, INLAY_HINT_SETTINGS.key);
        if (typeof settings === 'object' && settings !== null && 'levels' in settings) return settings.levels !== false;
        return true;
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!isCertRef(node) && !isSuccessorField(node)) return;
        const reference = isCertRef(node) ? node.cert : node.value;
        const level = reference.ref && certFacts(reference.ref).level;
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
