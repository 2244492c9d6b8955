// The graph view: one node per cert, merged edges (`->` wins), tier bands.
import assert from 'node:assert/strict';
import type { Diagram } from '../../../src/diagram/diagram-model.js';
import { buildGraphView } from '../../../src/diagram/graph-view.js';
import { AWS_EXAMPLE_TEXT, loadTree, SMALL_CERTS } from './load-tree.js';

function describeEdges(diagram: Diagram): string[] {
    const cert = (id: string) => diagram.nodes.find(n => n.id === id)!.cert;
    return diagram.edges.map(e => `${cert(e.from)} ${e.kind === 'next' ? '->' : '~>'} ${cert(e.to)}`);
}

describe('graph view', () => {
    describe('the AWS example of spec §1', () => {
        let diagram: Diagram;
        before(async () => { diagram = buildGraphView(await loadTree(AWS_EXAMPLE_TEXT)); });

        it('draws the 10 certs used in paths, each in its tier band', () => {
            const band = (label: string) => {
                const cluster = diagram.clusters.find(c => c.label === label)!;
                assert.equal(cluster.kind, 'tier');
                return diagram.nodes.filter(n => n.cluster === cluster.id).map(n => n.cert).sort();
            };
            assert.equal(diagram.nodes.length, 10);
            assert.deepEqual(diagram.clusters.map(c => c.label), ['Foundational', 'Associate', 'Professional', 'Specialty']);
            assert.deepEqual(band('Foundational'), ['cloud_practitioner']);
            assert.deepEqual(band('Associate'), ['data_engineer', 'developer', 'solutions_architect_associate', 'sysops_admin']);
            assert.deepEqual(band('Professional'), ['devops_engineer', 'solutions_architect_professional']);
            assert.deepEqual(band('Specialty'), ['advanced_networking', 'machine_learning', 'security']);
        });

        it('merges steps into 22 edges, 15 next and 7 dive deep', () => {
            assert.deepEqual(describeEdges(diagram).sort(), [
                'advanced_networking ~> security',
                'cloud_practitioner -> developer',
                'cloud_practitioner -> solutions_architect_associate',
                'cloud_practitioner -> sysops_admin',
                'data_engineer -> machine_learning',
                'data_engineer ~> security',
                'developer -> data_engineer',
                'developer -> devops_engineer',
                'developer -> sysops_admin',
                'devops_engineer -> security',
                'devops_engineer ~> advanced_networking',
                'devops_engineer ~> solutions_architect_professional',
                'security ~> devops_engineer',
                'security ~> solutions_architect_professional',
                'solutions_architect_associate -> advanced_networking',
                'solutions_architect_associate -> data_engineer',
                'solutions_architect_associate -> developer',
                'solutions_architect_associate -> security',
                'solutions_architect_associate -> solutions_architect_professional',
                'solutions_architect_professional ~> security',
                'sysops_admin -> devops_engineer',
                'sysops_admin -> security',
            ]);
            assert.equal(diagram.edges.filter(e => e.kind === 'next').length, 15);
        });

        it('keeps every role that takes a merged step, for highlight colours', () => {
            const edge = diagram.edges.find(e => e.from === 'c_sysops_admin' && e.to === 'c_devops_engineer')!;
            assert.deepEqual(edge.roles, ['Systems Administrator', 'Cloud DevOps Engineer', 'DevSecOps Engineer']);
            const top = diagram.edges.find(e => e.from === 'c_cloud_practitioner' && e.to === 'c_developer')!;
            assert.deepEqual(top.roles, []);
        });

        it('is not optional where another path takes the step for sure', () => {
            assert.equal(diagram.nodes.find(n => n.cert === 'sysops_admin')!.optional, false);
        });
    });

    it('leaves out certs never used in a path and bands with no cert', async () => {
        const diagram = buildGraphView(await loadTree(`${SMALL_CERTS}\na1 -> p1, p2`));
        assert.deepEqual(diagram.nodes.map(n => n.cert), ['a1', 'p1', 'p2']);
        assert.deepEqual(diagram.clusters.map(c => c.id), ['cluster_tier_associate', 'cluster_tier_professional']);
    });

    it('makes a merged edge dive deep only when every path has it as dive deep', async () => {
        const diagram = buildGraphView(await loadTree(`${SMALL_CERTS}
role "R1" { a1 ~> p1 }
role "R2" { a2 ~> p2 }
role "R3" { a2 -> p2 }`));
        assert.deepEqual(describeEdges(diagram), ['a1 ~> p1', 'a2 -> p2']);
    });
});
