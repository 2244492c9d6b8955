// Wraps a label into lines of about a given width, breaking at spaces and keeping the author's line breaks.

/** A dash standing alone between words ("Security – Specialty") stays with the word before it. */
const LONE_DASH = /^[-–—]$/;

/**
 * Lines of about `width` characters, as few as a line up to a third longer allows, and then as
 * even as they can be; a dash between words ends a line rather than beginning the next. A word
 * longer than `hardLimit` is cut.
 */
export function wrapLabel(text: string, width: number, hardLimit = width * 2): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r\n?|\n/)) {
        const words = joinLoneDashes(paragraph.split(/ +/).filter(w => w.length > 0)).flatMap(word => splitLongWord(word, hardLimit));
        const fewest = greedyLines(words, Math.round(width * 4 / 3)).length;
        // The narrowest width that still needs no more lines than that: the most even lines.
        let narrow = Math.max(1, ...words.map(word => [...word].length));
        while (greedyLines(words, narrow).length > fewest) narrow++;
        lines.push(...greedyLines(words, narrow));
    }
    return lines;
}

function greedyLines(words: readonly string[], width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
        if (line.length === 0) line = word;
        else if ([...line].length + 1 + [...word].length <= width) line += ' ' + word;
        else {
            lines.push(line);
            line = word;
        }
    }
    lines.push(line);
    return lines;
}

function joinLoneDashes(words: readonly string[]): string[] {
    const joined: string[] = [];
    for (const word of words) {
        if (LONE_DASH.test(word) && joined.length > 0) joined[joined.length - 1] += ' ' + word;
        else joined.push(word);
    }
    return joined;
}

function splitLongWord(word: string, limit: number): string[] {
    const chars = [...word];
    if (chars.length <= limit) return [word];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += limit) pieces.push(chars.slice(i, i + limit).join(''));
    return pieces;
}
