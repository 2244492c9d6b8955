// Benchmark: the planner on the 200-cert generated tree with 5 goals, and on the §1 example. Prints medians; never fails on time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Model } from '../../src/language/generated/ast.js';
import { readPlanInput } from '../../src/planning/plan-input.js';
import { planCertifications } from '../../src/planning/planner.js';
import { planTree } from '../../src/planning/plan-tree.js';
import { generatedTree } from '../fixtures/diagram/generate-diagram-tree.js';
import { budget } from './budget.js';
import { loadTree } from '../unit/diagram/load-tree.js';

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

const TODAY = '2026-12-03';

/** The planner's budget (issue "The planner"): under 20 ms at the 200-cert tree with 5 goals. */
const PLANNER_BUDGET_MS = 20;

function time(label: string, model: Model, runs: number): void {
    const input = readPlanInput(model);
    for (let i = 0; i < 5; i++) planCertifications(input, TODAY);
    const planner: number[] = [];
    const whole: number[] = [];
    let plan = planTree(model, TODAY);
    for (let i = 0; i < runs; i++) {
        let started = performance.now();
        plan = planCertifications(input, TODAY);
        planner.push(performance.now() - started);
        started = performance.now();
        planTree(model, TODAY);
        whole.push(performance.now() - started);
    }
    console.log(`${label}: planner ${median(planner).toFixed(2)} ms ${budget(median(planner), PLANNER_BUDGET_MS)}, reading the tree + planner ${median(whole).toFixed(2)} ms (median of ${runs}); `
        + `${input.paths.length} paths, ${input.certs.size} certs, ${plan.goals.length} goals, ${plan.exams.length} exams planned, ${plan.nextUp.length} next up`);
}

async function main(): Promise<void> {
    // The generated tree: 200 certs in four tiers, 40 roles whose paths climb the tiers (c0…c199;
    // the specialties c160…c199, of which the roles use the even ones). Five specialty goals and two
    // earned certs, so the joint route shares some steps and not others.
    const generated = await loadTree(`${generatedTree(200)}\nearned c0, c20\ngoal c160, c170, c182, c190, c198\n`);
    time('200-cert generated tree, 5 goals', generated, 50);
    const example = await loadTree(`${readFileSync('examples/aws-certification-paths.certtree', 'utf8')}\ngoal devops_engineer, security, machine_learning\n`);
    time('§1 example, 3 goals', example, 200);
}

main().catch(error => {
    console.error(error);
    process.exit(1);
});
