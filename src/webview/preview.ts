// The preview page: receives diagrams from the extension, lays them out in a worker, and lets the
// user zoom, pan, click through to the source, switch views and export.
import { DIAGRAM_FAILED_MESSAGE, LAYOUT_TIME_LIMIT_MS, layoutStoppedMessage, retitleSvg } from '../shared/diagram-rendering.js';
import type { DiagramImage, FitBox } from '../shared/protocol.js';
import type { FromWebviewMessage, PreviewSource, PreviewWebviewState, ToWebviewMessage } from '../shared/preview-messages.js';
import { showHeading } from './heading.js';
import { LayoutWorkerClient } from './layout-worker-client.js';
import { PanZoom } from './pan-zoom.js';
import { ProblemBanner } from './problem-banner.js';
import { rasterizeSvg } from './rasterize.js';
import { currentTheme, watchTheme } from './theme.js';

const vscode = acquireVsCodeApi<PreviewWebviewState>();
const script = document.currentScript as HTMLScriptElement;
/** A layout that takes longer than this is stopped: the tree is too big to redraw on every keystroke. */
const LAYOUT_TIMEOUT_MS = Number(script.dataset.layoutTimeout) || LAYOUT_TIME_LIMIT_MS;
/** The pane must keep a new size this long before diagrams are laid out for it again. */
const RESIZE_SETTLE_MS = 200;

const elements = {
    title: byId('title'),
    banner: byId('banner'),
    heading: byId('heading'),
    viewport: byId('viewport'),
    canvas: byId('canvas'),
    status: byId('status'),
};

const layouts = new LayoutWorkerClient(script.dataset.worker ?? '', LAYOUT_TIMEOUT_MS);
let state: PreviewWebviewState = vscode.getState() ?? {};
const panZoom = new PanZoom(elements.viewport, elements.canvas, (transform, atFit) => saveState({ zoom: transform, atFit }));
if (state.zoom) panZoom.set(state.zoom, state.atFit === true);
const banner = new ProblemBanner(elements.banner, () => post({ type: 'revealProblem' }));

/** The newest message sequence seen; anything older is stale and dropped. */
let latestSequence = -1;
let sources = new Map<string, PreviewSource>();
let highlighted: string[] = [];
let hasDiagram = false;
/** The view of the drawing shown; another view opens fitted, not at this one's zoom. */
let shownView: string | undefined;

function byId(id: string): HTMLElement {
    const element = document.getElementById(id);
    if (!element) throw new Error(`The preview page has no #${id}.`);
    return element;
}

function post(message: FromWebviewMessage): void {
    vscode.postMessage(message);
}

function saveState(change: Partial<PreviewWebviewState>): void {
    state = { ...state, ...change };
    vscode.setState(state);
}

async function showDiagram(message: Extract<ToWebviewMessage, { type: 'diagram' }>): Promise<void> {
    const started = performance.now();
    const outcome = await layouts.layout(message.dot, message.images.map(({ name, width, height }) => ({ name, width, height })));
    // Only the newest diagram may be drawn; a newer one (or a newer error) has arrived meanwhile.
    if (outcome.kind === 'superseded' || message.sequence !== latestSequence) return;
    if (outcome.kind === 'failed') {
        banner.showMessage('The diagram could not be drawn. The details are in the "CertTree" output channel.');
        post({ type: 'renderFailed', sequence: message.sequence, message: DIAGRAM_FAILED_MESSAGE, detail: outcome.errors.join('\n') });
        return;
    }
    if (outcome.kind === 'timeout') {
        const stopped = layoutStoppedMessage(LAYOUT_TIMEOUT_MS);
        banner.showMessage(stopped);
        post({ type: 'renderFailed', sequence: message.sequence, message: stopped, detail: `Layout exceeded ${LAYOUT_TIMEOUT_MS} ms.` });
        return;
    }
    const titles = new Map(message.sources.flatMap(source => (source.title !== undefined ? [[source.id, source.title] as const] : [])));
    const svg = parseSvg(retitleSvg(outcome.svg, titles, message.heading.title), message.images);
    if (!svg) {
        banner.showMessage('The diagram could not be drawn. The details are in the "CertTree" output channel.');
        post({ type: 'renderFailed', sequence: message.sequence, message: 'Graphviz gave an unreadable SVG.', detail: outcome.svg.slice(0, 200) });
        return;
    }
    sources = new Map(message.sources.map(source => [source.id, source]));
    // Swap in one step, keeping the container's transform: no flash and no jump in zoom or pan.
    elements.canvas.replaceChildren(svg);
    const firstForDocument = !hasDiagram || state.uri !== message.uri;
    const viewChanged = hasDiagram && shownView !== message.view;
    hasDiagram = true;
    shownView = message.view;
    elements.title.textContent = message.title;
    showHeading(elements.heading, message.heading);
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
        button.setAttribute('aria-checked', String(button.dataset.view === message.view));
    }
    // A new layout (another view, or rows for a resized pane) is fitted unless the user zoomed in on the last one.
    if (viewChanged || panZoom.atFit || (firstForDocument && !(state.uri === message.uri && state.zoom))) panZoom.fit();
    saveState({ uri: message.uri });
    applyHighlight();
    addNodeMenus();
    banner.hide();
    elements.status.textContent = '';
    const nodeIds = [...svg.querySelectorAll('g.node')].map(node => node.id).filter(id => id.length > 0);
    post({ type: 'rendered', sequence: message.sequence, uri: message.uri, version: message.version, nodeIds, renderMs: performance.now() - started });
}

/** Graphviz's SVG as an element of this page; user text inside it is already text nodes. */
function parseSvg(text: string, images: DiagramImage[]): SVGSVGElement | undefined {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.nodeName !== 'svg' || parsed.querySelector('parsererror')) return undefined;
    // Graphviz's own scripts, links and event attributes never come from CertTree's DOT; should one
    // slip through, remove it rather than leave it to the Content-Security-Policy alone.
    for (const element of root.querySelectorAll('script, foreignObject, iframe, embed, object, set, animate, animateMotion, animateTransform')) element.remove();
    for (const element of [root, ...root.querySelectorAll('*')]) {
        for (const attribute of [...element.attributes]) {
            const name = attribute.name.toLowerCase();
            const isLink = name === 'href' || name.endsWith(':href');
            if (name.startsWith('on') || (isLink && element.localName !== 'image')) element.removeAttribute(attribute.name);
        }
    }
    // Graphviz writes the names the DOT gave the icons; put the icons' data URIs in their place.
    const hrefs = new Map(images.map(image => [image.name, image.href]));
    for (const image of root.querySelectorAll('image')) {
        const name = image.getAttribute('xlink:href') ?? image.getAttribute('href') ?? '';
        const href = hrefs.get(name);
        if (href?.startsWith('data:image/')) {
            image.removeAttribute('xlink:href');
            image.setAttribute('href', href);
        } else {
            image.remove();
        }
    }
    return document.importNode(root, true) as unknown as SVGSVGElement;
}

/**
 * VS Code's webview context menu: a right-click on a cert's node offers the planning commands
 * (`webview/context` items whose `when` reads these keys); the browser's own items are left out.
 */
function addNodeMenus(): void {
    for (const source of sources.values()) {
        if (!source.cert) continue;
        const context = { webviewSection: 'certNode', certId: source.cert, certtreeEarned: !!source.earned, certtreeGoal: !!source.goal, preventDefaultContextMenuItems: true };
        diagramElement(source.id)?.setAttribute('data-vscode-context', JSON.stringify(context));
    }
}

function applyHighlight(): void {
    for (const element of elements.canvas.querySelectorAll('.highlighted')) element.classList.remove('highlighted');
    for (const id of highlighted) {
        diagramElement(id)?.classList.add('highlighted');
    }
    elements.canvas.classList.toggle('has-highlight', highlighted.length > 0);
}

/** The diagram's element with this DOT id (searched in the diagram only: ids may match the page's own). */
function diagramElement(id: string): Element | undefined {
    return elements.canvas.querySelector(`[id="${CSS.escape(id)}"]`) ?? undefined;
}

/** The node or cluster a click landed on, if it came from the source. */
function sourceAt(target: EventTarget | null): PreviewSource | undefined {
    let element = target instanceof Element ? target : undefined;
    while (element && element !== elements.canvas) {
        const source = element.id ? sources.get(element.id) : undefined;
        if (source) return source;
        element = element.parentElement ?? undefined;
    }
    return undefined;
}

elements.canvas.addEventListener('click', event => {
    const source = sourceAt(event.target);
    if (source) post({ type: 'reveal', id: source.id });
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    button.addEventListener('click', () => {
        const view = button.dataset.view;
        if (view === 'paths' || view === 'graph') post({ type: 'switchView', view });
    });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    button.addEventListener('click', () => {
        if (button.dataset.zoom === 'in') panZoom.zoomIn();
        else if (button.dataset.zoom === 'out') panZoom.zoomOut();
        else panZoom.fit();
    });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
        const format = button.dataset.export;
        if (format === 'svg' || format === 'dot' || format === 'png') post({ type: 'export', format });
    });
}

async function rasterize(message: Extract<ToWebviewMessage, { type: 'rasterize' }>): Promise<void> {
    try {
        post({ type: 'rasterized', requestId: message.requestId, png: await rasterizeSvg(message.svg, message.scale) });
    } catch (error) {
        post({ type: 'rasterized', requestId: message.requestId, error: error instanceof Error ? error.message : String(error) });
    }
}

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage>) => {
    const message = event.data;
    switch (message.type) {
        case 'diagram':
            if (message.sequence < latestSequence) return;
            latestSequence = message.sequence;
            void showDiagram(message);
            return;
        case 'problems':
            if (message.sequence < latestSequence) return;
            latestSequence = message.sequence;
            banner.showProblems(message.problems, hasDiagram);
            return;
        case 'unavailable':
            if (message.sequence < latestSequence) return;
            latestSequence = message.sequence;
            banner.showMessage(message.message);
            return;
        case 'highlight':
            highlighted = message.ids;
            applyHighlight();
            return;
        case 'rasterize':
            void rasterize(message);
            return;
        case 'clickNode': {
            diagramElement(message.id)?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
            return;
        }
    }
});

/** The diagram pane's size in CSS pixels: diagrams are laid out for its shape. */
function paneSize(): FitBox {
    const rect = elements.viewport.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
}

let sentPane = paneSize();
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
        const pane = paneSize();
        // Small changes (a scroll bar, a pixel of rounding) keep the layout.
        if (Math.abs(pane.width - sentPane.width) < 8 && Math.abs(pane.height - sentPane.height) < 8) return;
        sentPane = pane;
        post({ type: 'resize', pane });
    }, RESIZE_SETTLE_MS);
}).observe(elements.viewport);

watchTheme(theme => post({ type: 'theme', theme }));
layouts.warmUp();
post({ type: 'ready', theme: currentTheme(), pane: sentPane });
