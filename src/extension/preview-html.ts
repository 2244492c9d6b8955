// Builds the preview webview's HTML: a strict Content-Security-Policy and nonce-tagged scripts.
// It imports nothing from `vscode`, so the webview tests build their page with this same function.
import { randomBytes } from 'node:crypto';
import { LAYOUT_TIME_LIMIT_MS } from '../shared/diagram-rendering.js';

export interface PreviewHtmlOptions {
    /** The webview's `cspSource`: the origin its local resources are served from. */
    cspSource: string;
    /** Webview URIs (already passed through `asWebviewUri`). */
    scriptUri: string;
    workerUri: string;
    styleUri: string;
    /** Fixed in tests; a fresh random value otherwise. */
    nonce?: string;
    /** A layout running longer than this is stopped (the tree is too big to redraw as you type). */
    layoutTimeoutMs?: number;
}


/** A nonce for one page load: 128 random bits, base64. */
export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

/** The Content-Security-Policy of the preview page. */
export function previewContentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        // viz.js compiles Graphviz's WebAssembly; that needs 'wasm-unsafe-eval' and nothing looser.
        `script-src 'nonce-${nonce}' 'wasm-unsafe-eval'`,
        // The layout worker is built from the bundle fetched below, as a blob: URL (a worker must
        // be same-origin, and the extension's files are served from another origin).
        `worker-src blob:`,
        `connect-src ${cspSource}`,
        `style-src ${cspSource}`,
        // Icons in the diagram come from the document's folder; the PNG export draws a data: SVG.
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        // default-src does not cover these: an injected <base> could reroute the page's relative
        // URLs, and a form could post the page's content away.
        `base-uri 'none'`,
        `form-action 'none'`,
    ].join('; ');
}

/** The full HTML of the preview. The page holds no user text: everything arrives by message. */
export function buildPreviewHtml(options: PreviewHtmlOptions): string {
    const nonce = options.nonce ?? createNonce();
    const csp = previewContentSecurityPolicy(options.cspSource, nonce);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(options.styleUri)}">
<title>CertTree Preview</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Diagram">
  <span id="title" class="title"></span>
  <span class="group" role="radiogroup" aria-label="View">
    <button type="button" data-view="paths" role="radio" aria-checked="true" title="Paths view: each role with its own copies, like the certification chart">Paths</button>
    <button type="button" data-view="graph" role="radio" aria-checked="false" title="Graph view: one node per certification, merged prerequisites">Graph</button>
  </span>
  <span class="group">
    <button type="button" data-zoom="out" title="Zoom out (-)" aria-label="Zoom out">&#x2212;</button>
    <button type="button" data-zoom="fit" title="Fit to window (0)" aria-label="Fit to window">Fit</button>
    <button type="button" data-zoom="in" title="Zoom in (+)" aria-label="Zoom in">+</button>
  </span>
  <span class="group">
    <button type="button" data-export="svg" title="Export the diagram as SVG">SVG</button>
    <button type="button" data-export="png" title="Export the diagram as PNG (2x)">PNG</button>
    <button type="button" data-export="dot" title="Export the diagram as Graphviz DOT">DOT</button>
  </span>
</div>
<div id="banner" role="alert" hidden tabindex="0"></div>
<div id="heading" hidden>
  <div class="heading-line"><span class="heading-title" id="heading-title"></span> <span class="heading-facts" id="heading-facts"></span></div>
  <div class="heading-key" id="heading-key"></div>
</div>
<div id="viewport" tabindex="0" aria-label="Diagram; drag to pan, wheel or +/- to zoom, 0 to fit">
  <div id="canvas"></div>
</div>
<div id="status" role="status"></div>
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}" data-worker="${escapeAttribute(options.workerUri)}" data-layout-timeout="${options.layoutTimeoutMs ?? LAYOUT_TIME_LIMIT_MS}"></script>
</body>
</html>`;
}

function escapeAttribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
