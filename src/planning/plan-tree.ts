// Plans a linked tree: reads the planner's input from the model and plans it on the plan date.
import { today as localToday } from '../language/cert-facts.js';
import type { Model } from '../language/generated/ast.js';
import { readPlanInput } from './plan-input.js';
import { planCertifications, type CertPlan } from './planner.js';

/** The plan of a tree; the plan date is today (local time) unless one is given. */
export function planTree(model: Model, today: string = localToday()): CertPlan {
    return planCertifications(readPlanInput(model), today);
}
