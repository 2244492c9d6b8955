// The largest document, the deepest nesting and the longest path CertTree reads: the same in the language server and the CLI.

/**
 * The largest document, in bytes of UTF-8: a hundred times the AWS chart and twice a
 * 20,000-line generated tree. Past it, parsing and linking a junk file of one-letter paths would
 * take seconds and a gigabyte, so such a document is refused with one error where it passes this.
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Blocks (`group`, `area`, `role`, `cert`, `style`) nest at most this deep; real trees nest a handful of levels. */
export const MAX_NESTING_DEPTH = 100;

/** A path has at most this many steps; real paths have fewer than ten. */
export const MAX_PATH_STEPS = 1000;

export interface LimitExceeded {
    /** Where the document first passes the limit. */
    offset: number;
    message: string;
}

export const DOCUMENT_TOO_LARGE_MESSAGE =
    `This document is larger than ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB, the most CertTree reads, so none of it was read; split it into files joined with \`use "./other.certtree"\`.`;

export const NESTING_TOO_DEEP_MESSAGE =
    `Blocks nest more than ${MAX_NESTING_DEPTH} levels deep here, the most CertTree reads, so none of this document was read; flatten the groups.`;

export function pathTooLongMessage(steps: number): string {
    return `This path has ${steps.toLocaleString('en-US')} steps; a path may have at most ${MAX_PATH_STEPS.toLocaleString('en-US')}. Split it into shorter paths.`;
}

/** The first limit the text passes, checked before it is parsed, or undefined when it is within them. */
export function exceededLimit(text: string): LimitExceeded | undefined {
    const tooLarge = offsetPastSizeLimit(text);
    if (tooLarge !== undefined) return { offset: tooLarge, message: DOCUMENT_TOO_LARGE_MESSAGE };
    const tooDeep = offsetPastNestingLimit(text);
    if (tooDeep !== undefined) return { offset: tooDeep, message: NESTING_TOO_DEEP_MESSAGE };
    return undefined;
}

/** The offset of the character whose UTF-8 bytes pass MAX_DOCUMENT_BYTES, or undefined. */
export function offsetPastSizeLimit(text: string): number | undefined {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8: short texts need no counting.
    if (text.length * 3 <= MAX_DOCUMENT_BYTES) return undefined;
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const start = i;
        if (code < 0x80) bytes += 1;
        else if (code < 0x800) bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            bytes += 4;
            i++;
        } else bytes += 3;
        if (bytes > MAX_DOCUMENT_BYTES) return start;
    }
    return undefined;
}

/** The offset of the `{` that opens level MAX_NESTING_DEPTH + 1, skipping strings and comments, or undefined. */
export function offsetPastNestingLimit(text: string): number | undefined {
    let depth = 0;
    // As the lexer does, a quote or `/*` that is never closed is a stray character, not the start of a string or comment.
    let unclosedQuoteFrom = text.length;
    let unclosedCommentFrom = text.length;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '"' && i < unclosedQuoteFrom) {
            let end = i + 1;
            for (; end < text.length && text[end] !== '"'; end++) if (text[end] === '\\') end++;
            if (end < text.length) i = end;
            else unclosedQuoteFrom = i;
        } else if (char === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n') i++;
        } else if (char === '/' && text[i + 1] === '*' && i < unclosedCommentFrom) {
            const end = text.indexOf('*/', i + 2);
            if (end >= 0) i = end + 1;
            else unclosedCommentFrom = i;
        } else if (char === '{') {
            if (++depth > MAX_NESTING_DEPTH) return i;
        } else if (char === '}') {
            depth = Math.max(0, depth - 1);
        }
    }
    return undefined;
}
