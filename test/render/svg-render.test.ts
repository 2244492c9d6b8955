// Rendering to SVG with viz.js: the §1 example, literal user text, icons inlined or refused, errors and timeouts as messages.
import { AstUtils } from 'langium';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliWorkspace } from '../../src/cli/cli-workspace.js';
import { buildDiagram } from '../../src/diagram/build-diagram.js';
import { certName } from '../../src/language/cert-facts.js';
import type { Model } from '../../src/language/generated/ast.js';
import { isCertRef } from '../../src/language/generated/ast.js';
import { sourcesOf } from '../../src/render/prepare-diagram.js';
import { exportDiagram } from '../../src/render/export-diagram.js';
import type { SvgRenderer } from '../../src/render/svg-renderer.js';
import { TINY_PNG } from './fixtures.js';
import { testRenderer } from './test-renderer.js';

/** The text of every `<text>` element, entities decoded, joined by spaces (wrapped lines are separate elements). */
function visibleText(svg: string): string {
    return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(m => decodeXml(m[1])).join(' ');
}

function decodeXml(text: string): string {
    return text.replace(/&(#x[0-9a-f]+|#\d+|quot|lt|gt|amp|apos);/gi, (_, entity: string) => {
        switch (entity) {
            case 'quot': return '"';
            case 'lt': return '<';
            case 'gt': return '>';
            case 'amp': return '&';
            case 'apos': return "'";
        }
        return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    });
}

async function load(path: string): Promise<Model> {
    const [document] = await new CliWorkspace().load([path]);
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
    assert.deepEqual(errors.map(e => e.message), [], 'the test document has no errors');
    return document.parseResult.value;
}

describe('SVG rendering', function () {
    let renderer: SvgRenderer;
    let folder: string;
    before(() => {
        renderer = testRenderer();
        folder = mkdtempSync(join(tmpdir(), 'certtree-svg-'));
    });
    after(async () => {
        await renderer.dispose();
        rmSync(folder, { recursive: true, force: true });
    });

    for (const view of ['paths', 'graph'] as const) {
        for (const theme of ['light', 'dark'] as const) {
            it(`draws the §1 example in the ${view} view, ${theme} theme, with every cert's name and every clickable id`, async () => {
                const model = await load('examples/aws-certification-paths.certtree');
                const outcome = await exportDiagram(model, { format: 'svg', view, theme, renderer });
                assert.equal(outcome.kind, 'exported', outcome.kind === 'failed' ? outcome.message + outcome.detail : '');
                if (outcome.kind !== 'exported') return;
                const svg = outcome.content;
                assert.ok(svg.startsWith('<?xml'));
                const text = visibleText(svg).replace(/\s+/g, ' ');
                const certs = new Set(buildDiagram(model, view).nodes.map(n => n.cert));
                assert.equal(certs.size, 10);
                const names = referencedCertNames(model);
                // The nodes leave off "AWS Certified " (the title says AWS); the tooltip has the full name.
                for (const cert of certs) {
                    const name = names.get(cert)!;
                    assert.ok(text.includes(name.replace(/^AWS Certified /, '')), `${name} is shown`);
                    assert.ok(svg.includes(`<title>${name} (`), `${name} is the tooltip of its node`);
                }
                assert.ok(text.includes('Solutions Architect – Associate'));
                assert.ok(!text.includes('AWS Certified'));
                assert.ok(text.includes('AWS Certification Paths'));
                assert.ok(text.includes('as of 2023-11-29'));
                for (const label of ['Cloud Data Engineer', 'Machine Learning Engineer', 'Application Architect']) assert.ok(text.includes(label), `legend names ${label}`);
                for (const source of sourcesOf(buildDiagram(model, view))) {
                    assert.match(svg, new RegExp(`<g id="${source.id}" class="(node|cluster)">`), `${source.id} is a <g> id in the SVG`);
                }
                assert.match(svg, new RegExp(`<polygon fill="${theme === 'dark' ? '#1e1e1e' : '#ffffff'}"`, 'i'));
            });
        }
    }

    it('shows a label holding quotes, backslashes, a newline, markup, braces and emoji literally', async () => {
        const path = join(folder, 'odd.certtree');
        writeFileSync(path, 'tree "Odd \\\\N {names}"\ncert odd "Say \\"hi\\" \\\\N <b>bold</b> }{ & 😀\nnext line" { level associate code "A&B" }\nodd\n');
        const outcome = await exportDiagram(await load(path), { format: 'svg', renderer });
        assert.equal(outcome.kind, 'exported');
        if (outcome.kind !== 'exported') return;
        const text = visibleText(outcome.content);
        assert.ok(text.includes('Say "hi" \\N <b>bold</b> }{ & 😀'), text);
        assert.ok(text.includes('next line'));
        assert.ok(text.includes('A&B'));
        assert.ok(text.includes('Odd \\N {names}'));
        assert.ok(!/<b>/.test(outcome.content), 'no markup from user text in the SVG');
    });

    it('inlines an icon as a data URI, so the SVG is self-contained', async () => {
        mkdirSync(join(folder, 'assets'), { recursive: true });
        writeFileSync(join(folder, 'assets', 'badge.png'), TINY_PNG);
        const path = join(folder, 'icons.certtree');
        writeFileSync(path, 'cert k "Kube Admin" { level associate icon "./assets/badge.png" }\nk\n');
        const outcome = await exportDiagram(await load(path), { format: 'svg', renderer });
        assert.ok(outcome.kind === 'exported');
        assert.deepEqual(outcome.problems, []);
        assert.ok(outcome.content.includes(`<image xlink:href="data:image/png;base64,${TINY_PNG.toString('base64')}"`));
        // A 2×1 pixel image is scaled up to the icon box, keeping its shape.
        assert.match(outcome.content, /<image [^>]*width="(2[4-9]|3[0-2])(\.\d+)?px" height="1[2-6](\.\d+)?px"/);
        assert.ok(!outcome.content.includes('certtree-icon-'), 'no image is left referring to a file');
    });

    it('draws the planning fixture: earned, next up, goals, the routes to them, a retired optional step and the committed icon', async () => {
        const model = await load('test/fixtures/diagram/planning.certtree');
        const diagram = buildDiagram(model, 'paths');
        const marked = (mark: 'earned' | 'nextUp' | 'goal') => diagram.nodes.filter(n => n.marks[mark]).map(n => n.id);
        // Worked by hand: cloud_practitioner and the shared SAA are earned; developer follows the
        // earned cloud_practitioner; in each role, the step after the earned SAA is next.
        assert.deepEqual(marked('earned'), ['c_cloud_practitioner', 'c_solutions_architect_associate']);
        assert.deepEqual(marked('nextUp'), ['c_developer', 'r1_cka', 'r2_solutions_architect_professional']);
        assert.deepEqual(marked('goal'), ['r1_cks', 'r2_advanced_networking']);
        const route = diagram.edges.filter(e => e.onRoute).map(e => `${e.from}>${e.to}`);
        assert.deepEqual(route, ['c_solutions_architect_associate>r1_cka', 'r1_cka>r1_cks', 'c_solutions_architect_associate>r2_solutions_architect_professional', 'r2_solutions_architect_professional>r2_advanced_networking']);

        const outcome = await exportDiagram(model, { format: 'svg', renderer });
        assert.ok(outcome.kind === 'exported');
        const text = visibleText(outcome.content);
        assert.equal(text.match(/✓ Earned/g)?.length, 2);
        assert.equal(text.match(/⚑ Goal/g)?.length, 2);
        assert.ok(text.includes('KCNA (optional)') && text.includes('Retired 2025-01-31'));
        assert.ok(text.includes('Kubernetes & Cloud Plan'));
        const badge = readFileSync('test/fixtures/diagram/badge.png').toString('base64');
        assert.ok(outcome.content.includes(`xlink:href="data:image/png;base64,${badge}"`), 'the icon is inlined');
        // The route's edges are drawn thicker than the rest.
        for (const edge of diagram.edges) {
            const width = Number(new RegExp(`<g id="${edge.id}" class="edge">[\\s\\S]*?stroke-width="([0-9.]+)"`).exec(outcome.content)?.[1] ?? 1);
            assert.ok(edge.onRoute ? width >= 3.5 : width < 3.5, `${edge.id} ${edge.from}>${edge.to} drawn ${width} wide`);
        }
    });

    it('refuses an icon outside the document folder, and a file that is not an image', async () => {
        const inner = join(folder, 'project');
        mkdirSync(inner, { recursive: true });
        writeFileSync(join(folder, 'secret.png'), TINY_PNG);
        writeFileSync(join(inner, 'notes.png'), 'password=hunter2');
        const path = join(inner, 'tree.certtree');
        writeFileSync(path, 'cert a "Outside" { level associate icon "../secret.png" }\ncert b "Fake" { level associate icon "./notes.png" }\na -> b\n');
        const model = await load(path).catch(() => undefined);
        // The validator reports such icons as errors; the renderer refuses them on its own as well.
        const document = model ?? (await new CliWorkspace().load([path]))[0].parseResult.value;
        const outcome = await exportDiagram(document, { format: 'svg', renderer });
        assert.ok(outcome.kind === 'exported');
        assert.ok(!outcome.content.includes('<image'), 'no image drawn');
        assert.ok(!outcome.content.includes(TINY_PNG.toString('base64')) && !outcome.content.includes(Buffer.from('password').toString('base64').slice(0, 8)));
        assert.deepEqual(outcome.problems.map(p => [p.cert, p.severity]), [['a', 'error'], ['b', 'error']]);
        assert.match(outcome.problems[0].message, /outside this document's folder/);
        assert.match(outcome.problems[1].message, /not a PNG, JPEG or SVG image/);
    });

    it('returns Graphviz failures as messages, also when viz.js says success with errors', async () => {
        const syntax = await renderer.render('digraph { a -> }');
        assert.equal(syntax.kind, 'failed');
        const html = await renderer.render('digraph { a [label=<<B>bold</I>>] }');
        assert.equal(html.kind, 'failed');
        if (html.kind === 'failed') {
            assert.match(html.message, /^Graphviz could not draw this diagram/);
            assert.match(html.detail ?? '', /mismatched tag/);
        }
        assert.equal((await renderer.render('digraph { a -> b }')).kind, 'svg');
    });

    it('stops a render that runs too long, says so, and renders again afterwards', async () => {
        const edges: string[] = [];
        for (let i = 0; i < 3000; i++) edges.push(`n${i} -> n${(i * 7 + 13) % 3000}; n${i} -> n${(i * 31 + 5) % 3000};`);
        const slow = await renderer.render(`digraph { ${edges.join(' ')} }`, { timeoutMs: 50 });
        assert.equal(slow.kind, 'failed');
        if (slow.kind === 'failed') assert.match(slow.message, /took longer than 50 ms to lay out and was stopped/);
        assert.equal((await renderer.render('digraph { a -> b }')).kind, 'svg');
    });

    /** A graph Graphviz needs long for: about 2 s at 200 nodes, half a minute at 400. */
    function tangled(nodes: number): string {
        const edges: string[] = [];
        for (let i = 0; i < nodes; i++) edges.push(`n${i} -> n${(i * 7 + 13) % nodes}; n${i} -> n${(i * 31 + 5) % nodes};`);
        return `digraph { ${edges.join(' ')} }`;
    }

    // Issue: each render's timer started when it was queued, and one timeout failed every render
    // waiting behind it (14 concurrent exports: 7 failed at 23 s though each took 2 s).
    it('times a render from when it starts, not from when it was asked for', async () => {
        await renderer.render('digraph { warm }');
        const slow = renderer.render(tangled(200), { timeoutMs: 120_000 });
        const waiting = renderer.render('digraph { a -> b }', { timeoutMs: 500 });
        assert.deepEqual([(await slow).kind, (await waiting).kind], ['svg', 'svg'], 'the short render waited longer than its limit, and still ran');
    });

    it('fails only the render that ran too long; those waiting behind it are drawn', async () => {
        const stuck = renderer.render(tangled(400), { timeoutMs: 500 });
        const waiting = [renderer.render('digraph { a -> b }'), renderer.render('digraph { c -> d }')];
        const outcome = await stuck;
        assert.equal(outcome.kind, 'failed');
        if (outcome.kind === 'failed') assert.match(outcome.message, /took longer than 500 ms/);
        assert.deepEqual((await Promise.all(waiting)).map(result => result.kind), ['svg', 'svg']);
    });
});

/** Display names of the certs the model references (they come from the `aws` catalog). */
function referencedCertNames(model: Model): Map<string, string> {
    const names = new Map<string, string>();
    for (const node of AstUtils.streamAst(model)) {
        if (isCertRef(node) && node.cert.ref) names.set(node.cert.ref.name, certName(node.cert.ref));
    }
    return names;
}
