// The route to all goals together: the smallest set of exams, each ready when taken, that makes every goal held.
import type { HeldSet, Readiness } from './readiness.js';

/** Candidate exam sets per cert are kept to the cheapest few; trees are small, this only bounds odd ones. */
const SUPPORTS_PER_CERT = 24;

/**
 * One way to make a cert held: the exams to take. `optimistic` when it counts on a step being
 * covered by a later step that another goal's exams will hold; such a set is checked before use.
 */
interface Support {
    exams: readonly string[];
    optimistic: boolean;
}

export interface RouteResult {
    /** The exams of the joint route, in an order in which each is ready when taken. */
    order: string[];
    /** For each target (in the order given), the exams of the route it needs, in the route's order. */
    servedBy: string[][];
}

/**
 * Finds the smallest set of exams that makes every target held (ties: fewer minutes, lower price,
 * earlier in the document) and an order to take them in.
 *
 * Each target's ways are built backwards along the paths it stands on (an AND over the references
 * of the step before it, an OR over its paths), then one way per target is chosen so that their
 * union is cheapest. A reference counts as covered by a later step only when that step is held
 * already or holds another goal: a route never adds an exam only to skip the steps before it.
 */
export function searchRoute(readiness: Readiness, targets: readonly string[]): RouteResult {
    const search = new SupportSearch(readiness, new Set(targets));
    // A target no way reaches (only through itself) is taken as it stands; the order puts it last.
    const options = targets.map(target => {
        const ways = search.supportsOf(target);
        return ways.length > 0 ? ways : [{ exams: [target], optimistic: false }];
    });
    const cost = new ExamCost(readiness);
    let best: { exams: Set<string>; key: number[]; chosen: Support[] } | undefined;
    // Whether a union that leans on optimistic ways can really be taken in some order.
    const feasible = new Map<string, boolean>();
    const isFeasible = (union: Set<string>) => {
        const key = [...union].sort().join('\u0000');
        let known = feasible.get(key);
        if (known === undefined) feasible.set(key, known = readiness.canTakeAll(union));
        return known;
    };
    // Targets with fewer ways first: the bound then prunes earlier.
    const visitOrder = targets.map((_, index) => index).sort((a, b) => options[a].length - options[b].length);
    const chosen: Support[] = new Array(targets.length);
    // A first answer from certain ways only (their union can always be taken, one way after the
    // other), so the search below starts with a bound.
    const certain = options.map(ways => ways.find(way => !way.optimistic));
    if (certain.every(way => way !== undefined)) {
        const union = new Set(certain.flatMap(way => way!.exams));
        best = { exams: union, key: cost.key(union), chosen: certain as Support[] };
    }
    const visit = (depth: number, union: Set<string>) => {
        // Each target still to choose a way for needs at least itself.
        let bound = union.size;
        for (let later = depth; later < visitOrder.length; later++) if (!union.has(targets[visitOrder[later]])) bound++;
        if (best && bound > best.exams.size) return;
        if (depth === visitOrder.length) {
            const key = cost.key(union);
            if (best && compareKeys(key, best.key) >= 0) return;
            if (chosen.some(support => support.optimistic) && !isFeasible(union)) return;
            best = { exams: new Set(union), key, chosen: [...chosen] };
            return;
        }
        const target = visitOrder[depth];
        for (const support of options[target]) {
            chosen[target] = support;
            const next = new Set(union);
            for (const exam of support.exams) next.add(exam);
            visit(depth + 1, next);
        }
    };
    visit(0, new Set());
    if (!best) return { order: [], servedBy: targets.map(() => []) };
    const { order, missing } = readiness.orderExams(best.exams);
    order.push(...missing);
    // A certain way is exactly what its target needs; one that leaned on other goals' exams gets them back.
    const position = new Map(order.map((exam, index) => [exam, index]));
    const servedBy = best.chosen.map((support, index) => support.optimistic
        ? examsNeededFor(readiness, targets[index], order)
        : [...support.exams].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)));
    return { order, servedBy };
}

/**
 * The exams of the route that one target needs: the route, less every exam (latest first)
 * without which the target is still reached. A way that leaned on another goal's exams gets them back.
 */
function examsNeededFor(readiness: Readiness, target: string, order: readonly string[]): string[] {
    const needed = [...order];
    const reaches = (exams: readonly string[]) => {
        const { order: taken } = readiness.orderExams(exams);
        return taken.includes(target);
    };
    if (!reaches(needed)) return needed.includes(target) ? [target] : [];
    for (let index = needed.length - 1; index >= 0; index--) {
        if (needed[index] === target) continue;
        const without = needed.filter((_, i) => i !== index);
        if (reaches(without)) needed.splice(index, 1);
    }
    return needed;
}

class SupportSearch {
    private readonly memo = new Map<string, Support[]>();
    private readonly inProgress = new Set<string>();
    private readonly cost: ExamCost;

    constructor(private readonly readiness: Readiness, private readonly goals: ReadonlySet<string>) {
        this.cost = new ExamCost(readiness);
    }

    /** The cheapest ways to make `exam` held from the plan date's held set, cheapest first. */
    supportsOf(exam: string): Support[] {
        const held: HeldSet = this.readiness.held;
        if (held.has(exam)) return [{ exams: [], optimistic: false }];
        const known = this.memo.get(exam);
        if (known) return known;
        // A way that needs the cert itself before it is no way; such a branch is cut.
        if (this.inProgress.has(exam)) return [];
        this.inProgress.add(exam);
        const found: Support[] = [];
        const occurrences = this.readiness.occurrences(exam);
        if (occurrences.length === 0) found.push({ exams: [exam], optimistic: false });
        for (const occurrence of occurrences) {
            if (this.readiness.isReady(occurrence, held)) found.push({ exams: [exam], optimistic: false });
            else found.push(...this.waysThrough(occurrence.path, occurrence.step, exam));
        }
        this.inProgress.delete(exam);
        const result = cheapestAntichain(found, this.cost);
        this.memo.set(exam, result);
        return result;
    }

    /** The ways to make the step before `step` covered, then take `exam`. */
    private waysThrough(path: number, step: number, exam: string): Support[] {
        const ways = step === 0 ? [{ exams: [], optimistic: false }] : this.waysToCover(path, step - 1, exam);
        return ways.map(way => ({ exams: union(way.exams, [exam]), optimistic: way.optimistic }));
    }

    /**
     * The ways to make a step covered on the way to `exam`: each reference held, optional ones seen
     * through to the step before them (as `Readiness.isStepCovered` does).
     */
    private waysToCover(path: number, step: number, exam: string): Support[] {
        const held = this.readiness.held;
        const steps = this.readiness.paths[path];
        if (this.readiness.lastHeldStep(path, held) > step) return [{ exams: [], optimistic: false }];
        // A goal on a later step of this path covers this step once it is held; not a goal whose
        // ways are being worked out above this one, which would need this step first.
        const goalLater = steps.slice(step + 1).some(refs => refs.some(ref =>
            ref.exam !== null && ref.exam !== exam && this.goals.has(ref.exam) && !this.inProgress.has(ref.exam)));
        let ways: Support[] = [{ exams: [], optimistic: false }];
        const combine = (options: Support[]) => {
            const combined: Support[] = [];
            for (const way of ways) {
                for (const option of options) combined.push({ exams: union(way.exams, option.exams), optimistic: way.optimistic || option.optimistic });
            }
            ways = cheapestAntichain(combined, this.cost);
        };
        let seeThrough = false;
        for (const ref of steps[step]) {
            if (this.readiness.isRefHeld(ref, held)) continue;
            if (ref.optional || ref.exam === null) {
                seeThrough = true;
                continue;
            }
            const options = [...this.supportsOf(ref.exam)];
            if (goalLater) options.push({ exams: [], optimistic: true });
            combine(options);
            if (ways.length === 0) return ways;
        }
        if (seeThrough && step > 0) combine(this.waysToCover(path, step - 1, exam));
        return ways;
    }
}

/** The comparison of exam sets: fewer exams, then fewer minutes, then lower price, then earlier in the document. */
class ExamCost {
    constructor(private readonly readiness: Readiness) {}

    key(exams: Iterable<string>): number[] {
        let count = 0, minutes = 0, price = 0;
        const orders: number[] = [];
        for (const exam of exams) {
            const cert = this.readiness.cert(exam);
            count++;
            minutes += cert?.minutes ?? 0;
            price += cert?.priceUsd ?? 0;
            orders.push(cert?.order ?? 0);
        }
        return [count, minutes, price, ...orders.sort((a, b) => a - b)];
    }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
}

function union(a: readonly string[], b: readonly string[]): string[] {
    if (b.length === 0) return [...a];
    const set = new Set(a);
    for (const item of b) set.add(item);
    return [...set];
}

/** Drops repeated and dominated sets (a superset of another, no more certain), keeps the cheapest few. */
function cheapestAntichain(supports: Support[], cost: ExamCost): Support[] {
    const keyed = supports.map(support => ({ support, key: cost.key(support.exams), set: new Set(support.exams) }));
    keyed.sort((a, b) => compareKeys(a.key, b.key) || Number(a.support.optimistic) - Number(b.support.optimistic));
    const kept: typeof keyed = [];
    for (const candidate of keyed) {
        const dominated = kept.some(other => other.set.size <= candidate.set.size
            && (!other.support.optimistic || candidate.support.optimistic)
            && [...other.set].every(exam => candidate.set.has(exam)));
        if (dominated) continue;
        kept.push(candidate);
        if (kept.length === SUPPORTS_PER_CERT) break;
    }
    return kept.map(entry => entry.support);
}
