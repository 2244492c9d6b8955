// Colours for highlighted roles: each has at least 3:1 contrast on the light and on the dark background.

/** Distinct hues of middle lightness, so each reads on white and on #1e1e1e alike. */
export const HIGHLIGHT_PALETTE: readonly string[] = [
    '#E8590C', // orange
    '#1C7ED6', // blue
    '#2B9A3E', // green
    '#D6336C', // pink
    '#8B5CF6', // violet
    '#B7791F', // ochre
    '#0E9AA7', // teal
    '#E03131', // red
];

/** The colour of the highlight at `index`; past the palette's end, colours repeat. */
export function highlightColor(index: number): string {
    return HIGHLIGHT_PALETTE[index % HIGHLIGHT_PALETTE.length];
}
