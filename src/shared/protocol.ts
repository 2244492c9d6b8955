// Messages between the language server and its clients (the VS Code extension, the CLI's tests).
// Plain types and method names only, so both sides can import this file without pulling a library.

/** A zero-based LSP position and range. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type DiagramView = 'paths' | 'graph';
export type DiagramTheme = 'light' | 'dark';
export type ExportFormat = 'svg' | 'dot' | 'json';

/** Server -> client notification: a document finished validation; previews may ask again. */
export const DocumentValidatedNotification = 'certtree/documentValidated';
export interface DocumentValidatedParams { uri: string; version: number; errorCount: number }

/** Client -> server request: the diagram of a document, as DOT plus the node-to-source map. */
export const DiagramRequest = 'certtree/diagram';
export interface DiagramParams {
    uri: string;
    view?: DiagramView;
    theme?: DiagramTheme;
    /**
     * Draw cert icons. The DOT then names images (`<IMG SRC="certtree-icon-1"/>`) that the result
     * lists in `images`: pass their sizes to viz.js's `images` option and replace each
     * `xlink:href="NAME"` in the SVG with the image's `href` (a data URI). Default: no icons.
     */
    icons?: boolean;
}

/** An icon the diagram's DOT names, with its size in pixels and its content as a data URI. */
export interface DiagramImage { name: string; width: number; height: number; href: string }

/** Where a node or cluster of the diagram comes from in the text. */
export interface DiagramSourceEntry {
    /** The DOT id of the node or cluster (the `id` attribute Graphviz puts into the SVG). */
    id: string;
    /** The cert id a node draws; absent for clusters. */
    cert?: string;
    /** The document the reference stands in, and where. */
    uri: string;
    range: Range;
}

export type DiagramResult =
    | {
          kind: 'diagram';
          uri: string;
          version: number;
          view: DiagramView;
          dot: string;
          sources: DiagramSourceEntry[];
          /** The icons the DOT names; present when the request asked for icons. */
          images?: DiagramImage[];
      }
    | {
          /** The document has errors: a viewer keeps its last good picture and shows these. */
          kind: 'invalid';
          uri: string;
          version: number;
          errorCount: number;
          firstError: { message: string; range: Range };
      }
    | { kind: 'unavailable'; uri: string; message: string };

/** Client -> server request: the exported diagram as text (SVG with inlined icons, DOT or JSON). */
export const ExportRequest = 'certtree/export';
export interface ExportParams { uri: string; format: ExportFormat; view?: DiagramView; theme?: DiagramTheme }
export type ExportResult =
    | { kind: 'exported'; format: ExportFormat; content: string }
    | { kind: 'invalid'; errorCount: number; firstError: { message: string; range: Range } }
    | { kind: 'failed'; message: string };

/**
 * Client -> server request: the text of a built-in catalog document (`certtree-catalog:///aws.certtree`),
 * for clients that cannot open that scheme themselves. Answers an error for any other URI.
 */
export const CatalogTextRequest = 'certtree/catalogText';
export interface CatalogTextParams { uri: string }
export type CatalogTextResult = string;
