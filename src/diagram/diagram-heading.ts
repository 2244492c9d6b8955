// What a diagram says about itself above the drawing: title, source and date, and its legend.
import type { DiagramHeading } from '../shared/protocol.js';
import type { Diagram } from './diagram-model.js';
import { highlightColor } from './highlight-palette.js';

export type { DiagramHeading };

/** The heading as plain text: the DOT writer draws it into the SVG, the preview as HTML text. */
export function diagramHeading(diagram: Diagram): DiagramHeading {
    const facts = [...(diagram.source !== undefined ? [diagram.source] : []), `as of ${diagram.date}`].join(' · ');
    const key = ['solid: next step', 'dashed: dive deep'];
    if (diagram.nodes.some(n => n.marks.nextUp)) key.push('bold outline: next up');
    const heading: DiagramHeading = { facts, key, highlights: diagram.highlights.map(h => ({ role: h.role, color: highlightColor(h.colorIndex) })) };
    if (diagram.title !== undefined) heading.title = diagram.title;
    return heading;
}
