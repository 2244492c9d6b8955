// Planning marks on small trees worked out by hand: earned, next up, goal and the route to each goal.
import assert from 'node:assert/strict';
import type { Diagram } from '../../../src/diagram/diagram-model.js';
import { buildGraphView } from '../../../src/diagram/graph-view.js';
import { buildPathsView } from '../../../src/diagram/paths-view.js';
import { computePlan } from '../../../src/diagram/planning.js';
import { loadTree, SMALL_CERTS } from './load-tree.js';

const marked = (diagram: Diagram, mark: 'earned' | 'nextUp' | 'goal' | 'onRoute') =>
    diagram.nodes.filter(n => n.marks[mark]).map(n => n.id).sort();
const routeEdges = (diagram: Diagram) =>
    diagram.edges.filter(e => e.onRoute).map(e => `${e.from}>${e.to}`).sort();

describe('planning marks', () => {
    it('marks earned, next up, goals and the shortest route from the earned set', async () => {
        // f1 -> a1 -> p1 ~> s1 and f1 -> a2 -> p2, a3 alone. Earned f1, a1: p1 follows a1 on the
        // first path, a2 follows f1 on the second, a3 starts a path. Routes: a1 p1 s1 and f1 a2 p2.
        const diagram = buildGraphView(await loadTree(`${SMALL_CERTS}
f1 -> a1 -> p1 ~> s1
f1 -> a2 -> p2
a3
earned f1, a1
goal s1, p2`));
        assert.deepEqual(marked(diagram, 'earned'), ['c_a1', 'c_f1']);
        assert.deepEqual(marked(diagram, 'nextUp'), ['c_a2', 'c_a3', 'c_p1']);
        assert.deepEqual(marked(diagram, 'goal'), ['c_p2', 'c_s1']);
        assert.deepEqual(routeEdges(diagram), ['c_a1>c_p1', 'c_a2>c_p2', 'c_f1>c_a2', 'c_p1>c_s1']);
        assert.deepEqual(marked(diagram, 'onRoute'), ['c_a1', 'c_a2', 'c_f1', 'c_p1', 'c_p2', 'c_s1']);
    });

    it('needs every step before a cert, but lets an optional step be skipped', async () => {
        const diagram = buildGraphView(await loadTree(`${SMALL_CERTS}
f1 -> a1 -> p1 -> s1
f1 -> a2? -> p2
a3, f1 -> s2
earned f1`));
        // a1 follows f1; p1 waits for a1. a2 is optional, so both a2 and p2 are next up.
        // a3, f1 -> s2: a3 and f1 form the first step; s2 waits for a3. a3 is a first step.
        assert.deepEqual(marked(diagram, 'nextUp'), ['c_a1', 'c_a2', 'c_a3', 'c_p2']);
    });

    it('routes from the entry nodes when nothing is earned, and not at all to an earned goal', async () => {
        const diagram = buildGraphView(await loadTree(`${SMALL_CERTS}
f1 -> a1 -> p1
a2 -> p2 -> s1
goal s1, a1
earned a1`));
        // a1 is earned: no route to it. s1 cannot be reached from a1, so the route starts at an entry.
        assert.deepEqual(routeEdges(diagram), ['c_a2>c_p2', 'c_p2>c_s1']);
    });

    it('marks next up where it stands in the paths view, not on every node of the cert', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
role "R" { a1 -> p1 -> s1 }
role "Q" { a2 -> a1 -> p1 }
earned a1`));
        // R: a1 (shared) earned, so R's p1 is next up. Q: a2 not earned: Q's a1 and p1 are not next up.
        assert.deepEqual(marked(diagram, 'nextUp'), ['c_a2', 'r1_p1']);
        assert.deepEqual(marked(diagram, 'earned'), ['c_a1', 'r2_a1']);
    });

    it('computes the route on the view it is given, ties going to the earlier edge', () => {
        const plan = computePlan({
            nodes: [{ id: 'x', cert: 'x' }, { id: 'y', cert: 'y' }, { id: 'z', cert: 'z' }, { id: 'g', cert: 'g' }],
            edges: [{ id: 'e1', from: 'x', to: 'y' }, { id: 'e2', from: 'x', to: 'z' }, { id: 'e3', from: 'y', to: 'g' }, { id: 'e4', from: 'z', to: 'g' }],
            runs: [],
            earned: new Set(['x']),
            goals: new Set(['g']),
        });
        assert.deepEqual([...plan.routeEdges], ['e1', 'e3']);
        assert.deepEqual([...plan.routeNodes], ['x', 'y', 'g']);
    });
});
