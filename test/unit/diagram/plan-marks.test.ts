// The planner's answer projected onto both views: earned, next up, goals, the numbered plan; worked out by hand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Diagram } from '../../../src/diagram/diagram-model.js';
import { buildGraphView } from '../../../src/diagram/graph-view.js';
import { buildPathsView } from '../../../src/diagram/paths-view.js';
import { generateDot } from '../../../src/diagram/dot-generator.js';
import { planTree } from '../../../src/planning/plan-tree.js';
import { AWS_EXAMPLE_TEXT, loadTree, SMALL_CERTS } from './load-tree.js';

const TODAY = '2026-12-03';
const marked = (diagram: Diagram, mark: 'earned' | 'nextUp' | 'goal' | 'onRoute') =>
    diagram.nodes.filter(n => n.marks[mark]).map(n => n.id).sort();
const routeEdges = (diagram: Diagram) =>
    diagram.edges.filter(e => e.onRoute).map(e => `${e.from}>${e.to}`).sort();
const steps = (diagram: Diagram) =>
    diagram.nodes.filter(n => n.marks.planStep !== undefined).map(n => `${n.id}:${n.marks.planStep}`).sort();

describe('plan marks on the views', () => {
    it('marks earned, next up, goals and the joint plan, numbered in the order to take it', async () => {
        // f1 -> a1 -> p1 ~> s1 and f1 -> a2 -> p2, a3 alone. Earned f1, a1: p1 follows a1, a2
        // follows f1, a3 starts a path. Goals s1 (via p1) and p2 (via a2): 4 exams, the associate
        // a2 first (lower tier), then p1 and p2 in document order, then s1.
        const diagram = buildGraphView(await loadTree(`${SMALL_CERTS}
f1 -> a1 -> p1 ~> s1
f1 -> a2 -> p2
a3
earned f1, a1
goal s1, p2`), { today: TODAY });
        assert.deepEqual(marked(diagram, 'earned'), ['c_a1', 'c_f1']);
        assert.deepEqual(marked(diagram, 'nextUp'), ['c_a2', 'c_a3', 'c_p1']);
        assert.deepEqual(marked(diagram, 'goal'), ['c_p2', 'c_s1']);
        assert.deepEqual(steps(diagram), ['c_a2:1', 'c_p1:2', 'c_p2:3', 'c_s1:4']);
        assert.deepEqual(routeEdges(diagram), ['c_a1>c_p1', 'c_a2>c_p2', 'c_f1>c_a2', 'c_p1>c_s1']);
        assert.deepEqual(diagram.plan.totals, { exams: 4, minutes: null, priceUsd: null });
    });

    it('gives credit in the paths view for a cert held further along a role', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
role "R" { a1 -> p1 -> s1 }
role "Q" { a2 -> a1 -> p1 }
earned a1`), { today: TODAY });
        // R: a1 (shared) held, so R's p1 is next up. Q: a1 is held, so Q is past a2 and its p1 is next up.
        assert.deepEqual(marked(diagram, 'nextUp'), ['r1_p1', 'r2_p1']);
        assert.deepEqual(marked(diagram, 'earned'), ['c_a1', 'r2_a1']);
    });

    it('never draws a retired cert as next up: its node names the exam to take instead', async () => {
        const text = 'use aws\nrole "Ops" { developer -> sysops_admin? ~> devops_engineer }\nearned developer';
        for (const diagram of [buildPathsView(await loadTree(text), { today: TODAY }), buildGraphView(await loadTree(text), { today: TODAY })]) {
            const sysops = diagram.nodes.find(n => n.cert === 'sysops_admin')!;
            assert.equal(sysops.marks.nextUp, false);
            assert.equal(sysops.marks.takeInstead, 'SOA-C03');
            assert.deepEqual(diagram.nodes.filter(n => n.marks.nextUp).map(n => n.cert), ['devops_engineer']);
            const dot = generateDot(diagram);
            assert.match(dot, /Take SOA-C03 instead/);
        }
    });

    it('the 2024 chart planned today never shows a retired cert as next up', async () => {
        // Holding Cloud Practitioner and AI Practitioner, SysOps (retired) starts several roles.
        const text = readFileSync('examples/aws-2024.certtree', 'utf8') + '\nearned cloud_practitioner, ai_practitioner\n';
        const model = await loadTree(text);
        for (const diagram of [buildPathsView(model, { today: TODAY }), buildGraphView(model, { today: TODAY })]) {
            assert.deepEqual(diagram.nodes.filter(n => n.marks.nextUp && n.status.kind === 'retired').map(n => n.id), []);
            // Where SysOps would have been next up, its node names CloudOps instead.
            assert.ok(diagram.nodes.some(n => n.cert === 'sysops_admin' && n.marks.takeInstead === 'SOA-C03'));
            assert.ok(diagram.nodes.some(n => n.marks.nextUp));
        }
    });

    it('agrees with the planner in both views: the certs marked next up are the planner\'s, less those it replaces', async () => {
        const model = await loadTree(`${AWS_EXAMPLE_TEXT}\ngoal devops_engineer, security`);
        const plan = planTree(model, TODAY);
        // Hand-worked: cloud_practitioner held; SAA and Developer follow it; CloudOps stands in
        // for SysOps (retired, renamed), which starts "Systems Administrator" and others.
        const expected = plan.nextUp.filter(cert => cert.insteadOf === null).map(cert => cert.id).sort();
        assert.ok(plan.nextUp.some(cert => cert.id === 'cloudops_engineer' && cert.insteadOf === 'sysops_admin'));
        for (const diagram of [buildPathsView(model, { today: TODAY }), buildGraphView(model, { today: TODAY })]) {
            const shown = [...new Set(diagram.nodes.filter(n => n.marks.nextUp).map(n => n.cert))].sort();
            assert.deepEqual(shown, expected);
            assert.deepEqual(diagram.plan.exams, plan.exams.map(exam => exam.id));
        }
    });

    it('gives the plan\'s totals in the legend', async () => {
        const diagram = buildGraphView(await loadTree('use aws\ncloud_practitioner -> developer -> devops_engineer\nearned cloud_practitioner\ngoal devops_engineer'), { today: TODAY });
        // Developer (130 min, 150 USD) then DevOps (180 min, 300 USD).
        assert.match(generateDot(diagram), /Plan for the goals: 2 exams · 310 min · 450 USD \(planned 2026-12-03\)/);
    });
});
