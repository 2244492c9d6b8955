// One way for every benchmark to print a figure against its budget (the budgets live in the
// issues that set them). A figure over budget is marked, and `npm run bench` lists the marked
// lines again at the end. Benchmarks never fail on time.

/** What `npm run bench` looks for to list a figure again at the end. */
export const OVER_BUDGET = 'OVER BUDGET';

/** "(budget 50 ms)", with the mark when `ms` is over it. */
export function budget(ms: number, budgetMs: number): string {
    return ms > budgetMs ? `(budget ${budgetMs} ms) ← ${OVER_BUDGET}` : `(budget ${budgetMs} ms)`;
}
