// The planner's rules on one tree at one plan date: what is held, takeable, covered and ready (planning spec, Definitions).
import { tierOf } from '../language/cert-facts.js';
import type { PlanCert, PlanInput } from './plan-input.js';

/** A path reference as the planner sees it on the plan date. */
export interface ResolvedRef {
    /** The cert the path names. */
    cert: string;
    /**
     * The exam that serves this step: the cert itself when takeable; for a retired cert its new
     * name or successor (followed until a takeable one); null when nothing can be taken for it.
     */
    exam: string | null;
    /** Written with `?`, or a retired cert with no replacement (skipped as if optional). */
    optional: boolean;
}

/** Where an exam stands on a path: the path, the step, and the reference it serves. */
export interface Occurrence {
    path: number;
    step: number;
    ref: ResolvedRef;
}

/** The held certs of a moment of the plan: what was held on the plan date plus the exams taken since. */
export type HeldSet = ReadonlySet<string>;

export class Readiness {
    readonly paths: ResolvedRef[][][];
    readonly roles: ReadonlyArray<string | undefined>;
    /** The held certs on the plan date: `earned`, with renamed certs held under both names. */
    readonly held: HeldSet;
    private readonly occurrencesByExam = new Map<string, Occurrence[]>();

    constructor(readonly input: PlanInput, readonly today: string) {
        this.held = heldWithRenames(input);
        this.roles = input.paths.map(path => path.role);
        this.paths = input.paths.map((path, pathIndex) => path.steps.map((step, stepIndex) => step.map(ref => {
            const exam = this.examFor(ref.cert);
            const resolved: ResolvedRef = { cert: ref.cert, exam, optional: ref.optional || exam === null };
            if (exam !== null) {
                let list = this.occurrencesByExam.get(exam);
                if (!list) this.occurrencesByExam.set(exam, list = []);
                list.push({ path: pathIndex, step: stepIndex, ref: resolved });
            }
            return resolved;
        })));
    }

    cert(id: string): PlanCert | undefined {
        return this.input.certs.get(id);
    }

    /** Takeable: not retired on the plan date (its last exam day has not passed). */
    isTakeable(id: string): boolean {
        const lastDay = this.cert(id)?.lastDay;
        return lastDay === undefined || !isIsoDay(lastDay) || lastDay >= this.today;
    }

    /**
     * The exam to take for a cert: itself when takeable, else its new name or its successor,
     * followed while those are retired too; null when the chain ends without a takeable cert.
     */
    examFor(id: string): string | null {
        const seen = new Set<string>();
        let current: string | undefined = id;
        while (current !== undefined && !seen.has(current)) {
            if (this.isTakeable(current)) return current;
            seen.add(current);
            const cert = this.cert(current);
            current = cert?.renamed ?? cert?.successor;
        }
        return null;
    }

    /** The last exam day of a cert that retires within 60 days of the plan date: sit it by then. */
    retiresSoon(id: string): string | undefined {
        const lastDay = this.cert(id)?.lastDay;
        if (lastDay === undefined || !isIsoDay(lastDay) || lastDay < this.today) return undefined;
        return lastDay <= addDays(this.today, 60) ? lastDay : undefined;
    }

    occurrences(exam: string): readonly Occurrence[] {
        return this.occurrencesByExam.get(exam) ?? [];
    }

    isOnPath(exam: string): boolean {
        return this.occurrencesByExam.has(exam);
    }

    isRefHeld(ref: ResolvedRef, held: HeldSet): boolean {
        return held.has(ref.cert) || (ref.exam !== null && held.has(ref.exam));
    }

    /**
     * The index of the last held step of a path, or -1. A step is held when every cert it needs is
     * held: in `y -> g1, g2`, holding g1 alone does not put you past y, which g2 still needs.
     */
    lastHeldStep(path: number, held: HeldSet): number {
        const steps = this.paths[path];
        for (let step = steps.length - 1; step >= 0; step--) {
            const refs = steps[step];
            if (refs.some(ref => this.isRefHeld(ref, held)) && refs.every(ref => ref.optional || this.isRefHeld(ref, held))) return step;
        }
        return -1;
    }

    /** Ready: the first step, or every reference of the step before is covered. */
    isReady(occurrence: Occurrence, held: HeldSet): boolean {
        const { path, step } = occurrence;
        if (step === 0) return true;
        return this.isStepCovered(path, step - 1, held, this.lastHeldStep(path, held));
    }

    /**
     * Covered: every reference of the step is held, or passed (a later step is held), or optional.
     * An optional step is seen through, not jumped over: it counts as covered once the step before
     * it is, so in `a -> b? -> c` c waits for a, as a careful advisor would say.
     */
    isStepCovered(path: number, step: number, held: HeldSet, lastHeld: number): boolean {
        for (let current = step; current >= 0; current--) {
            if (lastHeld > current) return true;
            const refs = this.paths[path][current];
            if (refs.some(ref => !ref.optional && !this.isRefHeld(ref, held))) return false;
            // Every reference held: covered. Some optional one not held: covered if the step before is.
            if (refs.every(ref => this.isRefHeld(ref, held))) return true;
        }
        return true;
    }

    /** Whether an exam can be sat now: ready on some path, or on no path at all (no vendor requires one). */
    canTake(exam: string, held: HeldSet): boolean {
        const occurrences = this.occurrences(exam);
        return occurrences.length === 0 || occurrences.some(occurrence => this.isReady(occurrence, held));
    }

    /** Whether all the exams can be taken, one at a time, each ready when taken (in any order). */
    canTakeAll(exams: Iterable<string>, start: HeldSet = this.held): boolean {
        const held = new Set(start);
        let pending = [...new Set(exams)].filter(exam => !held.has(exam));
        for (let progress = true; progress && pending.length > 0;) {
            progress = false;
            const stuck: string[] = [];
            for (const exam of pending) {
                if (this.canTake(exam, held)) {
                    held.add(exam);
                    progress = true;
                } else stuck.push(exam);
            }
            pending = stuck;
        }
        return pending.length === 0;
    }

    /** Lower tiers first, then document order: the order a plan's exams are taken in when several are ready. */
    compareExams = (a: string, b: string): number => {
        const certA = this.cert(a);
        const certB = this.cert(b);
        return tierOf(certA?.level) - tierOf(certB?.level) || (certA?.order ?? 0) - (certB?.order ?? 0);
    };

    /**
     * Orders exams so that each is ready when taken, taking the lowest tier (then the earliest in the
     * document) among those ready. `missing` holds the exams that never become ready.
     */
    orderExams(exams: Iterable<string>, start: HeldSet = this.held): { order: string[]; missing: string[] } {
        const held = new Set(start);
        // The last held step of each path, worked out when first needed and again when an exam
        // taken stands on the path.
        const lastHeld = new Map<number, number>();
        const lastHeldOf = (path: number) => {
            let step = lastHeld.get(path);
            if (step === undefined) lastHeld.set(path, step = this.lastHeldStep(path, held));
            return step;
        };
        const pending = [...new Set(exams)].filter(exam => !held.has(exam)).sort(this.compareExams);
        const canTake = (exam: string) => {
            const occurrences = this.occurrences(exam);
            return occurrences.length === 0 || occurrences.some(({ path, step }) =>
                step === 0 || this.isStepCovered(path, step - 1, held, lastHeldOf(path)));
        };
        const order: string[] = [];
        for (let index = pending.findIndex(canTake); index >= 0; index = pending.findIndex(canTake)) {
            const [exam] = pending.splice(index, 1);
            order.push(exam);
            held.add(exam);
            for (const { path } of this.occurrences(exam)) lastHeld.delete(path);
        }
        return { order, missing: pending };
    }
}

/** `earned`, closed over renames: holding a cert under its old name is holding it under its new one, and the other way round. */
function heldWithRenames(input: PlanInput): Set<string> {
    const held = new Set(input.earned);
    for (let changed = true; changed;) {
        changed = false;
        for (const cert of input.certs.values()) {
            if (cert.renamed === undefined) continue;
            const oldHeld = held.has(cert.id);
            const newHeld = held.has(cert.renamed);
            if (oldHeld !== newHeld) {
                held.add(cert.id);
                held.add(cert.renamed);
                changed = true;
            }
        }
    }
    return held;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDay(text: string): boolean {
    return ISO_DAY.test(text);
}

/** YYYY-MM-DD plus a number of days, in UTC (a calendar day has no time zone). */
export function addDays(day: string, days: number): string {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}
