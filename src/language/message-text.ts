// Keeps user text readable inside diagnostic messages.

/** Shortens text longer than `max` characters with an ellipsis: a message may quote a 10,000-character id. */
export function shorten(text: string | undefined, max = 80): string {
    if (text === undefined) return '';
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
