// Layout for a box: rows of areas with their own entries, the shared vendor prefix left off node names.
import assert from 'node:assert/strict';
import { generateDot, layoutDot } from '../../../src/diagram/dot-generator.js';
import { parseFitBox } from '../../../src/shared/diagram-rendering.js';
import { sharedNamePrefix } from '../../../src/diagram/name-prefix.js';
import { buildPathsView } from '../../../src/diagram/paths-view.js';
import { AWS_EXAMPLE_TEXT, loadTree } from './load-tree.js';

describe('layout for a box', () => {
    it('reads a box as WIDTHxHEIGHT and refuses anything else', () => {
        assert.deepEqual(parseFitBox('1600x900'), { width: 1600, height: 900 });
        assert.deepEqual(parseFitBox(' 700 X 800 '), { width: 700, height: 800 });
        assert.equal(parseFitBox('none'), undefined);
        assert.equal(parseFitBox('1600'), undefined);
        assert.equal(parseFitBox('10x10'), undefined);
        assert.equal(parseFitBox(undefined), undefined);
    });

    it('leaves off the vendor prefix all names share only when the title names the vendor', () => {
        const names = ['AWS Certified Cloud Practitioner', 'AWS Certified Security – Specialty'];
        assert.equal(sharedNamePrefix(names, 'AWS Certification Paths'), 'AWS Certified ');
        assert.equal(sharedNamePrefix(names, 'My learning plan'), '');
        assert.equal(sharedNamePrefix(names, undefined), '');
        // Never the whole name, never a name left beginning with a dash, never from one name alone.
        assert.equal(sharedNamePrefix(['AWS Certified', 'AWS Certified Developer'], 'AWS'), 'AWS ');
        assert.equal(sharedNamePrefix(['AWS Certified – One', 'AWS Certified – Two'], 'AWS'), '');
        assert.equal(sharedNamePrefix(['AWS Certified Developer', 'AWS Certified Developer'], 'AWS'), '');
    });

    it('draws the §1 chart\'s names without "AWS Certified " and keeps the full name in the diagram', async () => {
        const diagram = buildPathsView(await loadTree(AWS_EXAMPLE_TEXT));
        const dot = generateDot(diagram);
        assert.ok(!dot.includes('AWS Certified'), 'no node repeats the prefix');
        assert.match(dot, /<B>Cloud Practitioner<\/B>/);
        assert.equal(diagram.nodes.find(n => n.id === 'c_cloud_practitioner')?.label, 'AWS Certified Cloud Practitioner');
    });

    it('keeps one row without a box, and stacks rows entered through their own copies of the shared nodes for a tall box', async () => {
        const diagram = buildPathsView(await loadTree(AWS_EXAMPLE_TEXT));
        const plain = layoutDot(diagram);
        assert.equal(plain.drawn, diagram);
        assert.ok(!plain.dot.includes('packmode'));

        const { dot, drawn } = layoutDot(diagram, { fit: { width: 700, height: 800 } });
        assert.match(dot, /packmode="array_u1"/);
        const copies = drawn.nodes.filter(node => node.id.includes('~'));
        assert.ok(copies.length > 0, 'later rows have entries of their own');
        for (const copy of copies) {
            const original = diagram.nodes.find(node => node.id === copy.id.split('~')[0])!;
            assert.equal(copy.cert, original.cert);
            assert.deepEqual(copy.source, original.source);
            assert.equal(copy.cluster, undefined);
        }
        // Every edge still joins the same certs; none is lost or added.
        const certOf = (id: string) => drawn.nodes.find(node => node.id === id)!.cert;
        const before = diagram.edges.map(e => `${diagram.nodes.find(n => n.id === e.from)!.cert}>${diagram.nodes.find(n => n.id === e.to)!.cert}`).sort();
        assert.deepEqual(drawn.edges.map(e => `${certOf(e.from)}>${certOf(e.to)}`).sort(), before);
        // The model itself is untouched (the JSON export describes it).
        assert.ok(!diagram.nodes.some(node => node.id.includes('~')));
    });

    it('keeps one row when the box is as wide as the chart', async () => {
        const diagram = buildPathsView(await loadTree(AWS_EXAMPLE_TEXT));
        assert.ok(!layoutDot(diagram, { fit: { width: 4000, height: 700 } }).dot.includes('packmode'));
    });

    it('for `direction right`, sets columns side by side for a wide box, and keeps one column for a tall one', async () => {
        const diagram = buildPathsView(await loadTree(AWS_EXAMPLE_TEXT.replace('direction down', 'direction right')));
        assert.equal(diagram.direction, 'LR');
        assert.match(layoutDot(diagram, { fit: { width: 1400, height: 800 } }).dot, /packmode="array_u1"/);
        assert.ok(!layoutDot(diagram, { fit: { width: 700, height: 1600 } }).dot.includes('packmode'));
    });
});
