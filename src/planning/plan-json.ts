// The machine-readable plan of `certtree next --json`, in the shape the planning spec gives.
import type { CertPlan, ExamFacts, GoalPlan } from './planner.js';

export interface PlanJson {
    today: string;
    held: string[];
    nextUp: Array<ExamFacts & { optional: boolean; insteadOf: string | null; goals: string[]; roles: string[] }>;
    goals: GoalPlan[];
    plan: {
        exams: string[];
        minutes: number | null;
        priceUsd: number | null;
        /** What the plan is for: `goals`, `highlights` (no goal, highlighted roles) or `none`. */
        basis: CertPlan['basis'];
        /** Each exam with its facts and reasons, in the plan's order. */
        steps: CertPlan['exams'];
    };
}

export function planJson(plan: CertPlan): PlanJson {
    return {
        today: plan.today,
        held: plan.held,
        nextUp: plan.nextUp.map(({ id, optional, insteadOf, goals, roles, ...facts }) => ({ id, optional, insteadOf, goals, roles, ...facts })),
        goals: plan.goals.map(goal => ({ ...goal })),
        plan: {
            exams: plan.exams.map(exam => exam.id),
            minutes: plan.totals.minutes,
            priceUsd: plan.totals.priceUsd,
            basis: plan.basis,
            steps: plan.exams,
        },
    };
}
