// Where "Export Diagram" writes: beside the document, or in the folder the setting names.
import assert from 'node:assert/strict';
import { exportFileName, resolveExportFolder } from '../../../src/extension/export-location.js';

describe('export location', () => {
    it('names the export after the document', () => {
        assert.equal(exportFileName('/home/ana/plans/aws paths.certtree', 'svg'), 'aws paths.svg');
        assert.equal(exportFileName('/home/ana/plans/tree.certtree', 'png'), 'tree.png');
        assert.equal(exportFileName('/home/ana/plans/notes.txt', 'dot'), 'notes.txt.dot');
    });

    it('writes beside the document when no folder is set', () => {
        assert.equal(resolveExportFolder('', '/home/ana/plans/tree.certtree', '/home/ana'), '/home/ana/plans');
    });

    it('takes a relative folder from the workspace folder, or from the document outside a workspace', () => {
        assert.equal(resolveExportFolder('exports/diagrams', '/home/ana/plans/tree.certtree', '/home/ana'), '/home/ana/exports/diagrams');
        assert.equal(resolveExportFolder('../out', '/home/ana/plans/tree.certtree', undefined), '/home/ana/out');
    });

    it('keeps an absolute folder and expands ~/ to the home folder', () => {
        assert.equal(resolveExportFolder('/srv/charts', '/home/ana/plans/tree.certtree', '/home/ana'), '/srv/charts');
        assert.equal(resolveExportFolder('~/charts', '/home/ana/plans/tree.certtree', '/work', '/home/ana'), '/home/ana/charts');
    });
});
