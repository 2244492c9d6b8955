// Checks over a document's paths: loops within a role, steps down the tiers, retired certs, planning marks.
import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { catalogOfUri } from './catalogs/index.js';
import { certFacts, certStatus, tierOf, type CertStatus, type Level } from './cert-facts.js';
import { shorten } from './message-text.js';
import { MAX_PATH_STEPS, pathTooLongMessage } from './document-limits.js';
import { IssueCodes, type IssueData } from './diagnostic-codes.js';
import type { Arrow, Cert, CertRef, Model, Path } from './generated/ast.js';
import { isEarned, isGoal } from './generated/ast.js';
import { pathsOf, rolesOf } from './model-queries.js';

/** The paths whose steps are drawn between the same set of nodes: one role's, or those outside roles. */
interface PathContext {
    /** How messages name the context. */
    label: string;
    paths: Path[];
    /** The steps between certs, built when a quick fix needs to know about loops. */
    graph?: StepGraph;
}

interface Edge {
    from: Cert;
    to: Cert;
    arrow: Arrow;
    /** The reference the step leads to; diagnostics about the step stand there. */
    target: CertRef;
}

/** Answers whether a cert, as seen from this document, can be named here (for the successor fix). */
export type NameResolver = (name: string) => Cert | undefined;

export function checkPaths(model: Model, treeDate: string, resolve: NameResolver, accept: ValidationAcceptor): void {
    const contexts = pathContexts(model);
    const onSomePath = new Set<Cert>();
    const statuses = new Map<Cert, CertStatus>();
    const statusOf = (cert: Cert) => {
        let status = statuses.get(cert);
        if (!status) statuses.set(cert, status = certStatus(cert, treeDate));
        return status;
    };
    const levels = new Map<Cert, Level | undefined>();
    const levelOf = (cert: Cert) => {
        if (!levels.has(cert)) levels.set(cert, certFacts(cert).level);
        return levels.get(cert);
    };
    for (const context of contexts) {
        const edges: Edge[] = [];
        for (const path of context.paths) {
            path.steps.forEach((step, index) => {
                for (const ref of step.refs) {
                    const cert = ref.cert?.ref;
                    if (!cert) continue;
                    onSomePath.add(cert);
                    checkRetirement({ ref, path, index }, cert, statusOf(cert), context, resolve, accept);
                }
            });
            // A path past the limit is reported on its own (checkPathLength); its steps are not judged.
            if (path.steps.length <= MAX_PATH_STEPS) addPathEdges(path, edges);
        }
        for (const edge of edges) checkTierStep(edge, levelOf, accept);
        checkLoops(context, edges, accept);
    }
    for (const statement of model.statements) {
        if (!isEarned(statement) && !isGoal(statement)) continue;
        for (const ref of statement.certs) {
            const cert = ref.cert?.ref;
            if (!cert || onSomePath.has(cert)) continue;
            accept('hint', `'${shorten(ref.cert?.$refText ?? '')}' is on no path of this tree, so the diagram does not show it as ${isEarned(statement) ? 'earned' : 'a goal'}.`, {
                node: ref, property: 'cert', code: IssueCodes.MarkNotOnPath, data: { code: IssueCodes.MarkNotOnPath } satisfies IssueData,
            });
        }
    }
    checkGoalsAlreadyEarned(model, accept);
}

/** Every role is a context of its own; paths outside roles (top level and groups) share one. */
function pathContexts(model: Model): PathContext[] {
    const shared: PathContext = { label: 'outside the roles', paths: [] };
    for (const { path, role } of pathsOf(model)) {
        if (role === undefined) shared.paths.push(path);
    }
    const roleContexts = rolesOf(model).map(role => ({ label: `in role '${shorten(role.name ?? '')}'`, paths: role.paths }));
    return [shared, ...roleContexts];
}

/** Adds the path's edges: consecutive steps are joined all-to-all. */
function addPathEdges(path: Path, edges: Edge[]): void {
    for (let i = 0; i + 1 < path.steps.length; i++) {
        const arrow = path.arrows[i] ?? '->';
        for (const source of path.steps[i].refs) {
            const from = source.cert?.ref;
            if (!from) continue;
            for (const target of path.steps[i + 1].refs) {
                const to = target.cert?.ref;
                if (to) edges.push({ from, to, arrow, target });
            }
        }
    }
}

/** A path longer than MAX_PATH_STEPS is an error at its first step past the limit. */
export function checkPathLength(path: Path, accept: ValidationAcceptor): void {
    if (path.steps.length <= MAX_PATH_STEPS) return;
    accept('error', pathTooLongMessage(path.steps.length), {
        node: path, property: 'steps', index: MAX_PATH_STEPS, code: IssueCodes.PathTooLong, data: { code: IssueCodes.PathTooLong } satisfies IssueData,
    });
}

/** A reference where it stands: its path and the index of its step. */
interface PlacedRef {
    ref: CertRef;
    path: Path;
    index: number;
}

function checkRetirement(placed: PlacedRef, cert: Cert, status: CertStatus, context: PathContext, resolve: NameResolver, accept: ValidationAcceptor): void {
    if (status.kind === 'active') return;
    const { ref } = placed;
    const name = shorten(ref.cert?.$refText ?? '');
    const facts = certFacts(cert);
    const renamed = facts.renamed !== undefined;
    const replacement = facts.renamed ?? facts.successor;
    const replacementName = replacement?.ref?.name ?? replacement?.$refText;
    // Offer the replacement as a fix only when this document can name it (bare, else with its
    // catalog's name, where two used catalogs share the id), it is another cert, and the path stays
    // free of loops with it (it may already stand elsewhere on the role's paths).
    const target = replacement?.ref;
    const catalog = target ? catalogOfUri(AstUtils.getDocument(target).uri)?.name : undefined;
    const names = [replacementName, catalog && replacementName ? `${catalog}.${replacementName}` : undefined];
    const nameable = target && target !== cert ? names.find(candidate => candidate !== undefined && resolve(candidate) === target) : undefined;
    const loops = nameable !== undefined && wouldLoop(context, placed, target!);
    const usable = loops ? undefined : nameable;
    let instead = replacementName
        ? renamed
            ? ` It was renamed to '${replacementName}': the same credential, which its holders keep.`
            : ` Its successor is '${replacementName}'.`
        : status.kind === 'retired' ? ' It has no successor.' : '';
    if (loops) instead += ` Putting '${replacementName}' here would make the steps ${context.label} loop, as it already stands on them; change the path by hand.`;
    const data: IssueData = {
        code: status.kind === 'retired' ? IssueCodes.RetiredCert : IssueCodes.RetiringCert,
        refText: ref.cert?.$refText ?? '',
        ...(usable ? { successor: usable, replacement: renamed ? 'renamed' : 'replaced' } : {}),
    };
    const message = status.kind === 'retired'
        ? `Certification '${name}' is retired since ${status.lastDay} (its exam's last day).${instead}`
        : `Certification '${name}' retires on ${status.lastDay} (its exam's last day).${instead}`;
    accept(status.kind === 'retired' ? 'warning' : 'info', message, { node: ref, property: 'cert', code: data.code, data });
}

/**
 * Whether writing `replacement` in place of `ref` would close a loop among the context's steps:
 * it would when the replacement already leads to a step before `ref`, or a step after `ref`
 * already leads to it. Reachability is worked out once per context and replacement.
 */
function wouldLoop(context: PathContext, placed: PlacedRef, replacement: Cert): boolean {
    const graph = context.graph ??= stepGraph(context.paths);
    let reach = graph.reach.get(replacement);
    if (!reach) graph.reach.set(replacement, reach = { from: closure(replacement, graph.outgoing), to: closure(replacement, graph.incoming) });
    const { path, index } = placed;
    const before = index > 0 ? path.steps[index - 1].refs : [];
    const after = index + 1 < path.steps.length ? path.steps[index + 1].refs : [];
    return before.some(other => other.cert?.ref !== undefined && reach.from.has(other.cert.ref))
        || after.some(other => other.cert?.ref !== undefined && reach.to.has(other.cert.ref));
}

interface StepGraph {
    outgoing: Map<Cert, Cert[]>;
    incoming: Map<Cert, Cert[]>;
    reach: Map<Cert, { from: Set<Cert>; to: Set<Cert> }>;
}

function stepGraph(paths: readonly Path[]): StepGraph {
    const graph: StepGraph = { outgoing: new Map(), incoming: new Map(), reach: new Map() };
    const link = (map: Map<Cert, Cert[]>, a: Cert, b: Cert) => {
        const list = map.get(a);
        if (list) list.push(b);
        else map.set(a, [b]);
    };
    for (const path of paths) {
        const edges: Edge[] = [];
        if (path.steps.length <= MAX_PATH_STEPS) addPathEdges(path, edges);
        for (const edge of edges) {
            link(graph.outgoing, edge.from, edge.to);
            link(graph.incoming, edge.to, edge.from);
        }
    }
    return graph;
}

/** The cert itself and every cert reachable from it along `next`. */
function closure(start: Cert, next: Map<Cert, Cert[]>): Set<Cert> {
    const seen = new Set<Cert>([start]);
    const pending = [start];
    while (pending.length > 0) {
        for (const cert of next.get(pending.pop()!) ?? []) {
            if (!seen.has(cert)) {
                seen.add(cert);
                pending.push(cert);
            }
        }
    }
    return seen;
}

/** Professional and specialty certs build on associate and foundational ones, not the other way round. */
function checkTierStep(edge: Edge, levelOf: (cert: Cert) => Level | undefined, accept: ValidationAcceptor): void {
    const fromLevel = levelOf(edge.from);
    const toLevel = levelOf(edge.to);
    if (tierOf(fromLevel) >= 2 && tierOf(toLevel) >= 0 && tierOf(toLevel) <= 1) {
        accept('warning', `This step goes down from ${fromLevel} '${shorten(edge.from.name)}' to ${toLevel} '${shorten(edge.to.name)}'; paths should lead up the tiers.`, {
            node: edge.target, property: 'cert', code: IssueCodes.TierStepDown, data: { code: IssueCodes.TierStepDown } satisfies IssueData,
        });
    }
}

/**
 * Reports each loop among one context's steps once, at the step that closes it. The search is
 * iterative: a generated tree may chain thousands of certs in one role.
 */
function checkLoops(context: PathContext, edges: Edge[], accept: ValidationAcceptor): void {
    const outgoing = new Map<Cert, Edge[]>();
    for (const edge of edges) {
        const list = outgoing.get(edge.from);
        if (list) list.push(edge);
        else outgoing.set(edge.from, [edge]);
    }
    const done = new Set<Cert>();
    // Two paths may take the same step, which finds the same loop twice; loops sharing a cert are still two loops.
    const reported = new Set<string>();
    for (const start of outgoing.keys()) {
        if (done.has(start)) continue;
        // The stack holds the certs on the current walk, with the edge that led to each.
        const stack: Array<{ cert: Cert; via?: Edge; next: number }> = [{ cert: start, next: 0 }];
        const onStack = new Map<Cert, number>([[start, 0]]);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const out = outgoing.get(top.cert) ?? [];
            if (top.next >= out.length) {
                stack.pop();
                onStack.delete(top.cert);
                done.add(top.cert);
                continue;
            }
            const edge = out[top.next++];
            const seenAt = onStack.get(edge.to);
            if (seenAt !== undefined) {
                const loop = stack.slice(seenAt);
                const steps = loop.slice(1).map(entry => entry.via!).concat(edge);
                const key = loopKey(steps);
                if (reported.has(key)) continue;
                reported.add(key);
                const text = [shorten(loop[0].cert.name, 40), ...steps.map(step => `${step.arrow} ${shorten(step.to.name, 40)}`)].join(' ');
                accept('warning', `These steps loop ${context.label}: ${text}. Order these certifications one way.`, {
                    node: edge.target, property: 'cert', code: IssueCodes.PathLoop, data: { code: IssueCodes.PathLoop } satisfies IssueData,
                });
            } else if (!done.has(edge.to)) {
                onStack.set(edge.to, stack.length);
                stack.push({ cert: edge.to, via: edge, next: 0 });
            }
        }
    }
}

/** A loop by its set of steps between certs, whichever arrow or path each step comes from. */
function loopKey(steps: readonly Edge[]): string {
    return steps.map(step => `${step.from.name}\u0000${step.to.name}`).sort().join('\u0001');
}

function checkGoalsAlreadyEarned(model: Model, accept: ValidationAcceptor): void {
    const earned = new Set<Cert>();
    for (const statement of model.statements) {
        if (!isEarned(statement)) continue;
        for (const ref of statement.certs) {
            const cert = ref.cert?.ref;
            if (cert) earned.add(cert);
        }
    }
    for (const statement of model.statements) {
        if (!isGoal(statement)) continue;
        for (const ref of statement.certs) {
            const cert = ref.cert?.ref;
            if (cert && earned.has(cert)) {
                accept('info', `'${shorten(ref.cert?.$refText ?? '')}' is already earned; it needs no goal.`, {
                    node: ref, property: 'cert', code: IssueCodes.GoalAlreadyEarned, data: { code: IssueCodes.GoalAlreadyEarned } satisfies IssueData,
                });
            }
        }
    }
}
