// Turns a diagram into DOT: the single place that decides how a diagram looks in Graphviz.
import type { DiagramTheme } from '../shared/protocol.js';
import { LEVELS } from '../language/cert-facts.js';
import { readColor } from '../language/style-colors.js';
import type { Diagram, DiagramCluster, DiagramEdge, DiagramNode, EdgeStyle } from './diagram-model.js';
import { themeColors, type ThemeColors } from './diagram-theme.js';
import { diagramHeading } from './diagram-heading.js';
import { escapeDotText } from './dot-text.js';
import { arrangeForBox, splitIntoRows, type DiagramRow, type FitBox, type FitMetrics } from './fit-layout.js';
import { wrapLabel } from './label-wrap.js';
import { sharedNamePrefix } from './name-prefix.js';

/** An image Graphviz draws in a node; `src` is the name it is known by in the render's image list. */
export interface DotIcon {
    src: string;
    width: number;
    height: number;
}

export interface DotOptions {
    theme?: DiagramTheme;
    /** Icons by cert id; certs without one are drawn without an image. */
    icons?: ReadonlyMap<string, DotIcon>;
    /** Lay the diagram out for a box of this shape; default: one row, as the document reads. */
    fit?: FitBox;
    /** Draw the title, source, date and legend above the diagram; default true (the preview shows them itself). */
    heading?: boolean;
}

/** Graphviz in WebAssembly knows the metrics of Helvetica (and Times, Courier) only. */
const FONT = 'Helvetica';
const NAME_WIDTH = 22;
const DETAIL_SIZE = 9;
const ICON_BOX = 32;
const POINTS_PER_INCH = 72;

/** Sizes and gaps: as the document reads, or tighter with larger names when drawn for a box. */
interface Spacing {
    nameSize: number;
    nodeSep: number;
    pathsRankSep: number;
    areaMargin: number;
    roleMargin: number;
}

const ROOMY: Spacing = { nameSize: 11, nodeSep: 0.3, pathsRankSep: 0.45, areaMargin: 12, roleMargin: 10 };
/** Drawn for a box, the names are what a reader must read at fit: larger, with less room around them. */
const FITTED: Spacing = { nameSize: 13, nodeSep: 0.22, pathsRankSep: 0.32, areaMargin: 8, roleMargin: 7 };

export function generateDot(diagram: Diagram, options: DotOptions = {}): string {
    return layoutDot(diagram, options).dot;
}

/**
 * The DOT of a diagram and the diagram it draws: with `fit`, a paths view may be arranged in
 * rows, each entered through its own copies of the shared nodes (see `splitIntoRows`).
 */
export function layoutDot(diagram: Diagram, options: DotOptions = {}): { dot: string; drawn: Diagram } {
    const colors = themeColors(options.theme ?? 'light');
    if (!options.fit) return { dot: new DotWriter(diagram, colors, options, []).write(), drawn: diagram };
    const { rows } = arrangeForBox(diagram, options.fit, new DotWriter(diagram, colors, options, []).fitMetrics());
    if (rows.length < 2) return { dot: new DotWriter(diagram, colors, options, []).write(), drawn: diagram };
    const rowed = splitIntoRows(diagram, { rows });
    return { dot: new DotWriter(rowed.diagram, colors, options, rowed.rows).write(), drawn: rowed.diagram };
}

class DotWriter {
    private readonly lines: string[] = [];
    private readonly highlightColors = new Map<string, string>();
    private readonly tierIndex = new Map<string, number>();
    private readonly icons: ReadonlyMap<string, DotIcon>;
    /** The vendor prefix all names share, left off the nodes (the title says it; the tooltip keeps it). */
    private readonly namePrefix: string;
    private readonly spacing: Spacing;

    constructor(private readonly diagram: Diagram, private readonly colors: ThemeColors, private readonly options: DotOptions, private readonly rows: readonly DiagramRow[]) {
        this.icons = options.icons ?? new Map();
        this.spacing = options.fit ? FITTED : ROOMY;
        const heading = diagramHeading(diagram);
        for (const highlight of heading.highlights) this.highlightColors.set(highlight.role, highlight.color);
        for (const node of diagram.nodes) this.tierIndex.set(node.id, node.level ? LEVELS.indexOf(node.level) : 0);
        this.namePrefix = sharedNamePrefix(diagram.nodes.map(node => node.label), diagram.title);
    }

    write(): string {
        const { diagram, colors } = this;
        this.lines.push('digraph certtree {');
        this.lines.push(`  graph [${attributes({
            rankdir: diagram.direction,
            bgcolor: colors.background,
            fontname: FONT,
            fontcolor: colors.text,
            labelloc: 't',
            label: this.options.heading === false ? '' : html(this.graphLabel()),
            nodesep: this.spacing.nodeSep,
            ranksep: diagram.view === 'graph' ? 0.7 : this.spacing.pathsRankSep,
            pad: 0.3,
            newrank: diagram.view === 'graph',
            outputorder: 'edgesfirst',
            // One row after another in document order; Graphviz packs in the drawing's own terms, so
            // for `direction right` the same mode sets the rows (then columns) side by side.
            ...(this.rows.length > 1 ? { pack: true, packmode: 'array_u1' } : {}),
        })}];`);
        this.lines.push(`  node [${attributes({ shape: 'box', style: 'rounded,filled', fontname: FONT, fontsize: this.spacing.nameSize, fontcolor: colors.text, margin: '0.14,0.06', penwidth: 1.2 })}];`);
        this.lines.push(`  edge [${attributes({ fontname: FONT, color: colors.edge, arrowsize: 0.7, penwidth: 1.3 })}];`);
        this.writeClustersAndNodes(undefined, '  ');
        if (diagram.view === 'graph') this.writeTierOrder();
        if (this.rows.length > 1) this.writeRows();
        for (const edge of diagram.edges) this.writeEdge(edge);
        this.lines.push('}');
        return this.lines.join('\n') + '\n';
    }

    private writeClustersAndNodes(parent: string | undefined, indent: string): void {
        for (const cluster of this.diagram.clusters.filter(c => c.parent === parent)) {
            this.lines.push(`${indent}subgraph ${quote(cluster.id)} {`);
            this.lines.push(`${indent}  graph [${attributes(this.clusterAttributes(cluster))}];`);
            this.writeClustersAndNodes(cluster.id, indent + '  ');
            this.lines.push(`${indent}}`);
        }
        for (const node of this.diagram.nodes.filter(n => n.cluster === parent)) {
            this.lines.push(`${indent}${quote(node.id)} [${attributes(this.nodeAttributes(node))}];`);
        }
    }

    private clusterAttributes(cluster: DiagramCluster): Record<string, string | number | boolean | Html> {
        const { colors } = this;
        const label = escapeDotText(cluster.label);
        // Graphviz refuses an empty <B></B> or <I></I>: a blank label is drawn as no label.
        const styled = (tag: 'B' | 'I') => html(label.trim() === '' ? '' : `<${tag}>${label}</${tag}>`);
        switch (cluster.kind) {
            case 'area':
                return { id: cluster.id, label: styled('B'), fontsize: 13, style: 'filled,rounded', fillcolor: colors.area.fill, color: colors.area.border, margin: this.spacing.areaMargin };            case 'role': {
                const color = this.highlightColors.get(cluster.label);
                return {
                    id: cluster.id, label: html(label), fontsize: 11, style: 'filled,rounded', fillcolor: colors.role.fill,
                    color: color ?? colors.role.border, penwidth: color ? 2.5 : 1, fontcolor: color ?? colors.text, margin: this.spacing.roleMargin,
                };
            }
            case 'group':
                return { id: cluster.id, label: styled('I'), fontsize: 11, style: 'filled,rounded,dashed', fillcolor: colors.group.fill, color: colors.group.border, margin: 10 };
            case 'tier':
                return {
                    id: cluster.id, label: styled('B'), fontsize: 12, style: 'filled,rounded', fillcolor: colors.tierBand.fill,
                    color: colors.tierBand.border, fontcolor: colors.mutedText, labeljust: 'l', rank: 'same', margin: 14,
                };
        }
    }

    private nodeAttributes(node: DiagramNode): Record<string, string | number | boolean | Html> {
        const { colors } = this;
        const tier = node.level ? colors.tiers[node.level] : colors.noTier;
        const retired = node.status.kind === 'retired';
        const earned = node.marks.earned;
        const style = ['rounded', 'filled'];
        if (node.optional) style.push('dashed');
        return {
            id: node.id,
            label: html(this.nodeLabel(node)),
            style: style.join(','),
            fillcolor: earned ? tier.strong : retired ? colors.retired.fill : tier.pale,
            color: retired && !earned ? colors.retired.border : tier.strong,
            fontcolor: earned ? colors.textOnStrong : retired ? colors.retired.text : colors.text,
            penwidth: node.marks.onRoute ? 2.4 : 1.2,
        };
    }

    private nodeLabel(node: DiagramNode): string {
        const rows: string[] = [];
        const icon = this.icons.get(node.cert);
        if (icon) {
            // Every icon fits the same box, small ones scaled up and large ones down, keeping their shape.
            const scale = ICON_BOX / Math.max(icon.width, icon.height, 1);
            const width = Math.max(1, Math.round(icon.width * scale));
            const height = Math.max(1, Math.round(icon.height * scale));
            rows.push(`<TR><TD FIXEDSIZE="TRUE" WIDTH="${width}" HEIGHT="${height}"><IMG SRC="${icon.src}" SCALE="TRUE"/></TD></TR>`);
        }
        const name = this.nameLines(node).map(escapeDotText).join('<BR/>');
        const retired = node.status.kind === 'retired';
        rows.push(`<TR><TD><B>${retired ? `<S>${name}</S>` : name}</B></TD></TR>`);
        const details: string[] = [];
        if (node.code !== undefined) details.push(escapeDotText(node.code));
        if (node.optional) details.push('(optional)');
        if (details.length > 0) rows.push(`<TR><TD><FONT POINT-SIZE="${DETAIL_SIZE}">${details.join(' ')}</FONT></TD></TR>`);
        const badges = this.planBadges(node);
        const marks = this.marksOf(node).map(mark => mark.kind === 'goal'
            ? `<FONT COLOR="${node.marks.earned ? this.colors.textOnStrong : this.colors.goal}">${mark.text}</FONT>`
            : escapeDotText(mark.text));
        // The badges share the line of marks, so the plan adds no height to a node.
        const text = marks.length > 0 ? `<FONT POINT-SIZE="${DETAIL_SIZE}"><B>${marks.join(' · ')}</B></FONT>` : undefined;
        if (badges && text) rows.push(`<TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR>${badges}<TD>${text}</TD></TR></TABLE></TD></TR>`);
        else if (badges) rows.push(`<TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR>${badges}</TR></TABLE></TD></TR>`);
        else if (text) rows.push(`<TR><TD>${text}</TD></TR>`);
        return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">${rows.join('')}</TABLE>`;
    }

    /** A cert's name without the vendor prefix the chart's names share. */
    private withoutPrefix(name: string): string {
        return this.namePrefix && name.startsWith(this.namePrefix) ? name.slice(this.namePrefix.length) : name;
    }

    /** The cert's name as drawn on its node: without the shared vendor prefix, wrapped. */
    private nameLines(node: DiagramNode): string[] {
        const name = this.namePrefix && node.label.startsWith(this.namePrefix) ? node.label.slice(this.namePrefix.length) : node.label;
        return wrapLabel(name, NAME_WIDTH);
    }

    private marksOf(node: DiagramNode): Array<{ kind: 'plain' | 'goal'; text: string }> {
        const marks: Array<{ kind: 'plain' | 'goal'; text: string }> = [];
        if (node.marks.earned) marks.push({ kind: 'plain', text: '✓ Earned' });
        if (node.marks.takeInstead !== undefined) marks.push({ kind: 'plain', text: `Take ${this.withoutPrefix(node.marks.takeInstead)} instead` });
        if (node.marks.goal) marks.push({ kind: 'goal', text: '⚑ Goal' });
        if (node.status.kind === 'retired') marks.push({ kind: 'plain', text: `Retired ${node.status.lastDay}` });
        if (node.status.kind === 'retiring') marks.push({ kind: 'plain', text: `Retiring ${node.status.lastDay}` });
        return marks;
    }

    /**
     * Rows of areas and roles: each row after the first is entered through its own copies of the
     * shared nodes, so no edge joins two rows; Graphviz lays each row out on its own and stacks
     * them in order (`packmode`). Invisible links between a row's entries keep the row one piece.
     */
    private writeRows(): void {
        for (const row of this.rows) {
            for (let i = 0; i + 1 < row.entries.length; i++) {
                this.lines.push(`  ${quote(row.entries[i])} -> ${quote(row.entries[i + 1])} [style="invis", constraint=false];`);
            }
        }
    }

    /**
     * The plan on a node: its step number and a "NEXT UP" badge, filled in the plan colour, which the
     * preview's cursor emphasis (an outline) cannot be mistaken for. A retired cert is never next up.
     */
    private planBadges(node: DiagramNode): string | undefined {
        const { badge, textOnBadge } = this.colors.plan;
        const cells: string[] = [];
        if (node.marks.planStep !== undefined) cells.push(`<TD BGCOLOR="${badge}"><FONT COLOR="${textOnBadge}" POINT-SIZE="9"><B> ${node.marks.planStep} </B></FONT></TD>`);
        if (node.marks.nextUp) cells.push(`<TD BGCOLOR="${badge}"><FONT COLOR="${textOnBadge}" POINT-SIZE="9"><B> NEXT UP </B></FONT></TD>`);
        return cells.length > 0 ? cells.join('') : undefined;
    }

    /** Estimates of how big Graphviz will draw things, in points, for choosing the rows. */
    fitMetrics(): FitMetrics {
        const heading = diagramHeading(this.diagram);
        const headingHeight = this.options.heading === false ? 0 : (heading.title !== undefined ? 26 : 0) + 14 + 14 + (heading.highlights.length > 0 ? 18 : 0);
        return {
            headingHeight,
            nodeGap: this.spacing.nodeSep * POINTS_PER_INCH,
            rankGap: this.spacing.pathsRankSep * POINTS_PER_INCH,
            areaMargin: this.spacing.areaMargin,
            roleMargin: this.spacing.roleMargin,
            nodeSize: node => {
                const lines = this.nameLines(node);
                const nameWidth = Math.max(...lines.map(line => [...line].length)) * this.spacing.nameSize * 0.6;
                const details = (node.code ?? '').length + (node.optional ? 11 : 0);
                const marks = this.marksOf(node).reduce((sum, mark) => sum + mark.text.length + 3, 0);
                const width = Math.max(nameWidth, details * DETAIL_SIZE * 0.6, marks * DETAIL_SIZE * 0.62, this.icons.has(node.cert) ? ICON_BOX : 0) + 24;
                const height = (this.icons.has(node.cert) ? ICON_BOX + 2 : 0) + lines.length * this.spacing.nameSize * 1.2 + (details > 0 ? 12 : 0) + (marks > 0 ? 12 : 0) + 12;
                return { width, height };
            },
        };
    }

    private writeEdge(edge: DiagramEdge): void {
        const { colors, diagram } = this;
        const style: EdgeStyle = diagram.styles[edge.kind] ?? {};
        const roleColors = edge.roles.map(role => this.highlightColors.get(role)).filter((c): c is string => c !== undefined);
        const anyHighlight = this.highlightColors.size > 0;
        // A colour the validator rejects is left out rather than passed on: Graphviz would draw it black.
        const styleColor = style.color !== undefined ? readColor(style.color) : undefined;
        const baseColor = styleColor?.kind === 'color' ? styleColor.dot : colors.edge;
        let color = baseColor;
        let width = style.width !== undefined ? clamp(style.width, 0.2, 10) : 1.3;
        if (roleColors.length > 0) {
            color = roleColors.join(':');
            width = Math.max(width, 2);
        } else if (anyHighlight && !edge.onRoute) color = colors.mutedEdge;
        if (edge.onRoute) width = Math.max(width * 2.2, 3.5);
        const attrs: Record<string, string | number | boolean | Html> = {
            id: edge.id,
            style: style.line ?? (edge.kind === 'dive_deep' ? 'dashed' : 'solid'),
            color,
            penwidth: round(width),
        };
        if (edge.kind === 'dive_deep') attrs.arrowhead = 'vee';
        if (diagram.view === 'graph' && this.againstTierOrder(edge)) attrs.constraint = false;
        this.lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [${attributes(attrs)}];`);
    }

    /** In the graph view, an edge from a higher tier to a lower one must not pull the bands out of order. */
    private againstTierOrder(edge: DiagramEdge): boolean {
        return (this.tierIndex.get(edge.from) ?? 0) > (this.tierIndex.get(edge.to) ?? 0);
    }

    /** Invisible edges from each band to the next keep the bands in tier order. */
    private writeTierOrder(): void {
        const firsts = LEVELS.map(level => this.diagram.nodes.find(node => node.level === level)).filter((n): n is DiagramNode => n !== undefined);
        for (let i = 0; i + 1 < firsts.length; i++) {
            this.lines.push(`  ${quote(firsts[i].id)} -> ${quote(firsts[i + 1].id)} [style=invis, weight=10];`);
        }
    }

    private graphLabel(): string {
        const { colors } = this;
        const heading = diagramHeading(this.diagram);
        const rows: string[] = [];
        if (heading.title !== undefined) rows.push(`<TR><TD><FONT POINT-SIZE="20"><B>${escapeDotText(heading.title)}</B></FONT></TD></TR>`);
        rows.push(`<TR><TD><FONT POINT-SIZE="9" COLOR="${colors.mutedText}">${escapeDotText(heading.facts)}</FONT></TD></TR>`);
        rows.push(`<TR><TD><FONT POINT-SIZE="9" COLOR="${colors.mutedText}">${escapeDotText(heading.key.join(' · '))}</FONT></TD></TR>`);
        if (heading.highlights.length > 0) {
            const cells = heading.highlights.map(h =>
                `<TD>${swatch(h.color)}</TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">${escapeDotText(h.role)}</FONT></TD><TD WIDTH="10"></TD>`);
            rows.push(`<TR><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3"><TR>${cells.join('')}</TR></TABLE></TD></TR>`);
        }
        return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0">${rows.join('')}</TABLE>`;
    }
}

/** A short thick line in a legend, like the edges drawn in that colour. */
function swatch(color: string): string {
    return `<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD FIXEDSIZE="TRUE" WIDTH="24" HEIGHT="4" BGCOLOR="${color}"></TD></TR></TABLE>`;
}

/** An HTML-like label, already escaped: written between `<` and `>` instead of quotes. */
interface Html {
    html: string;
}

function html(markup: string): Html {
    return { html: markup };
}

function attributes(values: Record<string, string | number | boolean | Html>): string {
    return Object.entries(values).map(([name, value]) => `${name}=${formatValue(value)}`).join(', ');
}

/**
 * Values other than labels are ids, numbers and keywords this file makes, and style colours that
 * `readColor` has reduced to a known name or hex digits; all are quoted here, the one way into an attribute.
 */
function formatValue(value: string | number | boolean | Html): string {
    if (typeof value === 'object') return `<${value.html}>`;
    if (typeof value === 'number') return String(round(value));
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    return quote(value);
}

function quote(value: string): string {
    return `"${value.replace(/[\\"]/g, char => '\\' + char)}"`;
}

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
