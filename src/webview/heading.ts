// The tree's title, source, date and legend above the drawing, as page text: readable at any zoom.
import type { DiagramHeading } from '../shared/protocol.js';

/** Fills the heading element; user text enters only through `textContent`. */
export function showHeading(element: HTMLElement, heading: DiagramHeading): void {
    const [title, facts, key] = ['heading-title', 'heading-facts', 'heading-key'].map(id => element.querySelector<HTMLElement>(`#${id}`));
    if (!title || !facts || !key) return;
    title.textContent = heading.title ?? '';
    title.hidden = heading.title === undefined;
    facts.textContent = heading.facts;
    facts.title = heading.facts;
    const items: HTMLElement[] = heading.key.map(text => textSpan('key', text));
    for (const highlight of heading.highlights) {
        const item = textSpan('key highlight', highlight.role);
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        // Set through the CSS object model, which the page's style-src allows; the colour comes from the palette.
        swatch.style.backgroundColor = highlight.color;
        item.prepend(swatch);
        items.push(item);
    }
    key.replaceChildren(...items);
    element.hidden = false;
}

function textSpan(className: string, text: string): HTMLElement {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
}
