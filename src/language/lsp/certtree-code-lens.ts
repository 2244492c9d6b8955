// Code lens over `earned` and `goal`: what to take next and the way to each goal, from the plan the diagram marks.
import type { ConfigurationProvider, LangiumDocument } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { buildGraphView } from '../../diagram/graph-view.js';
import type { Model } from '../generated/ast.js';
import { isEarned, isGoal } from '../generated/ast.js';

/** The settings section the lenses read; `nextUp` defaults to true. */
export const CODE_LENS_SETTINGS = { section: 'certtree', key: 'codeLens' } as const;

export class CertTreeCodeLensProvider implements CodeLensProvider {
    private readonly configuration: ConfigurationProvider;

    constructor(services: LangiumServices) {
        this.configuration = services.shared.workspace.ConfigurationProvider;
        const connection = services.shared.lsp.Connection;
        let refreshSupported = false;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            refreshSupported = params.capabilities.workspace?.codeLens?.refreshSupport ?? false;
        });
        // When the setting changes, the editor must ask again to show or hide the lenses at once.
        this.configuration.onConfigurationSectionUpdate(update => {
            if (update.section === CODE_LENS_SETTINGS.section && refreshSupported && connection) {
                connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
            }
        });
    }

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams): Promise<CodeLens[]> {
        if (!(await this.enabled())) return [];
        // A plan drawn from a tree with errors would mislead; the diagnostics come first.
        if ((document.diagnostics ?? []).some(d => (d.severity ?? 1) === 1)) return [];
        const model = document.parseResult.value as Model;
        const earned = model.statements.find(isEarned);
        const goal = model.statements.find(isGoal);
        if (!earned?.$cstNode && !goal?.$cstNode) return [];
        const diagram = buildGraphView(model);
        const lenses: CodeLens[] = [];
        if (earned?.$cstNode) {
            const nextUp = diagram.nodes.filter(node => node.marks.nextUp).map(node => node.cert);
            lenses.push(textLens(earned.$cstNode.range, nextUp.length > 0 ? `Next up: ${nextUp.join(', ')}` : 'Next up: nothing; every certification on the paths is earned'));
        }
        if (goal?.$cstNode) {
            const certOf = new Map(diagram.nodes.map(node => [node.id, node.cert]));
            for (const route of diagram.routes) {
                lenses.push(textLens(goal.$cstNode.range, `${route.goal}: ${route.nodes.map(id => certOf.get(id)).join(' → ')}`));
            }
        }
        return lenses;
    }

    private async enabled(): Promise<boolean> {
        const settings: unknown = await this.configuration.getConfiguration(CODE_LENS_SETTINGS.section, CODE_LENS_SETTINGS.key);
        if (typeof settings === 'object' && settings !== null && 'nextUp' in settings) return settings.nextUp !== false;
        return true;
    }
}

/** A lens that only informs: an empty command id makes editors show the title without a link. */
function textLens(range: CodeLens['range'], title: string): CodeLens {
    return { range, command: { title, command: '' } };
}
