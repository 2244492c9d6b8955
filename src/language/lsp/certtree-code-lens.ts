// Code lens over `earned` and `goal`: what to take next and the way to each goal, from the plan the diagram marks.
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { buildGraphView } from '../../diagram/graph-view.js';
import { isError } from '../document-diagnostics.js';
import type { Model } from '../generated/ast.js';
import { isEarned, isGoal } from '../generated/ast.js';
import { FeatureSetting } from './feature-setting.js';

export class CertTreeCodeLensProvider implements CodeLensProvider {
    private readonly nextUp: FeatureSetting;

    constructor(services: LangiumServices) {
        // `certtree.codeLens.nextUp`, on by default.
        this.nextUp = new FeatureSetting(services, 'codeLens', 'nextUp',
            capabilities => capabilities.workspace?.codeLens?.refreshSupport ?? false,
            connection => connection.sendRequest(CodeLensRefreshRequest.type));
    }

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams): Promise<CodeLens[]> {
        if (!(await this.nextUp.enabled())) return [];
        // A plan drawn from a tree with errors would mislead; the diagnostics come first. While the
        // editor is typing, the diagnostics may still be those of the previous text: a syntax error
        // of the current text (a step with no cert yet) also means no plan.
        const { parserErrors, lexerErrors } = document.parseResult;
        if (parserErrors.length > 0 || lexerErrors.length > 0 || document.diagnostics?.some(isError)) return [];
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
}

/** A lens that only informs: an empty command id makes editors show the title without a link. */
function textLens(range: CodeLens['range'], title: string): CodeLens {
    return { range, command: { title, command: '' } };
}
