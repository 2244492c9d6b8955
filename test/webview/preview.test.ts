// The preview webview in headless Chromium: the real bundle under its real CSP, driven by the
// messages the extension sends; VS Code's webview host is replaced by a recording stub.
/// <reference lib="dom" />
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { CliWorkspace } from '../../src/cli/cli-workspace.js';
import type { Model } from '../../src/language/generated/ast.js';
import { prepareDiagram } from '../../src/render/prepare-diagram.js';
import type { FromWebviewMessage, ToWebviewMessage } from '../../src/shared/preview-messages.js';
import type { PreviewTheme } from '../../src/shared/preview-messages.js';
import { HELD_LAYOUT, launchChromium, openPreviewPage, THEME_COLOURS } from './preview-harness.js';
import type { PreviewPage } from './preview-harness.js';

/** A small tree as the server's DOT would draw it: two shared nodes and a role cluster. */
function treeDot(label = 'Cloud Practitioner'): string {
    return `digraph certtree {
  graph [id="certtree_graph", rankdir=TB];
  node [shape=box, style="rounded,filled", fillcolor="#ffffff"];
  "cp" [id="n_cp", label="${label}"];
  "saa" [id="n_saa", label="Solutions Architect Associate"];
  subgraph cluster_role_sa {
    id="c_role_sa"; label="Solutions Architect";
    "sa_sap" [id="n_sa_sap", label="Solutions Architect Professional"];
  }
  "cp" -> "saa";
  "saa" -> "sa_sap";
}`;
}

const SOURCES = [
    { id: 'n_cp', cert: 'cloud_practitioner', title: 'AWS Certified Cloud Practitioner (CLF-C02)' },
    { id: 'n_saa', cert: 'solutions_architect_associate' },
    { id: 'n_sa_sap', cert: 'solutions_architect_professional', goal: true },
    { id: 'c_role_sa' },
];

const HEADING = { title: 'Paths <b>&</b>', facts: 'https://example.com/paths · as of 2024-07-03', key: ['solid: next step', 'dashed: dive deep'], highlights: [{ role: 'Solutions Architect', color: '#E8590C' }] };

function diagram(sequence: number, dot = treeDot()): ToWebviewMessage {
    return { type: 'diagram', sequence, uri: 'file:///project/paths.certtree', version: sequence, view: 'paths', dot, sources: SOURCES, images: [], title: 'paths.certtree', heading: HEADING };
}

const isRendered = (sequence: number) => (message: FromWebviewMessage): message is Extract<FromWebviewMessage, { type: 'rendered' }> =>
    message.type === 'rendered' && message.sequence === sequence;

/** A tree of `nodes` certs, three steps from each: Graphviz needs a while (0.3 s at 1,500, about 1 s at 5,000). */
/** A diagram whose layout never finishes: the harness's worker holds it until the worker is ended. */
function heldDot(): string {
    return `digraph held { /* ${HELD_LAYOUT} */ a [id="held"]; }`;
}

/** One long row of certs: fitted into a 900×600 pane it is a thin strip at the top, empty space below. */
function wideDot(): string {
    const lines = ['digraph wide {', '  graph [rankdir=LR];', '  node [shape=box];'];
    for (let i = 0; i < 14; i++) lines.push(`  w${i} [id="w${i}", label="Certification number ${i}"];`);
    for (let i = 1; i < 14; i++) lines.push(`  w${i - 1} -> w${i};`);
    lines.push('}');
    return lines.join('\n');
}

/** How much of the drawing the viewport shows, in CSS pixels across and down. */
async function drawingInView(preview: PreviewPage): Promise<{ across: number; down: number }> {
    return preview.page.evaluate(() => {
        const svg = document.querySelector('#canvas svg')!.getBoundingClientRect();
        const view = document.getElementById('viewport')!.getBoundingClientRect();
        return {
            across: Math.max(0, Math.min(svg.right, view.right) - Math.max(svg.left, view.left)),
            down: Math.max(0, Math.min(svg.bottom, view.bottom) - Math.max(svg.top, view.top)),
        };
    });
}

/** WCAG contrast of each toolbar button's text against what is painted behind it. */
async function toolbarContrasts(preview: PreviewPage): Promise<Array<{ button: string; contrast: number }>> {
    return preview.page.$$eval('#toolbar button', buttons => buttons.map(button => {
        const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
        let element: Element | null = button;
        let background = [255, 255, 255];
        while (element) {
            const [r, g, b, a = 1] = parse(getComputedStyle(element).backgroundColor);
            if (a > 0) {
                background = [r, g, b];
                break;
            }
            element = element.parentElement;
        }
        const luminance = ([r, g, b]: number[]) => {
            const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
            return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        };
        const [fg, bg] = [luminance(parse(getComputedStyle(button).color)), luminance(background)];
        const label = `${button.textContent}${button.getAttribute('aria-checked') === 'true' ? ' (chosen)' : ''}`;
        return { button: label, contrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
    }));
}

async function canvasTransform(preview: PreviewPage): Promise<string> {
    return preview.page.$eval('#canvas', element => (element as HTMLElement).style.transform);
}

describe('preview webview (headless Chromium, real bundle and CSP)', function () {
    let browser: Browser;
    let preview: PreviewPage;

    before(async () => {
        browser = await launchChromium();
    });
    after(async () => {
        await browser?.close();
    });
    beforeEach(async () => {
        preview = await openPreviewPage(browser);
        await preview.waitForPosted((m): m is FromWebviewMessage => m.type === 'ready');
    });
    afterEach(async function () {
        if (!preview) return;
        const violations = preview.cspViolations.slice();
        const errors = preview.consoleErrors.slice();
        await preview.close();
        // Every test also proves the page ran without tripping its own Content-Security-Policy
        // and without any error in its console.
        if (this.currentTest?.state === 'passed') {
            assert.deepEqual(violations, [], 'the page broke its Content-Security-Policy');
            assert.deepEqual(errors, [], 'the page logged errors');
        }
    });

    it('says it is ready with the theme before anything is sent, then draws a diagram', async () => {
        const first = (await preview.posted())[0];
        assert.deepEqual({ ...first, pane: undefined }, { type: 'ready', theme: 'light', pane: undefined });
        await preview.send(diagram(1));
        const rendered = await preview.waitForPosted(isRendered(1));
        assert.deepEqual([...rendered.nodeIds].sort(), ['n_cp', 'n_sa_sap', 'n_saa']);
        const texts = await preview.page.$$eval('#canvas svg text', nodes => nodes.map(node => node.textContent));
        assert.ok(texts.includes('Cloud Practitioner'), `drawn texts: ${texts.join(', ')}`);
        assert.ok(texts.includes('Solutions Architect'), 'the role cluster label is drawn');
        assert.equal(await preview.page.textContent('#title'), 'paths.certtree');
    });

    it('keeps zoom and pan across an update, without ever emptying the picture', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        await preview.page.click('button[data-zoom="in"]');
        await preview.page.click('button[data-zoom="in"]');
        const box = (await preview.page.locator('#viewport').boundingBox())!;
        // Drag on empty space (the top-left corner) to pan.
        await preview.page.mouse.move(box.x + 10, box.y + 10);
        await preview.page.mouse.down();
        await preview.page.mouse.move(box.x + 60, box.y + 40, { steps: 5 });
        await preview.page.mouse.up();
        const before = await canvasTransform(preview);
        assert.match(before, /scale\(/);

        await preview.page.evaluate(() => {
            const canvas = document.getElementById('canvas')!;
            const host = window as unknown as { __emptied: boolean };
            host.__emptied = false;
            new MutationObserver(() => {
                if (canvas.childElementCount === 0) host.__emptied = true;
            }).observe(canvas, { childList: true });
        });
        await preview.send(diagram(2, treeDot('Cloud Practitioner (renamed)')));
        await preview.waitForPosted(isRendered(2));
        assert.equal(await canvasTransform(preview), before, 'zoom and pan are the same after the update');
        const texts = await preview.page.$$eval('#canvas svg text', nodes => nodes.map(node => node.textContent));
        assert.ok(texts.includes('Cloud Practitioner (renamed)'), 'the new diagram is shown');
        assert.equal(await preview.page.evaluate(() => (window as unknown as { __emptied: boolean }).__emptied), false, 'the old picture stayed until the new one replaced it');
    });

    it('saves its document, zoom and pan, and comes back with them after a reload', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        await preview.page.click('button[data-zoom="in"]');
        const transform = await canvasTransform(preview);
        const saved = await preview.state();
        assert.equal(saved?.uri, 'file:///project/paths.certtree');
        assert.ok(saved?.zoom && saved.zoom.scale > 0);

        const reloaded = await openPreviewPage(browser, { state: saved });
        try {
            await reloaded.waitForPosted((m): m is FromWebviewMessage => m.type === 'ready');
            await reloaded.send(diagram(1));
            await reloaded.waitForPosted(isRendered(1));
            assert.equal(await canvasTransform(reloaded), transform, 'the restored preview keeps the zoom and pan it had');
        } finally {
            await reloaded.close();
        }
    });

    it('zooms with the wheel and the keyboard, and fits back', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        const scale = async () => Number(/scale\(([\d.]+)\)/.exec(await canvasTransform(preview))![1]);
        const fitted = await scale();
        await preview.page.mouse.move(400, 300);
        await preview.page.mouse.wheel(0, -300);
        const wheeled = await scale();
        assert.ok(wheeled > fitted, `wheel up zooms in (${fitted} -> ${wheeled})`);
        await preview.page.focus('#viewport');
        await preview.page.keyboard.press('-');
        assert.ok((await scale()) < wheeled, 'the - key zooms out');
        await preview.page.keyboard.press('0');
        assert.equal(await scale(), fitted, 'the 0 key fits the diagram again');
    });

    it('gives each cert node the context VS Code\'s node menu reads (Mark as earned, Set as goal, Remove goal)', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        const contextOf = (id: string) => preview.page.locator(`#canvas g[id="${id}"]`).getAttribute('data-vscode-context');
        assert.deepEqual(JSON.parse((await contextOf('n_saa'))!),
            { webviewSection: 'certNode', certId: 'solutions_architect_associate', certtreeEarned: false, certtreeGoal: false, preventDefaultContextMenuItems: true });
        assert.equal(JSON.parse((await contextOf('n_sa_sap'))!).certtreeGoal, true);
        assert.equal(await contextOf('c_role_sa'), null, 'a cluster has no cert menu');
    });

    it('posts a reveal for the clicked node, and none after a drag that starts on a node', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        await preview.page.click('#canvas g[id="n_saa"] text');
        const reveal = await preview.waitForPosted((m): m is Extract<FromWebviewMessage, { type: 'reveal' }> => m.type === 'reveal');
        assert.equal(reveal.id, 'n_saa');

        const node = (await preview.page.locator('#canvas g[id="n_cp"]').boundingBox())!;
        await preview.page.mouse.move(node.x + node.width / 2, node.y + node.height / 2);
        await preview.page.mouse.down();
        await preview.page.mouse.move(node.x + node.width / 2 + 80, node.y + node.height / 2 + 40, { steps: 5 });
        await preview.page.mouse.up();
        await preview.page.click('#canvas g[id="n_sa_sap"] text');
        await preview.waitForPosted((m): m is FromWebviewMessage => m.type === 'reveal' && m.id === 'n_sa_sap');
        const reveals = (await preview.posted()).filter(m => m.type === 'reveal').map(m => (m as { id: string }).id);
        assert.deepEqual(reveals, ['n_saa', 'n_sa_sap'], 'the drag did not count as a click on n_cp');
    });

    it('keeps the last good diagram under an error banner that leads to the error', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        await preview.send({
            type: 'problems',
            sequence: 2,
            uri: 'file:///project/paths.certtree',
            problems: { errorCount: 2, firstError: { message: "Unknown certification 'sec'. Did you mean <b>security</b>?", range: { start: { line: 4, character: 2 }, end: { line: 4, character: 5 } } } },
        });
        await preview.page.waitForSelector('#banner:not([hidden])');
        const text = await preview.page.textContent('#banner');
        assert.match(text!, /^2 errors in the document\. Line 5: Unknown certification 'sec'\. Did you mean <b>security<\/b>\?/);
        assert.equal(await preview.page.$$eval('#banner b', bold => bold.length), 0, 'the message is text, not markup');
        assert.equal(await preview.page.$$eval('#canvas g.node', nodes => nodes.length), 3, 'the last good diagram is still drawn');
        await preview.page.click('#banner');
        await preview.waitForPosted((m): m is FromWebviewMessage => m.type === 'revealProblem');

        await preview.send(diagram(3));
        await preview.waitForPosted(isRendered(3));
        assert.equal(await preview.page.isHidden('#banner'), true, 'the banner goes once the document is valid again');
    });

    it('shows a sentence, never Graphviz\'s own message, when the DOT cannot be laid out', async () => {
        await preview.send(diagram(1, 'digraph { a -> ; ]'));
        const failed = await preview.waitForPosted((m): m is Extract<FromWebviewMessage, { type: 'renderFailed' }> => m.type === 'renderFailed');
        assert.match(failed.detail, /syntax error/i, 'Graphviz\'s message goes to the log');
        const banner = await preview.page.textContent('#banner');
        assert.equal(banner, 'The diagram could not be drawn. The details are in the "CertTree" output channel.');
    });

    it('draws only the newest diagram: a stale one is dropped and a running layout is cancelled', async () => {
        await preview.send(diagram(5));
        await preview.send(diagram(4, treeDot('Stale')));
        await preview.waitForPosted(isRendered(5));
        assert.equal(preview.workers.started, 1);
        await preview.send(diagram(6, heldDot()));
        await preview.send(diagram(7));
        await preview.waitForPosted(isRendered(7));
        // Graphviz cannot be interrupted; cancelling the layout of 6 means ending its worker, and
        // the page only starts another worker when it has ended the one it had.
        assert.equal(preview.workers.started, 2, 'a fresh worker replaced the one busy with the superseded layout');
        const rendered = (await preview.posted()).filter(m => m.type === 'rendered').map(m => (m as { sequence: number }).sequence);
        assert.deepEqual(rendered, [5, 7]);
        const texts = await preview.page.$$eval('#canvas svg text', nodes => nodes.map(node => node.textContent));
        assert.ok(!texts.includes('Stale'));
    });

    it('stops a runaway layout, says so, and draws the next diagram', async () => {
        // The held layout never finishes, so the limit only has to be long enough for the first,
        // real layout on a busy machine.
        const short = await openPreviewPage(browser, { layoutTimeoutMs: 5000 });
        try {
            await short.waitForPosted((m): m is FromWebviewMessage => m.type === 'ready');
            await short.send(diagram(1));
            await short.waitForPosted(isRendered(1));
            await short.send(diagram(2, heldDot()));
            const failed = await short.waitForPosted((m): m is Extract<FromWebviewMessage, { type: 'renderFailed' }> => m.type === 'renderFailed' && m.sequence === 2);
            // The same sentence the language server gives when an export's layout is stopped.
            const stopped = 'The diagram took longer than 5 seconds to lay out and was stopped; split the tree into smaller files or use the graph view.';
            assert.equal(failed.message, stopped, failed.detail);
            assert.equal(await short.page.textContent('#banner'), stopped);
            assert.equal(await short.page.$$eval('#canvas g.node', nodes => nodes.length), 3, 'the last diagram stays');
            await short.send(diagram(3));
            await short.waitForPosted(isRendered(3));
            assert.equal(await short.page.isHidden('#banner'), true);
            assert.equal(short.workers.started, 2, 'the stopped worker was replaced');
        } finally {
            await short.close();
        }
    });

    it('asks for the other view and for exports from its toolbar', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        await preview.page.click('button[data-view="graph"]');
        await preview.waitForPosted((m): m is FromWebviewMessage => m.type === 'switchView' && m.view === 'graph');
        for (const format of ['svg', 'png', 'dot'] as const) {
            await preview.page.click(`button[data-export="${format}"]`);
            await preview.waitForPosted((m): m is FromWebviewMessage => m.type === 'export' && m.format === format);
        }
        assert.equal(await preview.page.getAttribute('button[data-view="paths"]', 'aria-checked'), 'true', 'the toolbar shows the view drawn until the new one arrives');
        await preview.send({ ...(diagram(2) as Extract<ToWebviewMessage, { type: 'diagram' }>), view: 'graph' });
        await preview.waitForPosted(isRendered(2));
        assert.equal(await preview.page.getAttribute('button[data-view="graph"]', 'aria-checked'), 'true');
    });

    it('highlights the nodes of the cert under the editor cursor', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        await preview.send({ type: 'highlight', ids: ['n_saa'] });
        await preview.page.waitForSelector('#canvas g[id="n_saa"].highlighted');
        assert.deepEqual(await preview.page.$$eval('#canvas .highlighted', nodes => nodes.map(node => node.id)), ['n_saa']);
        // The rest of the diagram is not greyed out, and the emphasis is a glow, not the legend's bold outline.
        assert.equal(await preview.page.$eval('#canvas g[id="n_cp"]', node => getComputedStyle(node).opacity), '1', 'other nodes keep their look');
        assert.match(await preview.page.$eval('#canvas g[id="n_saa"]', node => getComputedStyle(node).filter), /drop-shadow/);
        const strokeOf = (id: string) => preview.page.$eval(`#canvas g[id="${id}"] > :is(path, polygon)`, shape => getComputedStyle(shape).strokeWidth);
        assert.equal(await strokeOf('n_saa'), await strokeOf('n_cp'), 'the outline stays as thin as the others');
        await preview.send({ type: 'highlight', ids: [] });
        await preview.page.waitForSelector('#canvas .highlighted', { state: 'detached' });
    });

    it('zooms with its buttons around the part of the drawing in view, and never loses it', async () => {
        await preview.send(diagram(1, wideDot()));
        await preview.waitForPosted(isRendered(1));
        const fitted = await drawingInView(preview);
        assert.ok(fitted.down > 0 && fitted.down < 100, `a thin strip at fit: ${JSON.stringify(fitted)}`);
        // Zooming around the pane's centre (empty space below the strip) pushed the strip out of view after a few clicks.
        for (let i = 0; i < 6; i++) await preview.page.click('button[data-zoom="in"]');
        const zoomed = await drawingInView(preview);
        assert.ok(zoomed.down >= fitted.down, `the strip stays in view as it grows: ${JSON.stringify({ fitted, zoomed })}`);
        assert.ok(zoomed.across > 400, `the zoomed drawing fills the pane across: ${JSON.stringify(zoomed)}`);
        // Panning far away stops while some of the drawing is still in view.
        await preview.page.focus('#viewport');
        for (let i = 0; i < 60; i++) await preview.page.keyboard.press('ArrowDown');
        const panned = await drawingInView(preview);
        assert.ok(panned.down >= 40 && panned.across >= 40, `part of the drawing stays in view: ${JSON.stringify(panned)}`);
    });

    it('opens another view fitted, not at the zoom and pan of the view before', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        for (let i = 0; i < 3; i++) await preview.page.click('button[data-zoom="in"]');
        await preview.send({ ...(diagram(2, wideDot()) as Extract<ToWebviewMessage, { type: 'diagram' }>), view: 'graph' });
        await preview.waitForPosted(isRendered(2));
        const shown = await canvasTransform(preview);
        await preview.page.click('button[data-zoom="fit"]');
        assert.equal(shown, await canvasTransform(preview), 'the new view is shown as Fit shows it');
        // Back to the same view: a zoom the user chose is kept across updates.
        for (let i = 0; i < 2; i++) await preview.page.click('button[data-zoom="in"]');
        const zoomed = await canvasTransform(preview);
        await preview.send({ ...(diagram(3, wideDot()) as Extract<ToWebviewMessage, { type: 'diagram' }>), view: 'graph' });
        await preview.waitForPosted(isRendered(3));
        assert.equal(await canvasTransform(preview), zoomed);
    });

    it('keeps every toolbar control legible in Light, Dark, High Contrast and High Contrast Light', async () => {
        for (const theme of Object.keys(THEME_COLOURS) as PreviewTheme[]) {
            const themed = await openPreviewPage(browser, { theme });
            try {
                await themed.waitForPosted((m): m is FromWebviewMessage => m.type === 'ready');
                await themed.send(diagram(1));
                await themed.waitForPosted(isRendered(1));
                const contrasts = await toolbarContrasts(themed);
                assert.equal(contrasts.length, 8);
                for (const { button, contrast } of contrasts) {
                    assert.ok(contrast >= 4.5, `${theme}: "${button}" has contrast ${contrast.toFixed(2)}:1`);
                }
            } finally {
                await themed.close();
            }
        }
    });

    it('says the size of its pane when ready and again once a resize settles', async () => {
        const ready = (await preview.posted())[0] as Extract<FromWebviewMessage, { type: 'ready' }>;
        assert.equal(ready.pane.width, 900);
        assert.ok(ready.pane.height > 450 && ready.pane.height < 600, `the pane is the page less the toolbar: ${ready.pane.height}`);
        await preview.page.setViewportSize({ width: 700, height: 800 });
        const resized = await preview.waitForPosted((m): m is Extract<FromWebviewMessage, { type: 'resize' }> => m.type === 'resize');
        assert.equal(resized.pane.width, 700);
        assert.ok(resized.pane.height > 650 && resized.pane.height < 800, `${resized.pane.height}`);
        assert.equal((await preview.posted()).filter(m => m.type === 'resize').length, 1, 'one message for one resize');
    });

    it('shows the title, source and legend as page text above the drawing, and gives nodes and the drawing real titles', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        assert.equal(await preview.page.textContent('#heading-title'), 'Paths <b>&</b>', 'the title is text, not markup');
        assert.equal(await preview.page.$$eval('#heading b', nodes => nodes.length), 0);
        assert.equal(await preview.page.textContent('#heading-facts'), 'https://example.com/paths · as of 2024-07-03');
        assert.deepEqual(await preview.page.$$eval('#heading-key .key', nodes => nodes.map(node => node.textContent)), ['solid: next step', 'dashed: dive deep', 'Solutions Architect']);
        assert.equal(await preview.page.$eval('#heading-key .swatch', node => getComputedStyle(node).backgroundColor), 'rgb(232, 89, 12)');
        assert.ok(await preview.page.isVisible('#heading'));
        // The browser's tooltip on a node is the cert's name and code; the drawing is named by the tree's title.
        assert.equal(await preview.page.$eval('#canvas g[id="n_cp"] > title', node => node.textContent), 'AWS Certified Cloud Practitioner (CLF-C02)');
        assert.equal(await preview.page.$eval('#canvas svg > title', node => node.textContent), 'Paths <b>&</b>');
    });

    it('follows a theme switch: reports it and takes the new colours', async () => {
        await preview.send(diagram(1));
        await preview.waitForPosted(isRendered(1));
        const lightBackground = await preview.page.$eval('body', body => getComputedStyle(body).backgroundColor);
        assert.equal(lightBackground, 'rgb(255, 255, 255)');
        await preview.setTheme('dark');
        await preview.waitForPosted((m): m is FromWebviewMessage => m.type === 'theme' && m.theme === 'dark');
        assert.equal(await preview.page.$eval('body', body => getComputedStyle(body).backgroundColor), 'rgb(31, 31, 31)');
        await preview.setTheme('high-contrast');
        await preview.waitForPosted((m): m is FromWebviewMessage => m.type === 'theme' && m.theme === 'high-contrast');
        const stroke = await preview.page.$eval('#canvas g[id="n_cp"] > path, #canvas g[id="n_cp"] > polygon', shape => getComputedStyle(shape).stroke);
        assert.equal(stroke, 'rgb(111, 195, 223)', 'high contrast outlines nodes with the contrast border colour');
    });

    it('draws cert icons from the data URIs the server sends, and no other image', async () => {
        const icon = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><circle cx="12" cy="12" r="10" fill="#ff9900"/></svg>').toString('base64')}`;
        const dot = `digraph { node [shape=box]; "a" [id="n_a", label=<<TABLE BORDER="0"><TR><TD><IMG SRC="certtree-icon-1"/></TD></TR><TR><TD>With icon</TD></TR></TABLE>>]; "b" [id="n_b", image="./not-listed.png", label="No icon"]; a -> b; }`;
        await preview.send({ ...(diagram(1, dot) as Extract<ToWebviewMessage, { type: 'diagram' }>), images: [{ name: 'certtree-icon-1', width: 24, height: 24, href: icon }] });
        await preview.waitForPosted(isRendered(1));
        const hrefs = await preview.page.$$eval('#canvas image', images => images.map(image => image.getAttribute('href') ?? image.getAttribute('xlink:href')));
        assert.deepEqual(hrefs, [icon], 'the listed icon is drawn from its data URI; the unlisted image is left out');
    });

    // Issue: javascript: links and on* attributes were left to the Content-Security-Policy alone.
    it('draws no link and no event attribute, whatever the DOT asks for', async () => {
        const dot = `digraph {
  "a" [id="n_a", label="Link", URL="javascript:alert(1)"];
  "b" [id="n_b", label=<<TABLE><TR><TD HREF=" JaVaScRiPt:alert(2)">Cell</TD></TR></TABLE>>];
  subgraph cluster_c { id="c_c"; label="Group"; href="data:text/html,<script>alert(3)</script>"; "c" [id="n_c"]; }
  a -> b [URL="https://evil.example/edge"];
}`;
        await preview.send(diagram(1, dot));
        await preview.waitForPosted(isRendered(1));
        const attributes = await preview.page.$$eval('#canvas *', elements => elements.flatMap(element => Array.from({ length: element.attributes.length }, (_, i) => element.attributes[i].name)));
        assert.ok(attributes.includes('id'), 'the diagram was drawn');
        assert.deepEqual(attributes.filter(name => /^on|href$/i.test(name)), []);
        assert.deepEqual(await preview.page.$$eval('#canvas a', links => links.length > 0), true, 'Graphviz made links, left without a target');
    });

    it('draws an SVG as a PNG at twice its size for the export', async () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120pt" height="60pt" viewBox="0 0 120 60"><rect width="120" height="60" fill="#ff9900"/></svg>';
        await preview.send({ type: 'rasterize', requestId: 9, svg, scale: 2 });
        const reply = await preview.waitForPosted((m): m is Extract<FromWebviewMessage, { type: 'rasterized' }> => m.type === 'rasterized');
        assert.equal(reply.requestId, 9);
        const png = Buffer.from(reply.png!, 'base64');
        assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
        // 120pt x 60pt is 160 x 80 CSS pixels; twice that.
        assert.equal(png.readUInt32BE(16), 320);
        assert.equal(png.readUInt32BE(20), 160);
    });

    it('enforces its Content-Security-Policy: an injected inline script is blocked', async () => {
        // A page of its own, since this test trips the policy on purpose.
        const probe = await openPreviewPage(browser);
        try {
            const directive = await probe.page.evaluate(
                () =>
                    new Promise<string>(resolve => {
                        document.addEventListener('securitypolicyviolation', event => resolve(event.effectiveDirective), { once: true });
                        const script = document.createElement('script');
                        script.textContent = 'window.__injected = true;';
                        document.body.append(script);
                    }),
            );
            assert.match(directive, /^script-src/);
            assert.equal(await probe.page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected), undefined);
        } finally {
            await probe.close();
        }
    });

    it('enforces its Content-Security-Policy: an injected <base> and a form post are blocked', async () => {
        // A page of its own, since this test trips the policy on purpose.
        const probe = await openPreviewPage(browser);
        try {
            const blocked = await probe.page.evaluate(
                () =>
                    new Promise<string[]>(resolve => {
                        const directives: string[] = [];
                        document.addEventListener('securitypolicyviolation', event => {
                            directives.push(event.effectiveDirective);
                            if (directives.length === 2) resolve(directives.sort());
                        });
                        const base = document.createElement('base');
                        base.href = 'https://attacker.certtree.test/';
                        document.head.append(base);
                        const form = document.createElement('form');
                        form.method = 'post';
                        form.action = 'https://attacker.certtree.test/collect';
                        document.body.append(form);
                        form.submit();
                        // Without the directives nothing is reported: answer with what was seen.
                        setTimeout(() => resolve(directives.sort()), 2_000);
                    }),
            );
            assert.deepEqual(blocked, ['base-uri', 'form-action']);
            // A blocked <base> leaves relative URLs resolving against the page itself.
            assert.equal(await probe.page.evaluate(() => document.baseURI), 'https://webview.certtree.test/index.html');
        } finally {
            await probe.close();
        }
    });

    describe('cert names at fit, in the pane the preview is opened in', () => {
        const charts = [
            { file: 'examples/aws-certification-paths.certtree', targets: { '700x800': 7, '1400x800': 10 } },
            { file: 'examples/aws-2024.certtree', targets: { '700x800': 5, '1400x800': 7 } },
        ];
        for (const { file, targets } of charts) {
            for (const [size, target] of Object.entries(targets)) {
                it(`${file} at ${size}: names at least ${target} px high`, async () => {
                    const [width, height] = size.split('x').map(Number);
                    const [document] = await new CliWorkspace().load([file]);
                    const pane = await openPreviewPage(browser, { viewport: { width, height } });
                    try {
                        const ready = await pane.waitForPosted((m): m is Extract<FromWebviewMessage, { type: 'ready' }> => m.type === 'ready');
                        // As the language server answers the preview: laid out for the pane, the heading on the page.
                        const draw = async (sequence: number, box: { width: number; height: number }) => {
                            const prepared = await prepareDiagram(document.parseResult.value as Model, { fit: box, heading: false, today: '2026-12-03' });
                            await pane.send({
                                type: 'diagram', sequence, uri: 'file:///project/chart.certtree', version: 1, view: prepared.diagram.view, dot: prepared.dot,
                                sources: prepared.sources.map(({ id, cert, title }) => ({ id, cert, title })), images: [], title: 'chart.certtree', heading: prepared.heading,
                            });
                            await pane.waitForPosted(isRendered(sequence));
                        };
                        await draw(1, ready.pane);
                        // The heading arrives with the first diagram and takes room from the pane; the
                        // page then reports the new size and the extension lays the diagram out again for it.
                        const settled = await pane.page.$eval('#viewport', element => {
                            const rect = element.getBoundingClientRect();
                            return { width: Math.round(rect.width), height: Math.round(rect.height) };
                        });
                        if (Math.abs(settled.height - ready.pane.height) >= 8 || Math.abs(settled.width - ready.pane.width) >= 8) await draw(2, settled);
                        // The on-screen size of each node's name: its font size through the drawing's transform.
                        const sizes = await pane.page.$$eval('#canvas g.node text[font-weight="bold"]', texts => texts.map(text => {
                            const box = (text as SVGTextElement).getBoundingClientRect();
                            const matrix = (text as SVGTextElement).getScreenCTM()!;
                            return { fontPx: Number(text.getAttribute('font-size')) * Math.hypot(matrix.a, matrix.b), boxHeight: box.height };
                        }));
                        sizes.sort((a, b) => a.fontPx - b.fontPx);
                        const median = sizes[Math.floor(sizes.length / 2)];
                        console.log(`      ${file} in a ${size} pane: names ${median.fontPx.toFixed(2)} px (text box ${median.boxHeight.toFixed(1)} px high)`);
                        assert.ok(median.fontPx >= target, `names are ${median.fontPx.toFixed(2)} px at fit`);
                    } finally {
                        await pane.close();
                    }
                });
            }
        }
    });
});
