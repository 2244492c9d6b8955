// The planner: which certifications are next up, the joint route to every goal, and the plan's totals (planning spec).
import { tierOf, type Level } from '../language/cert-facts.js';
import type { PlanInput } from './plan-input.js';
import { Readiness, type Occurrence } from './readiness.js';
import { searchRoute } from './route-search.js';

/** What a reader needs to pick an exam; null where the catalog does not know. */
export interface ExamFacts {
    id: string;
    name: string;
    code: string | null;
    level: Level | null;
    minutes: number | null;
    priceUsd: number | null;
    url: string | null;
    /** The exam's last day when it retires within 60 days of the plan date: sit it by then. */
    retiresOn: string | null;
}

/** Why an exam is recommended: what it stands in for, the goals it serves, the roles it leads along. */
export interface ExamReasons {
    /** The retired cert this exam replaces, when the paths name that one. */
    insteadOf: string | null;
    /** The goals whose route uses this exam. */
    goals: string[];
    /** The roles on whose paths it stands (for next up: where it is ready). */
    roles: string[];
}

export interface NextUpCert extends ExamFacts, ExamReasons {
    /** Every step where it is next up is marked `?`. */
    optional: boolean;
}

export type PlannedExam = ExamFacts & ExamReasons;

export type GoalStatus = 'earned' | 'planned' | 'off-path' | 'retired';

export interface GoalPlan {
    id: string;
    status: GoalStatus;
    /** The exams of the joint plan this goal needs, in the plan's order. */
    route: string[];
    /** For a retired goal: the cert planned in its place (its new name or its successor), else null. */
    successor: string | null;
}

/** What the plan is for: the goals; without goals the highlighted roles; with neither, nothing. */
export type PlanBasis = 'goals' | 'highlights' | 'none';

export interface PlanTotals {
    exams: number;
    /** Null when any exam of the plan lacks the fact. */
    minutes: number | null;
    priceUsd: number | null;
}

/** For the views: where on each path a reference is next up, parallel to the input's paths. */
export interface StepMark {
    cert: string;
    /** The exam that serves the reference (itself, or what replaces a retired cert), or null. */
    exam: string | null;
    nextUp: boolean;
}

export interface CertPlan {
    /** The plan date (YYYY-MM-DD). */
    today: string;
    /** Held on the plan date: `earned`, with renamed certs under both names. */
    held: string[];
    /** Ranked, most useful first. */
    nextUp: NextUpCert[];
    goals: GoalPlan[];
    basis: PlanBasis;
    /** The exams to take, in an order in which each is ready when taken. */
    exams: PlannedExam[];
    totals: PlanTotals;
    marks: StepMark[][][];
}

/** Plans a tree on a plan date (YYYY-MM-DD). Pure: the same input and date give the same answer. */
export function planCertifications(input: PlanInput, today: string): CertPlan {
    const readiness = new Readiness(input, today);
    const { marks, nextUpAt } = markNextUp(readiness);
    const goals = planGoals(readiness);
    const basis: PlanBasis = input.goals.length > 0 ? 'goals' : input.highlights.length > 0 ? 'highlights' : 'none';
    const examIds = basis === 'goals' ? goals.order : basis === 'highlights' ? highlightPlan(readiness) : [];
    const goalsUsing = (exam: string) => goals.plans.filter(goal => goal.route.includes(exam)).map(goal => goal.id);
    const highlights = new Set(input.highlights);

    const exams: PlannedExam[] = examIds.map(exam => {
        const occurrences = readiness.occurrences(exam);
        const roles = distinct(occurrences.map(o => readiness.roles[o.path]))
            .filter(role => basis !== 'highlights' || highlights.has(role));
        const goalInstead = input.goals.find(goal => goal !== exam && readiness.examFor(goal) === exam);
        return { ...examFacts(readiness, exam), insteadOf: insteadOf(occurrences) ?? goalInstead ?? null, goals: goalsUsing(exam), roles };
    });

    const nextUp = [...nextUpAt.entries()].map(([exam, occurrences]): NextUpCert & { rank: number[] } => {
        const roles = distinct(occurrences.map(o => readiness.roles[o.path]));
        const served = goalsUsing(exam);
        const cert = readiness.cert(exam);
        return {
            ...examFacts(readiness, exam),
            optional: occurrences.every(o => o.ref.optional),
            insteadOf: insteadOf(occurrences),
            goals: served,
            roles,
            rank: [-served.length, -roles.filter(role => highlights.has(role)).length, -roles.length, tierOf(cert?.level), cert?.order ?? 0],
        };
    }).sort((a, b) => compareRanks(a.rank, b.rank)).map(({ rank: _rank, ...entry }) => entry);

    return {
        today,
        held: [...readiness.held],
        nextUp,
        goals: goals.plans,
        basis,
        exams,
        totals: totalsOf(exams),
        marks,
    };
}

/**
 * Next up: a takeable cert, not held and not passed (no later step of the path held), ready on
 * at least one path. A retired cert's step is served by its replacement, which is what is next up.
 */
function markNextUp(readiness: Readiness): { marks: StepMark[][][]; nextUpAt: Map<string, Occurrence[]> } {
    const nextUpAt = new Map<string, Occurrence[]>();
    const held = readiness.held;
    const marks = readiness.paths.map((steps, path) => {
        const lastHeld = readiness.lastHeldStep(path, held);
        return steps.map((refs, step) => refs.map(ref => {
            const occurrence: Occurrence = { path, step, ref };
            const nextUp = ref.exam !== null && !readiness.isRefHeld(ref, held) && lastHeld <= step && readiness.isReady(occurrence, held);
            if (nextUp && ref.exam !== null) {
                let list = nextUpAt.get(ref.exam);
                if (!list) nextUpAt.set(ref.exam, list = []);
                list.push(occurrence);
            }
            return { cert: ref.cert, exam: ref.exam, nextUp };
        }));
    });
    return { marks, nextUpAt };
}

/** Each goal's status, and the joint route to all goals not yet held. */
function planGoals(readiness: Readiness): { plans: GoalPlan[]; order: string[] } {
    const held = readiness.held;
    const plans: GoalPlan[] = [];
    const targets: string[] = [];
    const targetOf = new Map<GoalPlan, string>();
    for (const id of readiness.input.goals) {
        let plan: GoalPlan;
        let target: string | null = id;
        if (held.has(id)) {
            plan = { id, status: 'earned', route: [], successor: null };
            target = null;
        } else if (!readiness.isTakeable(id)) {
            target = readiness.examFor(id);
            plan = { id, status: 'retired', route: [], successor: target };
        } else {
            plan = { id, status: readiness.isOnPath(id) ? 'planned' : 'off-path', route: [], successor: null };
        }
        plans.push(plan);
        if (target !== null && !held.has(target)) {
            targetOf.set(plan, target);
            if (!targets.includes(target)) targets.push(target);
        }
    }
    const route = searchRoute(readiness, targets);
    for (const [plan, target] of targetOf) plan.route = route.servedBy[targets.indexOf(target)];
    return { plans, order: route.order };
}

/**
 * Without goals: every step of the highlighted roles' paths that is not covered, in an order in
 * which each is ready, lower tiers first, then document order.
 */
function highlightPlan(readiness: Readiness): string[] {
    const highlights = new Set(readiness.input.highlights);
    const held = readiness.held;
    const exams: string[] = [];
    readiness.paths.forEach((steps, path) => {
        const role = readiness.roles[path];
        if (role === undefined || !highlights.has(role)) return;
        const lastHeld = readiness.lastHeldStep(path, held);
        steps.forEach((refs, step) => {
            for (const ref of refs) {
                const covered = ref.optional || readiness.isRefHeld(ref, held) || lastHeld > step;
                if (!covered && ref.exam !== null && !exams.includes(ref.exam)) exams.push(ref.exam);
            }
        });
    });
    const { order, missing } = readiness.orderExams(exams);
    return [...order, ...missing];
}

function examFacts(readiness: Readiness, id: string): ExamFacts {
    const cert = readiness.cert(id);
    return {
        id,
        name: cert?.name ?? id,
        code: cert?.code ?? null,
        level: cert?.level ?? null,
        minutes: cert?.minutes ?? null,
        priceUsd: cert?.priceUsd ?? null,
        url: cert?.url ?? null,
        retiresOn: readiness.retiresSoon(id) ?? null,
    };
}

/** The retired cert an exam stands in for, when no path names the exam itself. */
function insteadOf(occurrences: readonly Occurrence[]): string | null {
    if (occurrences.length === 0 || occurrences.some(o => o.ref.cert === o.ref.exam)) return null;
    return occurrences[0].ref.cert;
}

function totalsOf(exams: readonly PlannedExam[]): PlanTotals {
    const sum = (values: Array<number | null>) => values.some(v => v === null) ? null : values.reduce<number>((total, v) => total + (v ?? 0), 0);
    return { exams: exams.length, minutes: sum(exams.map(e => e.minutes)), priceUsd: sum(exams.map(e => e.priceUsd)) };
}

function distinct(values: ReadonlyArray<string | undefined>): string[] {
    const seen: string[] = [];
    for (const value of values) if (value !== undefined && !seen.includes(value)) seen.push(value);
    return seen;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
}
