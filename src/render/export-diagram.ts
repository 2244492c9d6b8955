// The export pipeline shared by the CLI and the language server: a prepared diagram as DOT, JSON or self-contained SVG.
import type { Diagram } from '../diagram/diagram-model.js';
import type { FitBox } from '../diagram/fit-layout.js';
import type { Model } from '../language/generated/ast.js';
import { retitleSvg } from '../shared/diagram-rendering.js';
import type { DiagramTheme, DiagramView, ExportFormat } from '../shared/protocol.js';
import { inlineIcons, type IconProblem } from './icon-inliner.js';
import { prepareDiagram } from './prepare-diagram.js';
import { sharedRenderer, type SvgRenderer } from './svg-renderer.js';

export interface ExportOptions {
    format: ExportFormat;
    /** Default: the document's `view` statement, else paths. */
    view?: DiagramView;
    /** Default: light. */
    theme?: DiagramTheme;
    /** Folders icons may be read from besides the declaring document's own folder (the workspace). */
    allowedRoots?: string[];
    renderer?: SvgRenderer;
    timeoutMs?: number;
    /** Lay the diagram out for a box of this shape; default: one row of areas. */
    fit?: FitBox;
    /** The plan date of the planning marks (YYYY-MM-DD); default: today. */
    today?: string;
}

export type ExportOutcome =
    | { kind: 'exported'; content: string; problems: IconProblem[] }
    | { kind: 'failed'; message: string; detail?: string };

/** The versioned JSON form of a diagram, documented in the README for other tools. */
export function diagramJson(diagram: Diagram): string {
    const { view, title, source, date, direction, highlights, styles, clusters, nodes, edges, plan } = diagram;
    const ordered = { format: 'certtree-diagram', version: 2, view, title, source, date, direction, highlights, styles, clusters, nodes, edges, plan };
    return JSON.stringify(ordered, null, 2) + '\n';
}

/** Exports a validated document's diagram; the caller refuses documents with errors first. */
export async function exportDiagram(model: Model, options: ExportOptions): Promise<ExportOutcome> {
    const { format, view, theme, fit, today } = options;
    // DOT is written without icons: Graphviz elsewhere would look for image files by name.
    const icons = format === 'svg' ? { allowedRoots: options.allowedRoots ?? [] } : undefined;
    const prepared = await prepareDiagram(model, { view, theme, fit, icons, today });
    if (format === 'json') return { kind: 'exported', content: diagramJson(prepared.diagram), problems: [] };
    if (format === 'dot') return { kind: 'exported', content: prepared.dot, problems: [] };
    const renderer = options.renderer ?? sharedRenderer();
    const rendered = await renderer.render(prepared.dot, { images: prepared.icons?.sizes, timeoutMs: options.timeoutMs });
    if (rendered.kind === 'failed') return rendered;
    const svg = retitleSvg(rendered.svg, prepared.nodeTitles, prepared.heading.title);
    return { kind: 'exported', content: inlineIcons(svg, prepared.icons?.dataUris ?? new Map()), problems: prepared.icons?.problems ?? [] };
}
