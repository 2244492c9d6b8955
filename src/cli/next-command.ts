// `certtree next <file>`: which certifications to take next, and the fewest steps to each goal.
import { buildGraphView } from '../diagram/graph-view.js';
import type { Diagram, DiagramNode } from '../diagram/diagram-model.js';
import { readTreeSettings, type TreeSettings } from '../diagram/tree-settings.js';
import { loadCheckedDocument } from './load-checked-document.js';

export const NEXT_USAGE = 'certtree next <file>';

/** Exit code: 0 when the plan was printed; 1 when the document has errors; 2 for bad arguments or an unreadable file. */
export async function runNext(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
    if (args.length !== 1 || args[0].startsWith('-')) {
        err(`certtree next: name exactly one .certtree file.\nUsage: ${NEXT_USAGE}`);
        return 2;
    }
    const document = await loadCheckedDocument('next', args[0], err);
    if (typeof document === 'number') return document;
    const model = document.parseResult.value;
    for (const line of describeNextSteps(buildGraphView(model), readTreeSettings(model))) out(line);
    return 0;
}

/**
 * The plan as lines of text, from the graph view (one node per cert): what is earned, the certs
 * that are next up (spec §5) in the order the tree names them, and the route to each goal.
 */
export function describeNextSteps(diagram: Diagram, settings: Pick<TreeSettings, 'earned' | 'goals'>): string[] {
    const byId = new Map(diagram.nodes.map(node => [node.id, node]));
    const certIds = (nodes: DiagramNode[]) => nodes.map(node => node.cert);
    const lines: string[] = [];
    lines.push(diagram.title ? `${diagram.title} (as of ${diagram.date})` : `As of ${diagram.date}`);
    lines.push(settings.earned.size > 0
        ? `Earned: ${[...settings.earned].join(', ')}`
        : 'Earned: nothing yet (list what you hold with `earned id, …`).');

    const nextUp = diagram.nodes.filter(node => node.marks.nextUp);
    lines.push('');
    if (nextUp.length === 0) {
        lines.push(diagram.nodes.length === 0 ? 'Next up: nothing; the tree has no paths.' : 'Next up: nothing; every certification on the paths is earned.');
    } else {
        lines.push('Next up:');
        const width = Math.max(...nextUp.map(node => node.cert.length));
        for (const node of nextUp) lines.push(`  ${node.cert.padEnd(width)}  ${describeNode(node)}`);
    }

    if (settings.goals.size === 0) return lines;
    lines.push('');
    for (const goal of settings.goals) {
        const route = diagram.routes.find(r => r.goal === goal);
        if (settings.earned.has(goal)) lines.push(`Goal ${goal}: earned.`);
        else if (!diagram.nodes.some(node => node.cert === goal)) lines.push(`Goal ${goal}: on no path of this tree.`);
        else if (!route) lines.push(`Goal ${goal}: no path leads there.`);
        else {
            const steps = certIds(route.nodes.map(id => byId.get(id)!));
            const fromEarned = settings.earned.has(steps[0]);
            lines.push(`Goal ${goal}: ${steps.join(' -> ')}${fromEarned ? '' : ' (from the start: nothing earned leads there)'}`);
        }
    }
    return lines;
}

/** Name, code, level and status: what a reader needs to pick an exam. */
function describeNode(node: DiagramNode): string {
    const parts = [node.label];
    if (node.code) parts.push(node.code);
    if (node.level) parts.push(node.level);
    if (node.optional) parts.push('optional');
    if (node.status.kind === 'retired') parts.push(`retired since ${node.status.lastDay}`);
    if (node.status.kind === 'retiring') parts.push(`retires ${node.status.lastDay}`);
    return parts.join(' · ');
}
