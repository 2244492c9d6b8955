// A tree-wide setting given twice: the diagram follows the first one, as the validator's warning says.
import assert from 'node:assert/strict';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { buildDiagram } from '../../../src/diagram/build-diagram.js';
import { generateDot } from '../../../src/diagram/dot-generator.js';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';
import type { Model } from '../../../src/language/generated/ast.js';
import { loadTree, SMALL_CERTS } from './load-tree.js';

const parse = parseHelper<Model>(createCertTreeServices(EmptyFileSystem).CertTree);
const PATH = `${SMALL_CERTS}\nrole "Builder" { f1 -> a1 -> p1 }\n`;

describe('a repeated tree setting', () => {
    it('draws in the first `direction`', async () => {
        const diagram = buildDiagram(await loadTree(`direction right\ndirection up\n${PATH}`));
        assert.equal(diagram.direction, 'LR');
        assert.match(generateDot(diagram), /rankdir="LR"/);
    });

    it('builds the first `view`', async () => {
        assert.equal(buildDiagram(await loadTree(`view graph\nview paths\n${PATH}`)).view, 'graph');
        assert.equal(buildDiagram(await loadTree(`view paths\nview graph\n${PATH}`)).view, 'paths');
    });

    it('shows the first `source`', async () => {
        const diagram = buildDiagram(await loadTree(`source "First chart"\nsource "Second chart"\n${PATH}`));
        assert.equal(diagram.source, 'First chart');
        assert.ok(generateDot(diagram).includes('First chart'));
        assert.ok(!generateDot(diagram).includes('Second chart'));
    });

    it('judges retirement against the first `date`', async () => {
        const diagram = buildDiagram(await loadTree(`date "2020-01-01"\ndate "2030-01-01"\n${PATH}`));
        assert.equal(diagram.date, '2020-01-01');
    });

    it('titles the diagram with the first `tree`', async () => {
        // A second title is an error, so the document is read without validation, as a preview of a half-edited file is.
        const document = await parse(`tree "First title"\ntree "Second title"\n${PATH}`);
        const diagram = buildDiagram(document.parseResult.value);
        assert.equal(diagram.title, 'First title');
    });
});
