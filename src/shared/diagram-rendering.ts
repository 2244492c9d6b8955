// What the language server, the CLI and the preview's webview agree on when they draw a diagram:
// the layout time limit and its message, the names icons go by, and the SVG's titles.
// Plain code only: the server (Node) and the webview bundle (browser) both import this file.

import type { FitBox } from './protocol.js';

/** A layout running longer than this is stopped, in the preview and in exports alike. */
export const LAYOUT_TIME_LIMIT_MS = 20_000;

/** What the user reads when a layout ran past its time limit. */
export function layoutStoppedMessage(limitMs: number = LAYOUT_TIME_LIMIT_MS): string {
    const seconds = limitMs >= 1000 ? `${Math.round(limitMs / 100) / 10} seconds` : `${limitMs} ms`;
    return `The diagram took longer than ${seconds} to lay out and was stopped; split the tree into smaller files or use the graph view.`;
}

/** What the user reads when Graphviz could not draw a diagram CertTree wrote. */
export const DIAGRAM_FAILED_MESSAGE = 'Graphviz could not draw this diagram; this is a bug in CertTree, please report it with the document.';

/** The name the DOT gives the n-th icon (from 1); the SVG names it until its data URI replaces it. */
export function iconImageName(index: number): string {
    return `certtree-icon-${index}`;
}

/** Matches an icon name written by `iconImageName` as a whole attribute value. */
export const ICON_IMAGE_NAME = /^certtree-icon-\d+$/;

/** The tooltip of a cert's node: its full name and code. */
export function nodeTitle(name: string, code: string | undefined): string {
    return code !== undefined ? `${name} (${code})` : name;
}

/**
 * Gives Graphviz's SVG the titles a reader needs: each node's `<title>` (a browser's tooltip)
 * becomes the one in `nodeTitles` by the node's id instead of its internal name, and the SVG
 * itself gets a `<title>` (its accessible name), when `documentTitle` is given.
 */
export function retitleSvg(svg: string, nodeTitles: ReadonlyMap<string, string>, documentTitle: string | undefined): string {
    let result = svg.replace(/(<g id="([^"]*)" class="node">\s*<title>)[^<]*(<\/title>)/g, (whole, open: string, id: string, close: string) => {
        const title = nodeTitles.get(unescapeXml(id));
        return title !== undefined ? `${open}${escapeXml(title)}${close}` : whole;
    });
    if (documentTitle !== undefined) {
        result = result.replace(/<svg\b[^>]*>/, open => `${open}\n<title>${escapeXml(documentTitle)}</title>`);
        // The graph's own title is the DOT graph's name; the tree's title says more.
        result = result.replace(/(<g id="graph0" class="graph"[^>]*>\s*<title>)[^<]*(<\/title>)/, (_, open: string, close: string) => `${open}${escapeXml(documentTitle)}${close}`);
    }
    return result;
}

function escapeXml(text: string): string {
    return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`);
}

function unescapeXml(text: string): string {
    return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
        .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** `1600x900` → { width: 1600, height: 900 }; undefined for anything else (including `none`). */
export function parseFitBox(text: string | undefined): FitBox | undefined {
    const match = /^\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*$/.exec(text ?? '');
    if (!match) return undefined;
    const width = Number(match[1]);
    const height = Number(match[2]);
    return width >= 50 && height >= 50 ? { width, height } : undefined;
}

