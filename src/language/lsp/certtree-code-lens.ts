// Code lens over `earned` and `goal`: what to take next and the plan to the goals, from the planner the diagram marks.
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { describeTotals } from '../../planning/plan-text.js';
import { planTree } from '../../planning/plan-tree.js';
import { isError } from '../document-diagnostics.js';
import type { Model } from '../generated/ast.js';
import { isEarned, isGoal } from '../generated/ast.js';
import { FeatureSetting } from './feature-setting.js';
import type { PlanDate } from './plan-date.js';
import type { CertTreeServices } from '../certtree-module.js';

export class CertTreeCodeLensProvider implements CodeLensProvider {
    private readonly nextUp: FeatureSetting;
    private readonly planDate: PlanDate;

    constructor(services: CertTreeServices) {
        this.planDate = services.shared.planning.PlanDate;
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
        const plan = planTree(model, await this.planDate.today());
        const lenses: CodeLens[] = [];
        if (earned?.$cstNode) {
            const nextUp = plan.nextUp.map(cert => cert.insteadOf ? `${cert.id} (instead of ${cert.insteadOf})` : cert.id);
            lenses.push(textLens(earned.$cstNode.range, nextUp.length > 0 ? `Next up: ${nextUp.join(', ')}` : 'Next up: nothing; every certification on the paths is held or passed'));
        }
        if (goal?.$cstNode) {
            for (const planned of plan.goals) {
                if (planned.route.length > 0) lenses.push(textLens(goal.$cstNode.range, `Goal ${planned.id}: ${planned.route.join(' → ')}`));
                else if (planned.status === 'retired' && planned.successor === null) lenses.push(textLens(goal.$cstNode.range, `Goal ${planned.id}: retired, and nothing replaces it`));
            }
            if (plan.exams.length > 0) lenses.push(textLens(goal.$cstNode.range, `Plan: ${describeTotals(plan)}`));
        }
        return lenses;
    }
}

/** A lens that only informs: an empty command id makes editors show the title without a link. */
function textLens(range: CodeLens['range'], title: string): CodeLens {
    return { range, command: { title, command: '' } };
}
