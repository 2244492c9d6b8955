// Completes a view's nodes, edges and clusters into a diagram: the tree's header, its styles and the planning marks.
import type { CertPlan } from '../planning/planner.js';
import type { DiagramView } from '../shared/protocol.js';
import { applyPlan } from './apply-plan.js';
import type { Diagram, DiagramCluster, DiagramEdge, DiagramNode } from './diagram-model.js';
import type { PathRun } from './apply-plan.js';
import type { TreeSettings } from './tree-settings.js';

export interface ViewContent {
    nodes: DiagramNode[];
    edges: DiagramEdge[];
    clusters: DiagramCluster[];
    /** The view's paths as its own nodes, for the planning marks. */
    runs: readonly PathRun[];
}

export function finishDiagram(view: DiagramView, settings: TreeSettings, content: ViewContent, plan: CertPlan): Diagram {
    const diagram: Diagram = {
        view,
        date: settings.date,
        direction: settings.direction,
        nodes: content.nodes,
        edges: content.edges,
        clusters: content.clusters,
        highlights: settings.highlights.map((role, colorIndex) => ({ role, colorIndex })),
        styles: settings.styles,
        plan: { today: plan.today, basis: plan.basis, exams: [], totals: plan.totals, goals: plan.goals },
    };
    if (settings.title !== undefined) diagram.title = settings.title;
    if (settings.source !== undefined) diagram.source = settings.source;
    applyPlan(diagram, content.runs, plan);
    return diagram;
}
