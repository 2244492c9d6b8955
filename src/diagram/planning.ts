// Planning marks (spec §5): earned, next up, goal, and the shortest route from the earned set to each goal.

/** One reference of a path step, as the node of the view it denotes. */
export interface RunRef {
    node: string;
    cert: string;
    optional: boolean;
}

/** A path as the view sees it: its steps in order, each a list of references. */
export type PathRun = RunRef[][];

export interface PlanInput {
    nodes: ReadonlyArray<{ id: string; cert: string }>;
    edges: ReadonlyArray<{ id: string; from: string; to: string }>;
    runs: readonly PathRun[];
    earned: ReadonlySet<string>;
    goals: ReadonlySet<string>;
}

/** The shortest route to one goal not yet earned: the view's node and edge ids, in order. */
export interface GoalRoute {
    /** The goal's cert id. */
    goal: string;
    nodes: string[];
    edges: string[];
}

/** Node and edge ids that carry each mark, and each goal's route. */
export interface Plan {
    earned: Set<string>;
    nextUp: Set<string>;
    goal: Set<string>;
    routeNodes: Set<string>;
    routeEdges: Set<string>;
    routes: GoalRoute[];
}

/**
 * Computes the marks on a view's own nodes and edges.
 * - earned: every node of an earned cert.
 * - next up: a node whose cert is not earned, standing in a step of some path where every
 *   step before it is earned. A step counts as earned when all its non-optional certs are
 *   earned, so an optional step never blocks what follows it.
 * - goal: every node of a goal cert.
 * - route: for each goal not yet earned, the fewest steps along the view's edges from a node
 *   of an earned cert to a node of the goal; with nothing earned (or the goal out of reach
 *   of what is earned), from the view's entry nodes (those no edge leads into).
 */
export function computePlan(input: PlanInput): Plan {
    const plan: Plan = { earned: new Set(), nextUp: new Set(), goal: new Set(), routeNodes: new Set(), routeEdges: new Set(), routes: [] };
    for (const node of input.nodes) {
        if (input.earned.has(node.cert)) plan.earned.add(node.id);
        if (input.goals.has(node.cert)) plan.goal.add(node.id);
    }
    for (const run of input.runs) {
        for (const step of run) {
            for (const ref of step) {
                if (!input.earned.has(ref.cert)) plan.nextUp.add(ref.node);
            }
            const stepEarned = step.every(ref => ref.optional || input.earned.has(ref.cert));
            if (!stepEarned) break;
        }
    }
    markRoutes(input, plan);
    return plan;
}

function markRoutes(input: PlanInput, plan: Plan): void {
    const outgoing = new Map<string, Array<{ id: string; to: string }>>();
    const hasIncoming = new Set<string>();
    for (const edge of input.edges) {
        let list = outgoing.get(edge.from);
        if (!list) outgoing.set(edge.from, list = []);
        list.push({ id: edge.id, to: edge.to });
        hasIncoming.add(edge.to);
    }
    const certOf = new Map(input.nodes.map(node => [node.id, node.cert]));
    const fromEarned = input.nodes.filter(node => input.earned.has(node.cert)).map(node => node.id);
    const entries = input.nodes.filter(node => !hasIncoming.has(node.id)).map(node => node.id);
    for (const goal of input.goals) {
        if (input.earned.has(goal)) continue;
        const route = shortestRoute(fromEarned, goal, outgoing, certOf) ?? shortestRoute(entries, goal, outgoing, certOf);
        if (!route) continue;
        plan.routes.push({ goal, ...route });
        for (const node of route.nodes) plan.routeNodes.add(node);
        for (const edge of route.edges) plan.routeEdges.add(edge);
    }
}

/** Breadth-first search from all sources at once; ties go to the earlier node and edge. */
function shortestRoute(
    sources: string[],
    goalCert: string,
    outgoing: Map<string, Array<{ id: string; to: string }>>,
    certOf: Map<string, string>,
): { nodes: string[]; edges: string[] } | undefined {
    if (sources.length === 0) return undefined;
    const cameFrom = new Map<string, { node: string; edge: string } | undefined>();
    const queue: string[] = [];
    for (const source of sources) {
        if (!cameFrom.has(source)) {
            cameFrom.set(source, undefined);
            queue.push(source);
        }
    }
    for (let head = 0; head < queue.length; head++) {
        const current = queue[head];
        if (certOf.get(current) === goalCert) {
            const nodes = [current];
            const edges: string[] = [];
            for (let step = cameFrom.get(current); step; step = cameFrom.get(step.node)) {
                edges.push(step.edge);
                nodes.push(step.node);
            }
            return { nodes: nodes.reverse(), edges: edges.reverse() };
        }
        for (const edge of outgoing.get(current) ?? []) {
            if (cameFrom.has(edge.to)) continue;
            cameFrom.set(edge.to, { node: current, edge: edge.id });
            queue.push(edge.to);
        }
    }
    return undefined;
}
