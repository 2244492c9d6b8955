// Turns a diagram into DOT: the single place that decides how a diagram looks in Graphviz.
import type { DiagramTheme } from '../shared/protocol.js';
import { LEVELS } from '../language/cert-facts.js';
import { readColor } from '../language/style-colors.js';
import type { Diagram, DiagramCluster, DiagramEdge, DiagramNode, EdgeStyle } from './diagram-model.js';
import { themeColors, type ThemeColors } from './diagram-theme.js';
import { escapeDotText } from './dot-text.js';
import { highlightColor } from './highlight-palette.js';
import { wrapLabel } from './label-wrap.js';

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
}

/** Graphviz in WebAssembly knows the metrics of Helvetica (and Times, Courier) only. */
const FONT = 'Helvetica';
const NAME_WIDTH = 22;
const ICON_BOX = 32;

export function generateDot(diagram: Diagram, options: DotOptions = {}): string {
    return new DotWriter(diagram, themeColors(options.theme ?? 'light'), options.icons ?? new Map()).write();
}

class DotWriter {
    private readonly lines: string[] = [];
    private readonly highlightColors = new Map<string, string>();
    private readonly tierIndex = new Map<string, number>();

    constructor(private readonly diagram: Diagram, private readonly colors: ThemeColors, private readonly icons: ReadonlyMap<string, DotIcon>) {
        for (const highlight of diagram.highlights) this.highlightColors.set(highlight.role, highlightColor(highlight.colorIndex));
        for (const node of diagram.nodes) this.tierIndex.set(node.id, node.level ? LEVELS.indexOf(node.level) : 0);
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
            label: html(this.graphLabel()),
            nodesep: 0.3,
            ranksep: diagram.view === 'graph' ? 0.7 : 0.45,
            pad: 0.3,
            newrank: diagram.view === 'graph',
            outputorder: 'edgesfirst',
        })}];`);
        this.lines.push(`  node [${attributes({ shape: 'box', style: 'rounded,filled', fontname: FONT, fontsize: 11, fontcolor: colors.text, margin: '0.14,0.06', penwidth: 1.2 })}];`);
        this.lines.push(`  edge [${attributes({ fontname: FONT, color: colors.edge, arrowsize: 0.7, penwidth: 1.3 })}];`);
        this.writeClustersAndNodes(undefined, '  ');
        if (diagram.view === 'graph') this.writeTierOrder();
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
                return { id: cluster.id, label: styled('B'), fontsize: 13, style: 'filled,rounded', fillcolor: colors.area.fill, color: colors.area.border, margin: 12 };
            case 'role': {
                const color = this.highlightColors.get(cluster.label);
                return {
                    id: cluster.id, label: html(label), fontsize: 11, style: 'filled,rounded', fillcolor: colors.role.fill,
                    color: color ?? colors.role.border, penwidth: color ? 2.5 : 1, fontcolor: color ?? colors.text, margin: 10,
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
            penwidth: node.marks.nextUp ? 3.2 : 1.2,
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
        const name = wrapLabel(node.label, NAME_WIDTH).map(escapeDotText).join('<BR/>');
        const retired = node.status.kind === 'retired';
        rows.push(`<TR><TD><B>${retired ? `<S>${name}</S>` : name}</B></TD></TR>`);
        const details: string[] = [];
        if (node.code !== undefined) details.push(escapeDotText(node.code));
        if (node.optional) details.push('(optional)');
        if (details.length > 0) rows.push(`<TR><TD><FONT POINT-SIZE="9">${details.join(' ')}</FONT></TD></TR>`);
        const marks: string[] = [];
        if (node.marks.earned) marks.push('✓ Earned');
        if (node.marks.nextUp) marks.push('Next up');
        if (node.marks.goal) marks.push(`<FONT COLOR="${node.marks.earned ? this.colors.textOnStrong : this.colors.goal}">⚑ Goal</FONT>`);
        if (node.status.kind === 'retired') marks.push(`Retired ${escapeDotText(node.status.lastDay)}`);
        if (node.status.kind === 'retiring') marks.push(`Retiring ${escapeDotText(node.status.lastDay)}`);
        if (marks.length > 0) rows.push(`<TR><TD><FONT POINT-SIZE="9"><B>${marks.join(' · ')}</B></FONT></TD></TR>`);
        return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">${rows.join('')}</TABLE>`;
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
        const { diagram, colors } = this;
        const rows: string[] = [];
        if (diagram.title !== undefined) rows.push(`<TR><TD><FONT POINT-SIZE="20"><B>${escapeDotText(diagram.title)}</B></FONT></TD></TR>`);
        const facts: string[] = [];
        if (diagram.source !== undefined) facts.push(escapeDotText(diagram.source));
        facts.push(`as of ${escapeDotText(diagram.date)}`);
        rows.push(`<TR><TD><FONT POINT-SIZE="9" COLOR="${colors.mutedText}">${facts.join(' · ')}</FONT></TD></TR>`);
        const key = ['solid: next step', 'dashed: dive deep'];
        if (diagram.nodes.some(n => n.marks.nextUp)) key.push('bold outline: next up');
        rows.push(`<TR><TD><FONT POINT-SIZE="9" COLOR="${colors.mutedText}">${key.join(' · ')}</FONT></TD></TR>`);
        if (diagram.highlights.length > 0) {
            const cells = diagram.highlights.map(h =>
                `<TD>${swatch(highlightColor(h.colorIndex))}</TD><TD ALIGN="LEFT"><FONT POINT-SIZE="10">${escapeDotText(h.role)}</FONT></TD><TD WIDTH="10"></TD>`);
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
