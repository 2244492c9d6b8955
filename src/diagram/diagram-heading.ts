// What a diagram says about itself above the drawing: title, source and date, and its legend.
import { describeTotals } from '../planning/plan-text.js';
import type { DiagramHeading } from '../shared/protocol.js';
import type { Diagram } from './diagram-model.js';
import { highlightColor } from './highlight-palette.js';

export type { DiagramHeading };

/** The heading as plain text: the DOT writer draws it into the SVG, the preview as HTML text. */
export function diagramHeading(diagram: Diagram): DiagramHeading {
    const facts = [...(diagram.source !== undefined ? [diagram.source] : []), `as of ${diagram.date}`].join(' · ');
    const key = ['solid: next step', 'dashed: dive deep'];
    if (diagram.nodes.some(n => n.marks.nextUp)) key.push('NEXT UP: take next');
    if (diagram.nodes.some(n => n.marks.planStep !== undefined)) key.push('1, 2, …: the plan in order');
    const plan = planSummary(diagram);
    if (plan) key.push(plan);
    const heading: DiagramHeading = { facts, key, highlights: diagram.highlights.map(h => ({ role: h.role, color: highlightColor(h.colorIndex) })) };
    if (diagram.title !== undefined) heading.title = diagram.title;
    return heading;
}

/** The legend's words on the plan: what it is for, its totals and its date. */
function planSummary(diagram: Diagram): string | undefined {
    const { plan } = diagram;
    if (plan.basis === 'none' || plan.exams.length === 0) return undefined;
    const forWhat = plan.basis === 'goals' ? 'the goals' : 'the highlighted roles';
    return `Plan for ${forWhat}: ${describeTotals(plan)} (planned ${plan.today})`;
}
