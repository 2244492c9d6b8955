// A switch in the client's `certtree` settings for an editor feature, and asking the editor to redraw it when it flips.
import type { ConfigurationProvider } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { ClientCapabilities, Connection } from 'vscode-languageserver';

export class FeatureSetting {
    private readonly configuration: ConfigurationProvider;

    /**
     * `certtree.<key>.<flag>`, `byDefault` until the client sets it. When the `certtree` section
     * changes and the client said it can (`canRefresh`), `refresh` asks it to fetch the feature again.
     */
    constructor(
        services: LangiumServices,
        private readonly key: string,
        private readonly flag: string,
        canRefresh: (capabilities: ClientCapabilities) => boolean,
        refresh: (connection: Connection) => Promise<unknown>,
        private readonly byDefault = true,
    ) {
        this.configuration = services.shared.workspace.ConfigurationProvider;
        const connection = services.shared.lsp.Connection;
        let refreshSupported = false;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            refreshSupported = canRefresh(params.capabilities);
        });
        this.configuration.onConfigurationSectionUpdate(update => {
            if (update.section === FEATURE_SETTINGS_SECTION && refreshSupported && connection) {
                refresh(connection).catch(() => undefined);
            }
        });
    }

    async enabled(): Promise<boolean> {
        const settings: unknown = await this.configuration.getConfiguration(FEATURE_SETTINGS_SECTION, this.key);
        if (typeof settings === 'object' && settings !== null && this.flag in settings) {
            const value = (settings as Record<string, unknown>)[this.flag];
            if (typeof value === 'boolean') return value;
        }
        return this.byDefault;
    }
}

/** The client settings section the server reads. */
export const FEATURE_SETTINGS_SECTION = 'certtree';
