// Projects the planner's answer onto a view's own nodes and edges: earned, next up, goals, the numbered plan.
import type { CertPlan } from '../planning/planner.js';
import type { Diagram, DiagramNode } from './diagram-model.js';

/** One reference of a path step, as the node of the view it denotes. */
export interface RunRef {
    node: string;
    cert: string;
    optional: boolean;
}

/** A path as the view sees it: its steps in order, each a list of references (parallel to the planner's paths). */
export type PathRun = RunRef[][];

/**
 * - earned: every node of a held cert (a renamed cert is held under both names);
 * - next up: the nodes where the planner finds the cert next up; a retired cert is never next up:
 *   its node says which exam to take instead;
 * - goal: every node of a goal;
 * - plan: every node of a planned exam, numbered in the order to take them (a retired cert's node
 *   carries the number of the exam that replaces it), and the edges leading into them from the
 *   plan or from what is held.
 */
export function applyPlan(diagram: Diagram, runs: readonly PathRun[], plan: CertPlan): void {
    const held = new Set(plan.held);
    const goals = new Set(plan.goals.map(goal => goal.id));
    // Numbers go on a plan to goals; the plan of highlighted roles covers their whole paths, which
    // the highlight colours already show, and numbering every copy would crowd a large chart.
    const stepOf = new Map(plan.basis === 'goals' ? plan.exams.map((exam, index) => [exam.id, index + 1]) : []);
    // The exam code where the catalog has one: short enough for the node's line of marks.
    const names = new Map([...plan.exams, ...plan.nextUp].map(exam => [exam.id, exam.code ?? exam.name]));
    const nodes = new Map(diagram.nodes.map(node => [node.id, node]));
    for (const node of diagram.nodes) {
        node.marks = { earned: held.has(node.cert), nextUp: false, goal: goals.has(node.cert), onRoute: false };
    }
    const insteadOf = (node: DiagramNode, exam: string) => {
        if (node.cert !== exam) node.marks.takeInstead = names.get(exam) ?? exam;
    };
    runs.forEach((run, path) => run.forEach((refs, step) => refs.forEach((ref, index) => {
        const mark = plan.marks[path]?.[step]?.[index];
        const node = nodes.get(ref.node);
        if (!node || !mark || mark.cert !== ref.cert || mark.exam === null) return;
        if (mark.nextUp) {
            if (node.cert === mark.exam) node.marks.nextUp = true;
            else insteadOf(node, mark.exam);
        }
        const planStep = stepOf.get(mark.exam);
        if (planStep !== undefined && !node.marks.earned) {
            node.marks.onRoute = true;
            node.marks.planStep = planStep;
            insteadOf(node, mark.exam);
        }
    })));
    for (const edge of diagram.edges) {
        const from = nodes.get(edge.from);
        const to = nodes.get(edge.to);
        edge.onRoute = !!from && !!to && to.marks.onRoute && (from.marks.onRoute || from.marks.earned);
    }
    diagram.plan = {
        today: plan.today,
        basis: plan.basis,
        exams: plan.exams.map(exam => exam.id),
        totals: plan.totals,
        goals: plan.goals,
    };
}
