// The paths view: node identity, clusters and edges exactly as spec §5 describes them.
import assert from 'node:assert/strict';
import type { Diagram } from '../../../src/diagram/diagram-model.js';
import { buildPathsView } from '../../../src/diagram/paths-view.js';
import { AWS_EXAMPLE_TEXT, loadTree, SMALL_CERTS } from './load-tree.js';

/** Edges as "role: from -> to" with `*` before a shared node and `~>` for dive deep; clusters named by label. */
function describeEdges(diagram: Diagram): string[] {
    const byId = new Map(diagram.nodes.map(n => [n.id, n]));
    const show = (id: string) => {
        const node = byId.get(id)!;
        const cluster = diagram.clusters.find(c => c.id === node.cluster);
        return cluster?.kind === 'role' ? node.cert : `*${node.cert}`;
    };
    return diagram.edges.map(e => `${e.roles.join('+') || '-'}: ${show(e.from)} ${e.kind === 'next' ? '->' : '~>'} ${show(e.to)}`);
}

/** For each cluster label, the certs of the nodes drawn directly in it. */
function certsByCluster(diagram: Diagram): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const cluster of diagram.clusters) {
        result[cluster.label] = diagram.nodes.filter(n => n.cluster === cluster.id).map(n => n.cert);
    }
    return result;
}

describe('paths view', () => {
    describe('the AWS example of spec §1', () => {
        let diagram: Diagram;
        before(async () => { diagram = buildPathsView(await loadTree(AWS_EXAMPLE_TEXT), { today: '2023-11-29' }); });

        it('draws 27 nodes: 4 shared and 23 role nodes', () => {
            assert.equal(diagram.nodes.length, 27);
            const shared = diagram.nodes.filter(n => !diagram.clusters.some(c => c.id === n.cluster && c.kind === 'role'));
            assert.deepEqual(shared.map(n => n.cert), ['cloud_practitioner', 'solutions_architect_associate', 'developer', 'sysops_admin']);
            assert.equal(diagram.nodes.length - shared.length, 23);
        });

        it('puts cloud_practitioner in the group and every role node in its role', () => {
            assert.deepEqual(certsByCluster(diagram), {
                'Optional for IT/STEM/Cloud professionals': ['cloud_practitioner'],
                'Architecture': [], 'Data Analytics': [], 'Development': [], 'Operations': [],
                'DevOps': [], 'Security': [], 'Networking': [], 'AI/ML': [],
                'Solutions Architect': ['solutions_architect_professional', 'security'],
                'Application Architect': ['developer', 'devops_engineer', 'solutions_architect_professional'],
                'Cloud Data Engineer': ['data_engineer', 'security'],
                'Software Development/Test Engineer': ['devops_engineer'],
                'Systems Administrator': ['devops_engineer'],
                'Cloud Security Engineer': ['security', 'devops_engineer', 'advanced_networking'],
                'Cloud DevOps Engineer': ['sysops_admin', 'devops_engineer'],
                'DevSecOps Engineer': ['devops_engineer', 'security'],
                'Cloud Security Architect': ['security', 'solutions_architect_professional'],
                'Networking Engineer': ['advanced_networking', 'security'],
                'Machine Learning Engineer': ['developer', 'data_engineer', 'machine_learning'],
            });
        });

        it('has 20 clusters: 1 group, 8 areas, 11 roles, each role inside its area', () => {
            const count = (kind: string) => diagram.clusters.filter(c => c.kind === kind).length;
            assert.deepEqual([diagram.clusters.length, count('group'), count('area'), count('role')], [20, 1, 8, 11]);
            const parentLabel = (label: string) => {
                const cluster = diagram.clusters.find(c => c.label === label)!;
                return diagram.clusters.find(c => c.id === cluster.parent)?.label;
            };
            assert.equal(parentLabel('Application Architect'), 'Architecture');
            assert.equal(parentLabel('Cloud Security Engineer'), 'Operations');
            assert.equal(parentLabel('Machine Learning Engineer'), 'AI/ML');
            assert.equal(parentLabel('Architecture'), undefined);
        });

        it('draws 26 edges, 9 of them dive deep, each step once', () => {
            assert.deepEqual(describeEdges(diagram), [
                '-: *cloud_practitioner -> *solutions_architect_associate',
                '-: *cloud_practitioner -> *developer',
                '-: *cloud_practitioner -> *sysops_admin',
                'Solutions Architect: *solutions_architect_associate -> solutions_architect_professional',
                'Solutions Architect: solutions_architect_professional ~> security',
                'Application Architect: *solutions_architect_associate -> developer',
                'Application Architect: developer -> devops_engineer',
                'Application Architect: devops_engineer ~> solutions_architect_professional',
                'Cloud Data Engineer: *solutions_architect_associate -> data_engineer',
                'Cloud Data Engineer: data_engineer ~> security',
                'Software Development/Test Engineer: *developer -> devops_engineer',
                'Systems Administrator: *sysops_admin ~> devops_engineer',
                'Cloud Security Engineer: *sysops_admin -> security',
                'Cloud Security Engineer: security ~> devops_engineer',
                'Cloud Security Engineer: devops_engineer ~> advanced_networking',
                'Cloud DevOps Engineer: *developer -> sysops_admin',
                'Cloud DevOps Engineer: sysops_admin ~> devops_engineer',
                'DevSecOps Engineer: *sysops_admin -> devops_engineer',
                'DevSecOps Engineer: devops_engineer -> security',
                'Cloud Security Architect: *solutions_architect_associate -> security',
                'Cloud Security Architect: security ~> solutions_architect_professional',
                'Networking Engineer: *solutions_architect_associate -> advanced_networking',
                'Networking Engineer: advanced_networking ~> security',
                'Machine Learning Engineer: *solutions_architect_associate -> developer',
                'Machine Learning Engineer: developer -> data_engineer',
                'Machine Learning Engineer: data_engineer -> machine_learning',
            ]);
            assert.equal(diagram.edges.filter(e => e.kind === 'dive_deep').length, 9);
        });

        it('marks the optional SysOps step of the Cloud DevOps Engineer, and only it', () => {
            const optional = diagram.nodes.filter(n => n.optional);
            assert.deepEqual(optional.map(n => [n.cert, diagram.clusters.find(c => c.id === n.cluster)?.label]), [['sysops_admin', 'Cloud DevOps Engineer']]);
        });

        it('reads title, source, date, direction and the highlighted roles in order', () => {
            assert.equal(diagram.title, 'AWS Certification Paths');
            assert.equal(diagram.source, 'https://d1.awsstatic.com/training-and-certification/docs/AWS_certification_paths.pdf');
            assert.equal(diagram.date, '2023-11-29');
            assert.equal(diagram.direction, 'TB');
            assert.deepEqual(diagram.highlights, [
                { role: 'Cloud Data Engineer', colorIndex: 0 },
                { role: 'Machine Learning Engineer', colorIndex: 1 },
                { role: 'Application Architect', colorIndex: 2 },
            ]);
        });

        it('planned on the chart\'s day, marks cloud_practitioner earned and the three associates after it next up', () => {
            assert.deepEqual(diagram.nodes.filter(n => n.marks.earned).map(n => n.id), ['c_cloud_practitioner']);
            assert.deepEqual(diagram.nodes.filter(n => n.marks.nextUp).map(n => n.id),
                ['c_solutions_architect_associate', 'c_developer', 'c_sysops_admin']);
        });

        it('gives every node and cluster the range of its text', () => {
            const lines = AWS_EXAMPLE_TEXT.split('\n');
            const textAt = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
                lines[range.start.line].slice(range.start.character, range.start.line === range.end.line ? range.end.character : undefined);
            const professional = diagram.nodes.find(n => n.id === 'r1_solutions_architect_professional')!;
            assert.equal(textAt(professional.source.range), 'solutions_architect_professional');
            assert.equal(professional.source.range.start.line, 16);
            for (const node of diagram.nodes) assert.equal(textAt(node.source.range).replace('?', ''), node.cert);
            const area = diagram.clusters.find(c => c.label === 'Networking')!;
            assert.ok(textAt(area.source!.range).startsWith('area "Networking"'));
            assert.ok(diagram.nodes.every(n => n.source.uri === diagram.clusters[0].source!.uri));
        });
    });

    it('fans out and in all-to-all', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}\nf1 -> a1, a2 -> p1`));
        assert.deepEqual(describeEdges(diagram), ['-: *f1 -> *a1', '-: *f1 -> *a2', '-: *a1 -> *p1', '-: *a2 -> *p1']);
        assert.equal(diagram.nodes.length, 4);
    });

    it('gives a role one node per cert however many of its paths use it', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
role "R" {
  a1 -> p1 -> s1
  a2 -> p1 ~> s2
  a1 -> p1
}`));
        assert.deepEqual(diagram.nodes.map(n => n.id), ['c_a1', 'r1_p1', 'r1_s1', 'c_a2', 'r1_s2']);
        assert.deepEqual(describeEdges(diagram), ['R: *a1 -> p1', 'R: p1 -> s1', 'R: *a2 -> p1', 'R: p1 ~> s2']);
    });

    it('draws the same step with different arrows as two edges', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}\na1 -> p1\na1 ~> p1\na1 -> p1`));
        assert.deepEqual(describeEdges(diagram), ['-: *a1 -> *p1', '-: *a1 ~> *p1']);
    });

    it('gives two roles their own nodes of the same cert', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
area "X" {
  role "R1" { a1 -> p1 }
  role "R2" { a1 -> p1 }
}`));
        assert.deepEqual(diagram.nodes.map(n => `${n.id}@${n.cluster ?? ''}`), ['c_a1@', 'r1_p1@cluster_role_1', 'r2_p1@cluster_role_2']);
    });

    it('nests groups and draws shared nodes in the first group that references them', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
p1 -> s1
group "Outer" {
  f1
  group "Inner" { a1 -> p1 }
}`));
        assert.deepEqual(diagram.clusters.map(c => [c.id, c.label, c.parent]), [
            ['cluster_group_1', 'Outer', undefined],
            ['cluster_group_2', 'Inner', 'cluster_group_1'],
        ]);
        assert.deepEqual(certsByCluster(diagram), { Outer: ['f1'], Inner: ['p1', 'a1'] });
        assert.equal(diagram.nodes.find(n => n.cert === 's1')!.cluster, undefined);
    });

    it('marks a node optional only when every reference to it is optional', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}\nf1 -> a1? -> p1\nf1 -> a2? -> p2\na2 -> s1`));
        assert.deepEqual(diagram.nodes.filter(n => n.optional).map(n => n.cert), ['a1']);
    });

    it('reads direction and edge styles', async () => {
        const diagram = buildPathsView(await loadTree(`${SMALL_CERTS}
direction left
style dive_deep { color "#ff0000" line dotted width 2 }
a1 -> p1`));
        assert.equal(diagram.direction, 'RL');
        assert.deepEqual(diagram.styles, { dive_deep: { color: '#ff0000', line: 'dotted', width: 2 } });
    });
});
