// The bundled language server answers `certtree/diagram` and `certtree/export` and notifies `certtree/documentValidated`,
// driven by a real LSP client over stdio.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import type { CodeLens } from 'vscode-languageserver-protocol/node';
import { CodeLensRequest } from 'vscode-languageserver-protocol/node';
import type { DiagramParams, DiagramResult, DiagramSourceEntry, DocumentValidatedParams, ExportParams, ExportResult, PlanEditResult, PlanResult } from '../../src/shared/protocol.js';
import { DiagramRequest, DocumentValidatedNotification, ExportRequest, PlanEditRequest, PlanRequest } from '../../src/shared/protocol.js';
import { initialize, shutDown, startSession, within, type Session } from '../helpers/lsp-session.js';
import { TINY_PNG } from './fixtures.js';

describe('diagram requests to the language server', function () {
    let folder: string;
    let session: Session;
    let connection: ProtocolConnection;
    const validated: DocumentValidatedParams[] = [];
    let onValidated: (() => void) | undefined;

    before(async () => {
        folder = mkdtempSync(join(tmpdir(), 'certtree-diagram-lsp-'));
        session = startSession('stdio');
        connection = session.connection;
        connection.onNotification(DocumentValidatedNotification, (params: DocumentValidatedParams) => {
            validated.push(params);
            onValidated?.();
        });
        await initialize(session, folder);
    });

    after(async () => {
        assert.equal(await shutDown(session), 0);
        rmSync(folder, { recursive: true, force: true });
    });

    /** Resolves once a validated notification for `uri` at `version` arrived. */
    function validatedAt(uri: string, version: number): Promise<DocumentValidatedParams> {
        const find = () => validated.find(v => v.uri === uri && v.version === version);
        return within(new Promise(resolve => {
            const check = () => { const found = find(); if (found) { onValidated = undefined; resolve(found); } };
            onValidated = check;
            check();
        }), `the validated notification for version ${version}`);
    }

    it('the plan command, the marks of both views and the code lens agree on what is next up', async () => {
        const path = join(folder, 'agree.certtree');
        const text = `${readFileSync('examples/aws-certification-paths.certtree', 'utf8')}\ngoal devops_engineer, security\n`;
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version: 1, text } });
        await validatedAt(uri, 1);
        const plan = await within(connection.sendRequest<PlanResult>(PlanRequest, { uri }), 'the plan');
        assert.equal(plan.kind, 'plan');
        if (plan.kind !== 'plan') return;
        // cloud_practitioner is held: SAA and Developer follow it, and SysOps (retired, renamed) is
        // served by CloudOps whatever day the server plans for (SysOps retired in 2025).
        const ids = plan.nextUp.map(item => item.id);
        assert.ok(ids.includes('solutions_architect_associate') && ids.includes('developer') && ids.includes('cloudops_engineer'), ids.join(', '));
        assert.ok(!ids.includes('sysops_admin'));
        const drawnNextUp = plan.nextUp.filter(item => item.insteadOf === null).map(item => item.id).sort();
        for (const view of ['paths', 'graph'] as const) {
            const diagram = await within(connection.sendRequest<DiagramResult>(DiagramRequest, { uri, view } satisfies DiagramParams), `the ${view} view`);
            assert.equal(diagram.kind, 'diagram');
            if (diagram.kind !== 'diagram') return;
            const marked = [...new Set(diagram.sources.filter(source => source.marks?.nextUp).map(source => source.cert!))].sort();
            assert.deepEqual(marked, drawnNextUp, `the ${view} view marks what the plan says`);
        }
        const lenses = await within(connection.sendRequest<CodeLens[]>(CodeLensRequest.method, { textDocument: { uri } }), 'the code lenses');
        const nextUpLens = lenses.map(lens => lens.command?.title ?? '').find(title => title.startsWith('Next up: '));
        assert.equal(nextUpLens, `Next up: ${plan.nextUp.map(item => item.insteadOf ? `${item.id} (instead of ${item.insteadOf})` : item.id).join(', ')}`);

        const edit = await within(connection.sendRequest<PlanEditResult>(PlanEditRequest, { uri, cert: 'developer', action: 'earn' }), 'the edit');
        assert.deepEqual(edit.kind === 'edit' ? edit.edits.map(e => e.newText) : edit, [', developer']);
    });

    it('notifies validation, serves DOT with sources whose ids Graphviz keeps, and reports errors as invalid', async () => {
        const path = join(folder, 'aws.certtree');
        const text = readFileSync('examples/aws-certification-paths.certtree', 'utf8');
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version: 1, text } });
        assert.equal((await validatedAt(uri, 1)).errorCount, 0);

        const paths = await within(connection.sendRequest<DiagramResult>(DiagramRequest, { uri } satisfies DiagramParams), 'the diagram');
        assert.equal(paths.kind, 'diagram');
        if (paths.kind !== 'diagram') return;
        assert.equal(paths.view, 'paths');
        assert.equal(paths.version, 1);
        assert.equal(paths.sources.filter(s => s.cert).length, 27, 'one source per node');
        assert.equal(paths.sources.filter(s => !s.cert).length, 20, 'one source per cluster');
        const node = paths.sources.find(s => s.id === 'r1_solutions_architect_professional')!;
        assert.deepEqual(node.range.start, { line: 16, character: 37 });
        for (const source of paths.sources) assert.ok(paths.dot.includes(`id="${source.id}"`), `${source.id} is in the DOT`);

        assert.equal(node.title, 'AWS Certified Solutions Architect – Professional (SAP-C02)');
        assert.equal(paths.heading.title, 'AWS Certification Paths');
        assert.ok(paths.dot.includes('AWS Certification Paths'), 'by default the DOT draws the heading');

        // As the preview asks: laid out for its pane, the heading left to the page.
        const fitted = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri, fit: { width: 700, height: 800 }, headingInDiagram: false } satisfies DiagramParams);
        assert.equal(fitted.kind, 'diagram');
        if (fitted.kind !== 'diagram') return;
        assert.ok(!fitted.dot.includes('AWS Certification Paths'));
        assert.match(fitted.dot, /packmode/);
        assert.deepEqual(fitted.heading, paths.heading);
        const copies = fitted.sources.filter(source => source.id.includes('~'));
        assert.ok(copies.length > 0, 'later rows are entered through copies of shared nodes');
        for (const copy of copies) {
            const original: DiagramSourceEntry | undefined = fitted.sources.find(source => source.id === copy.id.split('~')[0]);
            assert.ok(original, `${copy.id} copies a node of the diagram`);
            assert.deepEqual({ ...copy, id: original.id }, original, 'a copy leads to the same text');
        }
        // A box a client got wrong is laid out as if no box were asked for, not refused.
        const odd = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri, fit: { width: Number.NaN, height: 800 } } satisfies DiagramParams);
        assert.equal(odd.kind === 'diagram' && odd.dot, paths.dot);

        const graph = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri, view: 'graph', theme: 'dark' } satisfies DiagramParams);
        assert.equal(graph.kind === 'diagram' && graph.sources.length, 10, 'graph view: ten nodes; tier bands have no source');
        assert.ok(graph.kind === 'diagram' && graph.dot.includes('bgcolor="#1E1E1E"'));

        const broken = text.replace('earned cloud_practitioner', 'earned cloud_practitionr');
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
        assert.equal((await validatedAt(uri, 2)).errorCount, 1);
        const invalid = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri } satisfies DiagramParams);
        assert.equal(invalid.kind, 'invalid');
        if (invalid.kind === 'invalid') {
            assert.equal(invalid.errorCount, 1);
            assert.equal(invalid.firstError.range.start.line, text.split('\n').findIndex(l => l.startsWith('earned')));
        }
        const refused = await connection.sendRequest<ExportResult>(ExportRequest, { uri, format: 'svg' } satisfies ExportParams);
        assert.equal(refused.kind, 'invalid');
    });

    it('exports self-contained SVG, DOT and JSON, and gives the preview icons on request', async () => {
        writeFileSync(join(folder, 'badge.png'), TINY_PNG);
        const path = join(folder, 'icons.certtree');
        const text = 'cert k "Kube Admin" { level associate icon "./badge.png" }\ncert p "Platform Pro" { level professional }\nk -> p\n';
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version: 1, text } });
        await validatedAt(uri, 1);

        const svg = await within(connection.sendRequest<ExportResult>(ExportRequest, { uri, format: 'svg' } satisfies ExportParams), 'the SVG export');
        assert.equal(svg.kind, 'exported');
        if (svg.kind === 'exported') {
            assert.ok(svg.content.includes('Kube Admin'));
            assert.ok(svg.content.includes(`xlink:href="data:image/png;base64,${TINY_PNG.toString('base64')}"`));
        }
        const json = await connection.sendRequest<ExportResult>(ExportRequest, { uri, format: 'json', view: 'graph' } satisfies ExportParams);
        assert.ok(json.kind === 'exported' && JSON.parse(json.content).nodes.length === 2);
        const dot = await connection.sendRequest<ExportResult>(ExportRequest, { uri, format: 'dot' } satisfies ExportParams);
        assert.ok(dot.kind === 'exported' && dot.content.startsWith('digraph certtree {'));

        const withIcons = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri, icons: true } satisfies DiagramParams);
        assert.equal(withIcons.kind, 'diagram');
        if (withIcons.kind === 'diagram') {
            assert.deepEqual(withIcons.images, [{ name: 'certtree-icon-1', width: 2, height: 1, href: `data:image/png;base64,${TINY_PNG.toString('base64')}` }]);
            assert.ok(withIcons.dot.includes('<IMG SRC="certtree-icon-1"'));
        }
        const withoutIcons = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri } satisfies DiagramParams);
        assert.ok(withoutIcons.kind === 'diagram' && !withoutIcons.dot.includes('<IMG') && withoutIcons.images === undefined);
    });

    it('says a document it does not know is unavailable', async () => {
        const result = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri: pathToFileURL(join(folder, 'never-opened.certtree')).toString() });
        assert.equal(result.kind, 'unavailable');
    });
});
