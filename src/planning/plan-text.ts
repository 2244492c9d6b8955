// The planner's answers in words, the same in the CLI, the code lens, hover and the editor's plan command.
import type { CertPlan, ExamFacts, ExamReasons } from './planner.js';

/** Name, code, level, minutes and price: what a reader needs to pick an exam. */
export function describeExam(exam: ExamFacts): string {
    const parts = [exam.name];
    if (exam.code !== null) parts.push(exam.code);
    if (exam.level !== null) parts.push(exam.level);
    if (exam.minutes !== null) parts.push(`${exam.minutes} min`);
    if (exam.priceUsd !== null) parts.push(`${exam.priceUsd} USD`);
    return parts.join(' · ');
}

/** Why an exam is there: what it replaces, the goals and roles it serves, and a near retirement. */
export function examReasons(exam: ExamFacts & ExamReasons): string[] {
    const lines: string[] = [];
    if (exam.insteadOf !== null) lines.push(`instead of ${exam.insteadOf}, which is retired`);
    const why: string[] = [];
    if (exam.goals.length > 0) why.push(`${exam.goals.length === 1 ? 'goal' : 'goals'} ${exam.goals.join(', ')}`);
    if (exam.roles.length > 0) why.push(`${exam.roles.length === 1 ? 'role' : 'roles'} ${exam.roles.join(', ')}`);
    if (why.length > 0) lines.push(`for ${why.join('; ')}`);
    if (exam.retiresOn !== null) lines.push(`retires on ${exam.retiresOn}: sit it by then or not at all`);
    return lines;
}

/** `3 exams · 440 min · 600 USD`. */
export function describeTotals(plan: Pick<CertPlan, 'totals'>): string {
    const { exams, minutes, priceUsd } = plan.totals;
    const parts = [`${exams} ${exams === 1 ? 'exam' : 'exams'}`];
    parts.push(minutes === null ? 'minutes unknown' : `${minutes} min`);
    parts.push(priceUsd === null ? 'price unknown' : `${priceUsd} USD`);
    return parts.join(' · ');
}

/**
 * What the plan says about one cert, in a line: held, next up (and why), its step in the plan, or
 * the exam to take in its place. Undefined when the plan does not concern it.
 */
export function certPlanText(plan: CertPlan, id: string): string | undefined {
    const on = `Plan for ${plan.today}`;
    if (plan.held.includes(id)) return `${on}: held.`;
    const step = plan.exams.findIndex(exam => exam.id === id);
    const next = plan.nextUp.find(cert => cert.id === id);
    const parts: string[] = [];
    if (next) parts.push(`next up${next.optional ? ' (optional)' : ''}`);
    if (step >= 0) parts.push(`exam ${step + 1} of ${plan.exams.length}`);
    const reasons = next ?? plan.exams[step];
    if (reasons) {
        const why = examReasons(reasons);
        return `${on}: ${parts.join(', ')}${why.length > 0 ? `; ${why.join('; ')}` : ''}.`;
    }
    const replacement = [...plan.nextUp, ...plan.exams].find(exam => exam.insteadOf === id);
    if (replacement) return `${on}: retired; take ${replacement.id} (${replacement.name}) in its place.`;
    return undefined;
}
