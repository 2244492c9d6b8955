// Puts the planning marks computed for a view onto its nodes and edges.
import type { Diagram } from './diagram-model.js';
import { computePlan, type PathRun } from './planning.js';
import type { TreeSettings } from './tree-settings.js';

export function applyPlan(diagram: Diagram, runs: readonly PathRun[], settings: Pick<TreeSettings, 'earned' | 'goals'>): void {
    const plan = computePlan({ nodes: diagram.nodes, edges: diagram.edges, runs, earned: settings.earned, goals: settings.goals });
    for (const node of diagram.nodes) {
        node.marks = {
            earned: plan.earned.has(node.id),
            nextUp: plan.nextUp.has(node.id),
            goal: plan.goal.has(node.id),
            onRoute: plan.routeNodes.has(node.id),
        };
    }
    for (const edge of diagram.edges) edge.onRoute = plan.routeEdges.has(edge.id);
    diagram.routes = plan.routes;
}
