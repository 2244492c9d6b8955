// Messages between the VS Code extension and its diagram preview webview, both directions.
// Plain types only: the extension (Node) and the webview bundle (browser) both import this file.
import type { DiagramHeading, DiagramImage, DiagramView, FitBox, Range } from './protocol.js';

/** The colour scheme the webview sees through VS Code's body class. */
export type PreviewTheme = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

/** A node or cluster of the drawn diagram that a click can lead back to. */
export interface PreviewSource {
    /** The DOT id, which Graphviz writes as the `id` of the node's `<g>` in the SVG. */
    id: string;
    /** The cert the node draws; absent for clusters. */
    cert?: string;
    /** A node's tooltip: the cert's full name and code. */
    title?: string;
    /** The node's cert is held / a goal: which of the node's menu items apply. */
    earned?: boolean;
    goal?: boolean;
}

/** The problems of a document that cannot be drawn as it stands. */
export interface PreviewProblems {
    errorCount: number;
    firstError: { message: string; range: Range };
}

/** Extension -> webview. */
export type ToWebviewMessage =
    | {
          /** A new diagram: lay it out and draw it, keeping the current zoom and pan. */
          type: 'diagram';
          /** Grows with every diagram the extension sends; a render for an older one is dropped. */
          sequence: number;
          uri: string;
          version: number;
          view: DiagramView;
          dot: string;
          sources: PreviewSource[];
          /** Cert icons the DOT names, as data URIs with their sizes. */
          images: DiagramImage[];
          /** The document's file name, shown in the toolbar. */
          title: string;
          /** The tree's title, source, date and legend, shown above the drawing (the DOT leaves them out). */
          heading: DiagramHeading;
      }
    /** The document has errors: keep the last good picture and show a banner. */
    | { type: 'problems'; sequence: number; uri: string; problems: PreviewProblems }
    /** No diagram can be had (no server, the document closed): a sentence for the user. */
    | { type: 'unavailable'; sequence: number; message: string }
    /** Emphasise the nodes of these DOT ids (the cert under the editor's cursor); empty clears. */
    | { type: 'highlight'; ids: string[] }
    /** Draw this SVG on a canvas at `scale` and send back a PNG. */
    | { type: 'rasterize'; requestId: number; svg: string; scale: number }
    /** Act as if the user clicked the node with this DOT id (used by the extension's tests). */
    | { type: 'clickNode'; id: string };

/** Webview -> extension. */
export type FromWebviewMessage =
    /** The webview's script runs and listens; nothing is posted to it before this. */
    | { type: 'ready'; theme: PreviewTheme; pane: FitBox }
    /** The diagram's pane changed size (debounced); diagrams should now be laid out for it. */
    | { type: 'resize'; pane: FitBox }
    /** VS Code's theme changed; diagrams should now be drawn for this one. */
    | { type: 'theme'; theme: PreviewTheme }
    /** The user clicked a node or cluster. */
    | { type: 'reveal'; id: string }
    /** The user clicked the error banner. */
    | { type: 'revealProblem' }
    /** The user chose a view in the toolbar. */
    | { type: 'switchView'; view: DiagramView }
    /** The user pressed an export button of the toolbar. */
    | { type: 'export'; format: 'svg' | 'dot' | 'png' }
    /** A diagram was drawn: what the user now sees. */
    | { type: 'rendered'; sequence: number; uri: string; version: number; nodeIds: string[]; renderMs: number }
    /** Graphviz could not draw a diagram; the user sees `message`. `detail` is for the log only. */
    | { type: 'renderFailed'; sequence: number; message: string; detail: string }
    /** The PNG asked for by `rasterize`, base64-encoded, or why it could not be made. */
    | { type: 'rasterized'; requestId: number; png?: string; error?: string };

/** Name of the state the webview keeps across reloads (VS Code's setState). */
export interface PreviewWebviewState {
    uri?: string;
    zoom?: { scale: number; x: number; y: number };
    /** The user has not zoomed or panned since the diagram was last fitted: new diagrams are fitted too. */
    atFit?: boolean;
}
