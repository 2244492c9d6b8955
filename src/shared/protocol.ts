// Messages between the language server and its clients (the VS Code extension, the CLI's tests).
// Plain types and method names only, so both sides can import this file without pulling a library.

/** A zero-based LSP position and range. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type DiagramView = 'paths' | 'graph';
export type DiagramTheme = 'light' | 'dark';
export type ExportFormat = 'svg' | 'dot' | 'json';

/** A box to lay the diagram out for (CSS pixels; only its shape matters): areas then stack in rows. */
export interface FitBox { width: number; height: number }

/** The diagram's title, source and date, and legend, as plain text (a viewer draws them itself). */
export interface DiagramHeading {
    title?: string;
    /** Source and date, e.g. "https://… · as of 2023-11-29". */
    facts: string;
    /** What the line styles and outlines mean. */
    key: string[];
    /** Highlighted roles with the colour of their edges. */
    highlights: Array<{ role: string; color: string }>;
}

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
    /** Lay the diagram out for a box of this shape (the viewer's pane); default: one row of areas. */
    fit?: FitBox;
    /** Draw the title, source, date and legend into the DOT; default true. The result's `heading` has them as text either way. */
    headingInDiagram?: boolean;
}

/** An icon the diagram's DOT names, with its size in pixels and its content as a data URI. */
export interface DiagramImage { name: string; width: number; height: number; href: string }

/** Where a node or cluster of the diagram comes from in the text. */
export interface DiagramSourceEntry {
    /** The DOT id of the node or cluster (the `id` attribute Graphviz puts into the SVG). */
    id: string;
    /** The cert id a node draws; absent for clusters. */
    cert?: string;
    /** A node's tooltip: the cert's full name and code; absent for clusters. */
    title?: string;
    /** The plan's marks on a node (absent for clusters): what the preview's menus and tests read. */
    marks?: { earned: boolean; goal: boolean; nextUp: boolean; planStep?: number };
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
          heading: DiagramHeading;
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
export interface ExportParams {
    uri: string;
    format: ExportFormat;
    view?: DiagramView;
    theme?: DiagramTheme;
    /** Lay the diagram out for a box of this shape; default: one row of areas. */
    fit?: FitBox;
}
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

/** One certification the planner recommends, as the editor's plan command shows it. */
export interface PlanItem {
    id: string;
    name: string;
    code: string | null;
    level: string | null;
    minutes: number | null;
    priceUsd: number | null;
    /** The exam guide, when the catalog knows it. */
    url: string | null;
    optional: boolean;
    /** The retired cert it replaces. */
    insteadOf: string | null;
    /** Why it is recommended, in words (goals, roles, what it replaces, a near retirement). */
    why: string[];
}

/** Client -> server request: the ranked next-up certs of a document and the plan's totals. */
export const PlanRequest = 'certtree/plan';
export interface PlanParams { uri: string }
export type PlanResult =
    | { kind: 'plan'; uri: string; version: number; today: string; nextUp: PlanItem[]; totals: string }
    | { kind: 'invalid'; errorCount: number; firstError: { message: string; range: Range } }
    | { kind: 'unavailable'; message: string };

/** What the plan's edits do to the text: add to `earned`, add to `goal`, take out of `goal`. */
export type PlanEditAction = 'earn' | 'setGoal' | 'removeGoal';

/** Client -> server request: the text edits that mark a cert earned, set it as a goal or remove the goal. */
export const PlanEditRequest = 'certtree/planEdit';
export interface PlanEditParams { uri: string; cert: string; action: PlanEditAction }
export type PlanEditResult =
    | { kind: 'edit'; version: number; edits: Array<{ range: Range; newText: string }> }
    /** Nothing to change (already earned, not a goal, …): a sentence for the user. */
    | { kind: 'unchanged'; message: string }
    | { kind: 'unavailable'; message: string };
