// Wraps a label into lines of about a given width, breaking at spaces and keeping the author's line breaks.

/** Lines of at most `width` characters where words allow; a longer word stays whole unless it exceeds `hardLimit`. */
export function wrapLabel(text: string, width: number, hardLimit = width * 2): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r\n?|\n/)) {
        let line = '';
        for (const word of paragraph.split(/ +/).filter(w => w.length > 0)) {
            for (const piece of splitLongWord(word, hardLimit)) {
                if (line.length === 0) line = piece;
                else if (line.length + 1 + piece.length <= width) line += ' ' + piece;
                else {
                    lines.push(line);
                    line = piece;
                }
            }
        }
        lines.push(line);
    }
    return lines;
}

function splitLongWord(word: string, limit: number): string[] {
    const chars = [...word];
    if (chars.length <= limit) return [word];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += limit) pieces.push(chars.slice(i, i + limit).join(''));
    return pieces;
}
