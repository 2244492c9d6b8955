// Arranges a paths view's areas and roles in rows (columns for `direction right|left`) so the
// drawing's shape comes close to the box it is shown in, instead of one long row.
import type { FitBox } from '../shared/protocol.js';
import type { Diagram, DiagramCluster, DiagramNode } from './diagram-model.js';

export type { FitBox };

/** The size a node will take, in points: `across` the rank direction and `along` it. */
export interface BlockSize {
    across: number;
    along: number;
}

/** What the DOT writer knows about its own drawing, for the estimate. */
export interface FitMetrics {
    /** A node's estimated size in points, as Graphviz will draw it (width, height). */
    nodeSize(node: DiagramNode): { width: number; height: number };
    /** The estimated height of the graph's own label (title, source, legend); 0 when not drawn. */
    headingHeight: number;
    /** Space between neighbouring nodes in a rank, and between ranks, in points. */
    nodeGap: number;
    rankGap: number;
    /** The margins inside an area's and a role's box, in points. */
    areaMargin: number;
    roleMargin: number;
}

/** The top-level clusters of each row, in document order; one row means "as today". */
export interface FitArrangement {
    rows: string[][];
}

/** A row of the drawing: its clusters, and the nodes it is entered through (copies of shared nodes). */
export interface DiagramRow {
    clusters: string[];
    entries: string[];
}

/** A diagram arranged in rows, ready for the DOT writer. */
export interface RowedDiagram {
    diagram: Diagram;
    rows: DiagramRow[];
}

/**
 * Gives every row after the first its own copies of the shared nodes its roles are entered
 * through, so each row reads like a chart of its own and no edge runs past the rows above.
 * A copy keeps its original's cert, marks and place in the text (a click leads to the same
 * reference); its id is the original's with `~` and the row number (never a cert id's character).
 */
export function splitIntoRows(diagram: Diagram, arrangement: FitArrangement): RowedDiagram {
    const rowOfCluster = new Map<string, number>();
    arrangement.rows.forEach((row, index) => row.forEach(id => rowOfCluster.set(id, index)));
    for (const cluster of diagram.clusters) {
        const row = cluster.parent !== undefined ? rowOfCluster.get(cluster.parent) : undefined;
        if (row !== undefined) rowOfCluster.set(cluster.id, row);
    }
    const rowOf = (node: DiagramNode | undefined): number | undefined => (node?.cluster !== undefined ? rowOfCluster.get(node.cluster) : undefined);
    const byId = new Map(diagram.nodes.map(node => [node.id, node]));
    const nodes = [...diagram.nodes];
    const copies = new Map<string, DiagramNode>();
    const rows: DiagramRow[] = arrangement.rows.map(clusters => ({ clusters, entries: [] }));
    const edges = diagram.edges.map(edge => {
        const from = byId.get(edge.from);
        const row = rowOf(byId.get(edge.to));
        if (!from || rowOf(from) !== undefined || row === undefined || row === 0) return edge;
        const id = `${from.id}~${row + 1}`;
        let copy = copies.get(id);
        if (!copy) {
            copy = { ...from, id, marks: { ...from.marks } };
            delete copy.cluster;
            copies.set(id, copy);
            nodes.push(copy);
            rows[row].entries.push(id);
        }
        return { ...edge, from: id };
    });
    return { diagram: { ...diagram, nodes, edges }, rows };
}

/** Cluster label heights, in points. */
const AREA_LABEL = 22;
const ROLE_LABEL = 18;

interface Block {
    cluster: DiagramCluster;
    size: BlockSize;
}

/**
 * Splits the paths view's top-level areas and roles into the rows whose drawing best fits `box`:
 * of every number of rows, the one whose estimated drawing can be scaled up the most to fit.
 * The graph view and trees with fewer than two such clusters stay in one row.
 */
export function arrangeForBox(diagram: Diagram, box: FitBox, metrics: FitMetrics): FitArrangement {
    const blocks = topLevelBlocks(diagram, metrics);
    const single = { rows: [blocks.map(block => block.cluster.id)] };
    if (diagram.view !== 'paths' || blocks.length < 2) return single;
    const sideways = diagram.direction === 'LR' || diagram.direction === 'RL';
    // In the drawing's own terms: rows run across the rank direction and stack along it.
    const boxAcross = sideways ? box.height : box.width;
    const boxAlong = sideways ? box.width : box.height;
    const head = headSize(diagram, metrics, sideways);
    let best = { scale: -1, rows: single.rows };
    for (let count = 1; count <= blocks.length; count++) {
        const rows = balancedRows(blocks, count, metrics.nodeGap);
        const across = Math.max(head.across, ...rows.map(row => rowAcross(row, metrics.nodeGap)));
        const rowsAlong = rows.reduce((sum, row) => sum + Math.max(...row.map(block => block.size.along)), 0);
        // Every row after the first begins with its own copies of the shared nodes it is entered through.
        const entries = (rows.length - 1) * (head.entryAlong + metrics.rankGap);
        const along = head.along + rowsAlong + entries + (rows.length - 1) * metrics.rankGap + (sideways ? 0 : metrics.headingHeight);
        const acrossTotal = across + (sideways ? metrics.headingHeight : 0);
        const scale = Math.min(boxAcross / acrossTotal, boxAlong / along);
        if (scale > best.scale * 1.02) best = { scale, rows: rows.map(row => row.map(block => block.cluster.id)) };
    }
    return { rows: best.rows };
}

/** The areas and the roles outside any area, in document order, with their estimated sizes. */
function topLevelBlocks(diagram: Diagram, metrics: FitMetrics): Block[] {
    const sideways = diagram.direction === 'LR' || diagram.direction === 'RL';
    const oriented = (node: DiagramNode): BlockSize => {
        const { width, height } = metrics.nodeSize(node);
        return sideways ? { across: height, along: width } : { across: width, along: height };
    };
    const roleSize = (role: DiagramCluster): BlockSize => {
        const nodes = diagram.nodes.filter(node => node.cluster === role.id);
        const ranks = rankWithin(diagram, nodes);
        const byRank = new Map<number, BlockSize[]>();
        for (const node of nodes) {
            const rank = ranks.get(node.id) ?? 0;
            byRank.set(rank, [...(byRank.get(rank) ?? []), oriented(node)]);
        }
        let across = role.label.length * 6 + 2 * metrics.roleMargin;
        let along = ROLE_LABEL + 2 * metrics.roleMargin;
        for (const sizes of byRank.values()) {
            across = Math.max(across, sizes.reduce((sum, size) => sum + size.across, 0) + (sizes.length - 1) * metrics.nodeGap + 2 * metrics.roleMargin);
            along += Math.max(...sizes.map(size => size.along));
        }
        along += Math.max(0, byRank.size - 1) * metrics.rankGap;
        return { across, along };
    };
    const blocks: Block[] = [];
    for (const cluster of diagram.clusters) {
        if (cluster.parent !== undefined) continue;
        if (cluster.kind === 'role') blocks.push({ cluster, size: roleSize(cluster) });
        else if (cluster.kind === 'area') {
            const roles = diagram.clusters.filter(c => c.parent === cluster.id && c.kind === 'role').map(roleSize);
            const across = Math.max(cluster.label.length * 7.5, roles.reduce((sum, size) => sum + size.across, 0) + Math.max(0, roles.length - 1) * metrics.nodeGap) + 2 * metrics.areaMargin;
            const along = Math.max(0, ...roles.map(size => size.along)) + AREA_LABEL + 2 * metrics.areaMargin;
            blocks.push({ cluster, size: { across, along } });
        }
    }
    return blocks;
}

/** The size of what stands before the rows: nodes outside areas and roles (the shared nodes), by rank. */
function headSize(diagram: Diagram, metrics: FitMetrics, sideways: boolean): BlockSize & { entryAlong: number } {
    const roleIds = new Set(diagram.clusters.filter(c => c.kind === 'role').map(c => c.id));
    const nodes = diagram.nodes.filter(node => node.cluster === undefined || !roleIds.has(node.cluster));
    const ranks = rankWithin(diagram, nodes);
    const across = new Map<number, number>();
    const along = new Map<number, number>();
    for (const node of nodes) {
        const { width, height } = metrics.nodeSize(node);
        const rank = ranks.get(node.id) ?? 0;
        across.set(rank, (across.get(rank) ?? 0) + (sideways ? height : width) + metrics.nodeGap);
        along.set(rank, Math.max(along.get(rank) ?? 0, sideways ? width : height));
    }
    const alongTotal = [...along.values()].reduce((sum, size) => sum + size + metrics.rankGap, 0);
    return { across: Math.max(0, ...across.values()), along: alongTotal, entryAlong: Math.max(0, ...along.values()) };
}

/** Longest-path ranks of `nodes` over the edges among them; a loop stops where it closes. */
function rankWithin(diagram: Diagram, nodes: readonly DiagramNode[]): Map<string, number> {
    const ids = new Set(nodes.map(node => node.id));
    const incoming = new Map<string, string[]>();
    for (const edge of diagram.edges) {
        if (!ids.has(edge.from) || !ids.has(edge.to) || edge.from === edge.to) continue;
        incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
    }
    const ranks = new Map<string, number>();
    const visiting = new Set<string>();
    const rankOf = (id: string): number => {
        const known = ranks.get(id);
        if (known !== undefined) return known;
        if (visiting.has(id)) return 0;
        visiting.add(id);
        const rank = Math.max(-1, ...(incoming.get(id) ?? []).map(rankOf)) + 1;
        visiting.delete(id);
        ranks.set(id, rank);
        return rank;
    };
    for (const node of nodes) rankOf(node.id);
    return ranks;
}

function rowAcross(row: readonly Block[], gap: number): number {
    return row.reduce((sum, block) => sum + block.size.across, 0) + Math.max(0, row.length - 1) * gap;
}

/** `count` consecutive rows of blocks whose widest row is as narrow as it can be (blocks keep their order). */
function balancedRows(blocks: readonly Block[], count: number, gap: number): Block[][] {
    const n = blocks.length;
    // widest[i][k]: the narrowest possible widest row when the first i blocks fill k rows.
    const widest: number[][] = Array.from({ length: n + 1 }, () => Array<number>(count + 1).fill(Infinity));
    const cut: number[][] = Array.from({ length: n + 1 }, () => Array<number>(count + 1).fill(0));
    widest[0][0] = 0;
    for (let i = 1; i <= n; i++) {
        for (let k = 1; k <= Math.min(i, count); k++) {
            for (let j = k - 1; j < i; j++) {
                const candidate = Math.max(widest[j][k - 1], rowAcross(blocks.slice(j, i), gap));
                if (candidate < widest[i][k]) {
                    widest[i][k] = candidate;
                    cut[i][k] = j;
                }
            }
        }
    }
    const rows: Block[][] = [];
    let end = n;
    for (let k = Math.min(count, n); k > 0; k--) {
        const start = cut[end][k];
        rows.unshift(blocks.slice(start, end));
        end = start;
    }
    return rows;
}
