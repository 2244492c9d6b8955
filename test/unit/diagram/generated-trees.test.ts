// The benchmarks' generated trees: valid documents of about the size they are asked for.
import assert from 'node:assert/strict';
import { buildDiagram } from '../../../src/diagram/build-diagram.js';
import { awsRolesTree, generatedTree } from '../../fixtures/diagram/generate-diagram-tree.js';
import { loadTree } from './load-tree.js';

describe('generated benchmark trees', () => {
    it('generatedTree(200) is a valid tree of about 200 nodes in the paths view, fewer in the graph view', async () => {
        const model = await loadTree(generatedTree(200));
        const paths = buildDiagram(model, 'paths').nodes.length;
        const graph = buildDiagram(model, 'graph').nodes.length;
        assert.ok(Math.abs(paths - 200) <= 20, `about 200 nodes in the paths view, not ${paths}`);
        // One node per cert a role uses: most of the 200, never more.
        assert.ok(graph > 150 && graph <= 200, `most of the 200 certs in the graph view, not ${graph}`);
    });

    it('awsRolesTree(200) is a valid tree on the AWS catalog whose paths view has about 200 nodes', async () => {
        const text = awsRolesTree(200);
        assert.equal(text.match(/role "/g)?.length, 66, '66 roles of three own nodes each');
        const nodes = buildDiagram(await loadTree(text), 'paths').nodes.length;
        assert.ok(Math.abs(nodes - 200) <= 10, `about 200 nodes, not ${nodes}`);
    });
});
