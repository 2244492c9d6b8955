// The export pipeline shared by the CLI and the language server: model -> diagram -> DOT, JSON or self-contained SVG.
import { buildDiagram } from '../diagram/build-diagram.js';
import type { Diagram } from '../diagram/diagram-model.js';
import { generateDot } from '../diagram/dot-generator.js';
import type { FitBox } from '../diagram/fit-layout.js';
import type { Model } from '../language/generated/ast.js';
import type { DiagramTheme, DiagramView, ExportFormat } from '../shared/protocol.js';
import { inlineIcons, resolveIcons, type IconProblem } from './icon-inliner.js';
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
}

export type ExportOutcome =
    | { kind: 'exported'; content: string; problems: IconProblem[] }
    | { kind: 'failed'; message: string; detail?: string };

/** The versioned JSON form of a diagram, documented in the README for other tools. */
export function diagramJson(diagram: Diagram): string {
    const { view, title, source, date, direction, highlights, styles, clusters, nodes, edges, routes } = diagram;
    const ordered = { format: 'certtree-diagram', version: 1, view, title, source, date, direction, highlights, styles, clusters, nodes, edges, routes };
    return JSON.stringify(ordered, null, 2) + '\n';
}

/** Exports a validated document's diagram; the caller refuses documents with errors first. */
export async function exportDiagram(model: Model, options: ExportOptions): Promise<ExportOutcome> {
    const diagram = buildDiagram(model, options.view);
    if (options.format === 'json') return { kind: 'exported', content: diagramJson(diagram), problems: [] };
    const theme = options.theme ?? 'light';
    // DOT is written without icons: Graphviz elsewhere would look for image files by name.
    if (options.format === 'dot') return { kind: 'exported', content: generateDot(diagram, { theme, fit: options.fit }), problems: [] };
    const icons = await resolveIcons(diagram, options.allowedRoots ?? []);
    const dot = generateDot(diagram, { theme, icons: icons.byCert, fit: options.fit });
    const renderer = options.renderer ?? sharedRenderer();
    const rendered = await renderer.render(dot, { images: icons.sizes, timeoutMs: options.timeoutMs });
    if (rendered.kind === 'failed') return rendered;
    return { kind: 'exported', content: inlineIcons(rendered.svg, icons.dataUris), problems: icons.problems };
}
