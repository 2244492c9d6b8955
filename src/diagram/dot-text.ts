// The one way user text enters DOT: as escaped text inside a Graphviz HTML-like label.

/**
 * Escapes text for a Graphviz HTML-like label (`label=<…>`), so it shows literally:
 * `&`, `<`, `>` and `"` become entities; `\` is doubled, because Graphviz expands escapes
 * such as `\N` (the node's name) even inside HTML labels; a line break becomes `<BR/>`;
 * other control characters, unpaired surrogates and the noncharacters U+FFFE and U+FFFF (which
 * XML, and so Graphviz's label parser and SVG, do not allow) become U+FFFD. Braces, `|` and any other
 * Unicode need nothing: HTML labels give them no meaning. Every label of the diagram is an
 * HTML label, so this is the only escaping user text ever needs.
 */
export function escapeDotText(text: string): string {
    return text
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD')
        .replace(/\r\n?/g, '\n')
        .replace(/\t/g, ' ')
        .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '\uFFFD')
        .replace(/[&<>"\\\n]/g, char => ESCAPES[char]);
}

const ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\\': '\\\\',
    '\n': '<BR/>',
};
