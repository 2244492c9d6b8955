// The graph view (spec §5): one node per cert, merged edges, nodes ranked in four tier bands.
import type { Model } from '../language/generated/ast.js';
import { certFacts, LEVELS, type Level } from '../language/cert-facts.js';
import { certKey, pathsOf } from '../language/model-queries.js';
import { certNode } from './cert-node.js';
import type { Diagram, DiagramCluster, DiagramEdge, DiagramNode } from './diagram-model.js';
import { finishDiagram } from './finish-diagram.js';
import { joinSteps } from './join-steps.js';
import type { PathRun, RunRef } from './apply-plan.js';
import { planTree } from '../planning/plan-tree.js';
import type { DiagramOptions } from './build-diagram.js';
import { readTreeSettings } from './tree-settings.js';

export const TIER_LABELS: Record<Level, string> = {
    foundational: 'Foundational',
    associate: 'Associate',
    professional: 'Professional',
    specialty: 'Specialty',
};

export function tierClusterId(level: Level): string {
    return `cluster_tier_${level}`;
}

/**
 * One node per cert used in a path; one edge per ordered pair of certs, `next` when any path
 * has that step as `->`, else `dive_deep`; nodes in the band of their tier. Groups, areas and
 * roles are not drawn; roles live on in the edges' `roles` (for highlight colours).
 */
export function buildGraphView(model: Model, options: DiagramOptions = {}): Diagram {
    const settings = readTreeSettings(model);
    const nodes = new Map<string, DiagramNode>();
    const edges = new Map<string, DiagramEdge>();
    const runs: PathRun[] = [];
    for (const { path, role } of pathsOf(model)) {
        const run: PathRun = path.steps.map(step => {
            const refs: RunRef[] = [];
            for (const ref of step.refs) {
                const cert = ref.cert.ref;
                if (!cert) continue;
                const key = certKey(model, cert);
                const id = `c_${key}`;
                const existing = nodes.get(id);
                if (existing) existing.optional &&= ref.optional;
                else {
                    const level = certFacts(cert).level;
                    nodes.set(id, certNode(id, key, cert, ref, settings.date, level ? tierClusterId(level) : undefined));
                }
                refs.push({ node: id, cert: key, optional: ref.optional });
            }
            return refs;
        });
        joinSteps(run, path.arrows, (from, to, kind) => {
            const key = `${from.node}\u0000${to.node}`;
            let edge = edges.get(key);
            if (!edge) {
                edge = { id: `e${edges.size + 1}`, from: from.node, to: to.node, kind, roles: [], onRoute: false };
                edges.set(key, edge);
            } else if (kind === 'next') edge.kind = 'next';
            if (role !== undefined && !edge.roles.includes(role.name)) edge.roles.push(role.name);
        });
        runs.push(run);
    }
    const usedLevels = new Set([...nodes.values()].map(node => node.level));
    const clusters: DiagramCluster[] = LEVELS.filter(level => usedLevels.has(level))
        .map(level => ({ id: tierClusterId(level), label: TIER_LABELS[level], kind: 'tier' }));
    return finishDiagram('graph', settings, { nodes: [...nodes.values()], edges: [...edges.values()], clusters, runs }, planTree(model, options.today));
}
