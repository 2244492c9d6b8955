// `certtree next <file>`: which certifications to take next and the plan to reach the goals, as text or JSON.
import { parseArgs } from 'node:util';
import { treeDate, today as localToday } from '../language/cert-facts.js';
import { firstStatement } from '../language/model-queries.js';
import { isTreeTitle } from '../language/generated/ast.js';
import { planJson } from '../planning/plan-json.js';
import { planTree } from '../planning/plan-tree.js';
import type { CertPlan, GoalPlan } from '../planning/planner.js';
import { describeExam, describeTotals, examReasons } from '../planning/plan-text.js';
import { loadCheckedDocument } from './load-checked-document.js';
import { readPlanDate } from './plan-date-option.js';

export const NEXT_USAGE = 'certtree next <file> [--json] [--today YYYY-MM-DD]';

/** Exit code: 0 when the plan was printed; 1 when the document has errors; 2 for bad arguments or an unreadable file. */
export async function runNext(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
    let parsed;
    try {
        parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, today: { type: 'string' } } });
    } catch (error) {
        err(`certtree next: ${(error as Error).message}\nUsage: ${NEXT_USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
        err(`certtree next: name exactly one .certtree file.\nUsage: ${NEXT_USAGE}`);
        return 2;
    }
    const today = readPlanDate('next', values.today, err);
    if (today === null) return 2;
    const document = await loadCheckedDocument('next', positionals[0], err);
    if (typeof document === 'number') return document;
    const model = document.parseResult.value;
    const plan = planTree(model, today ?? localToday());
    if (values.json) {
        out(JSON.stringify(planJson(plan), null, 2));
        return 0;
    }
    const title = firstStatement(model, isTreeTitle)?.title;
    for (const line of describePlan(plan, { title, treeDate: treeDate(model) })) out(line);
    return 0;
}

/**
 * The plan as lines of text: what is held, the next-up certs (ranked) with why each is there, each
 * goal's route, and the plan's exams in order with its totals.
 */
export function describePlan(plan: CertPlan, tree: { title?: string; treeDate: string }): string[] {
    const lines: string[] = [];
    const dated = tree.treeDate === plan.today ? `planned for ${plan.today}` : `planned for ${plan.today}; the tree is dated ${tree.treeDate}`;
    lines.push(tree.title ? `${tree.title} (${dated})` : `Planned for ${plan.today}${tree.treeDate === plan.today ? '' : `; the tree is dated ${tree.treeDate}`}`);
    lines.push(plan.held.length > 0
        ? `Held: ${plan.held.join(', ')}`
        : 'Held: nothing yet (list what you hold with `earned id, …`).');

    lines.push('');
    if (plan.nextUp.length === 0) {
        lines.push('Next up: nothing; every certification on the paths is held or passed.');
    } else {
        lines.push('Next up, most useful first:');
        plan.nextUp.forEach((cert, index) => {
            lines.push(`  ${index + 1}. ${cert.id}  ${describeExam(cert)}${cert.optional ? ' · optional' : ''}`);
            lines.push(...examReasons(cert).map(reason => `       ${reason}`));
        });
    }

    if (plan.goals.length > 0) {
        lines.push('');
        lines.push('Goals:');
        for (const goal of plan.goals) lines.push(`  ${describeGoal(goal)}`);
    }

    if (plan.basis !== 'none') {
        lines.push('');
        const forWhat = plan.basis === 'goals' ? 'to reach the goals' : 'for the highlighted roles';
        if (plan.exams.length === 0) lines.push(`Plan ${forWhat}: nothing left to take.`);
        else {
            lines.push(`Plan ${forWhat}: ${describeTotals(plan)}`);
            plan.exams.forEach((exam, index) => {
                lines.push(`  ${index + 1}. ${exam.id}  ${describeExam(exam)}`);
                lines.push(...examReasons(exam).map(reason => `       ${reason}`));
            });
        }
    }
    return lines;
}

function describeGoal(goal: GoalPlan): string {
    switch (goal.status) {
        case 'earned': return `${goal.id}: held.`;
        case 'retired':
            if (goal.successor === null) return `${goal.id}: retired, with nothing that replaces it to plan.`;
            return goal.route.length === 0
                ? `${goal.id}: retired; ${goal.successor}, which replaces it, is held.`
                : `${goal.id}: retired; planned as ${goal.successor}: ${goal.route.join(' -> ')}`;
        case 'off-path': return `${goal.id}: on no path of this tree; take it on its own.`;
        case 'planned': return `${goal.id}: ${goal.route.join(' -> ')}`;
    }
}

