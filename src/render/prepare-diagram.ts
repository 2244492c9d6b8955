// The one way a diagram is prepared for drawing, for the preview, export and the CLI alike:
// document -> diagram (a view) -> DOT with icons, for a theme and a box, with its source map and titles.
import { buildDiagram } from '../diagram/build-diagram.js';
import { diagramHeading, type DiagramHeading } from '../diagram/diagram-heading.js';
import type { Diagram } from '../diagram/diagram-model.js';
import { layoutDot } from '../diagram/dot-generator.js';
import type { FitBox } from '../diagram/fit-layout.js';
import type { Model } from '../language/generated/ast.js';
import type { DiagramSourceEntry, DiagramTheme, DiagramView } from '../shared/protocol.js';
import { nodeTitle } from '../shared/diagram-rendering.js';
import { resolveIcons, type ResolvedIcons } from './icon-inliner.js';

export interface PrepareOptions {
    /** Default: the document's `view` statement, else paths. */
    view?: DiagramView;
    /** Default: light. */
    theme?: DiagramTheme;
    /** Lay the diagram out for a box of this shape; default: one row of areas. */
    fit?: FitBox;
    /** The plan date of the planning marks (YYYY-MM-DD); default: today. */
    today?: string;
    /** Draw cert icons, read from the declaring document's folder or `allowedRoots`; default: none. */
    icons?: { allowedRoots: string[] };
    /** Draw the title, source, date and legend into the diagram; default true. */
    heading?: boolean;
}

export interface PreparedDiagram {
    /** The view as the document describes it (what the JSON export holds). */
    diagram: Diagram;
    /** What the DOT draws: the diagram, arranged for the box (rows may have their own entries). */
    drawn: Diagram;
    dot: string;
    /** Every drawn node and cluster with its place in the text, by DOT id. */
    sources: DiagramSourceEntry[];
    /** Node tooltips (full name and code) by DOT id. */
    nodeTitles: Map<string, string>;
    heading: DiagramHeading;
    /** Present when icons were asked for. */
    icons?: ResolvedIcons;
}

/** Prepares a validated document's diagram; the caller refuses documents with errors first. */
export async function prepareDiagram(model: Model, options: PrepareOptions = {}): Promise<PreparedDiagram> {
    const diagram = buildDiagram(model, options.view, { today: options.today });
    const icons = options.icons ? await resolveIcons(diagram, options.icons.allowedRoots) : undefined;
    const { dot, drawn } = layoutDot(diagram, { theme: options.theme ?? 'light', icons: icons?.byCert, fit: options.fit, heading: options.heading });
    return {
        diagram, drawn, dot, icons,
        sources: sourcesOf(drawn),
        nodeTitles: new Map(drawn.nodes.map(node => [node.id, nodeTitle(node.label, node.code)])),
        heading: diagramHeading(diagram),
    };
}

/** Every node and cluster with a place in the text, by the id Graphviz gives its `<g>` in the SVG. */
export function sourcesOf(diagram: Diagram): DiagramSourceEntry[] {
    const entries: DiagramSourceEntry[] = diagram.nodes.map(node => {
        const { earned, goal, nextUp, planStep } = node.marks;
        const marks = planStep === undefined ? { earned, goal, nextUp } : { earned, goal, nextUp, planStep };
        return { id: node.id, cert: node.cert, title: nodeTitle(node.label, node.code), marks, uri: node.source.uri, range: node.source.range };
    });
    for (const cluster of diagram.clusters) {
        if (cluster.source) entries.push({ id: cluster.id, uri: cluster.source.uri, range: cluster.source.range });
    }
    return entries;
}
