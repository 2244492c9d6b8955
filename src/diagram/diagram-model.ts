// The diagram model: what a view of a tree draws, independent of Graphviz and of any editor.
import type { CertStatus, Level } from '../language/cert-facts.js';
import type { DiagramView, Range } from '../shared/protocol.js';
import type { GoalPlan, PlanBasis, PlanTotals } from '../planning/planner.js';

/** Where something of the diagram stands in the text: the document and the LSP range. */
export interface SourceLocation {
    uri: string;
    range: Range;
}

export type EdgeKind = 'next' | 'dive_deep';
export type ClusterKind = 'group' | 'area' | 'role' | 'tier';
/** Graphviz `rankdir` values for `direction down|right|up|left`. */
export type RankDirection = 'TB' | 'LR' | 'BT' | 'RL';

/** Planning marks of a node: the planner's answer (planning spec) projected onto the view. */
export interface NodeMarks {
    /** The author holds this cert: drawn filled, with a check mark. */
    earned: boolean;
    /** The planner finds this cert next up where this node stands. */
    nextUp: boolean;
    /** The author aims for this cert: flag marker. */
    goal: boolean;
    /** An exam of the plan (or a retired cert the plan replaces): emphasised. */
    onRoute: boolean;
    /** The exam's place in the plan, from 1. */
    planStep?: number;
    /** For a retired cert: the exam the plan takes in its place (its code, else its name). */
    takeInstead?: string;
}

/** The plan the marks show: its date, what it is for, its exams in order and its totals. */
export interface DiagramPlan {
    today: string;
    basis: PlanBasis;
    exams: string[];
    totals: PlanTotals;
    goals: GoalPlan[];
}

/** A cert's `icon`, as written, and the document that declares the cert (icons are relative to it). */
export interface NodeIcon {
    text: string;
    declaredIn: string;
}

export interface DiagramNode {
    /** The DOT id, also the `id` of the node's `<g>` in the SVG. */
    id: string;
    /** The cert id this node draws. */
    cert: string;
    /** The cert's display name. */
    label: string;
    code?: string;
    level?: Level;
    status: CertStatus;
    /** The cluster the node is drawn in, if any. */
    cluster?: string;
    /** Every reference to this node is marked `?`. */
    optional: boolean;
    marks: NodeMarks;
    icon?: NodeIcon;
    /** The first reference that denotes this node. */
    source: SourceLocation;
}

export interface DiagramEdge {
    /** The DOT id, also the `id` of the edge's `<g>` in the SVG. */
    id: string;
    from: string;
    to: string;
    kind: EdgeKind;
    /** Names of the roles whose paths hold this step (empty outside roles). */
    roles: string[];
    /** Leads into an exam of the plan from the plan or from what is held. */
    onRoute: boolean;
}

export interface DiagramCluster {
    /** The DOT id (`cluster_…`), also the `id` of the cluster's `<g>` in the SVG. */
    id: string;
    label: string;
    kind: ClusterKind;
    parent?: string;
    /** Where the group, area or role is written; tier bands have none. */
    source?: SourceLocation;
}

/** A highlighted role and its place in the highlight palette. */
export interface DiagramHighlight {
    role: string;
    colorIndex: number;
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** The look of one edge kind from a `style` statement; absent fields keep the theme's look. */
export interface EdgeStyle {
    color?: string;
    line?: LineStyle;
    width?: number;
}

export interface Diagram {
    view: DiagramView;
    title?: string;
    source?: string;
    /** The day the tree describes (YYYY-MM-DD). */
    date: string;
    direction: RankDirection;
    nodes: DiagramNode[];
    edges: DiagramEdge[];
    clusters: DiagramCluster[];
    highlights: DiagramHighlight[];
    styles: Partial<Record<EdgeKind, EdgeStyle>>;
    /** The planner's plan that the marks show. */
    plan: DiagramPlan;
}
