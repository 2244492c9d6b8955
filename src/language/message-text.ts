// Keeps user text readable inside diagnostic messages.

/** C0 and C1 control characters and DEL: a terminal or log would act on them instead of showing them. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Replaces every control character with U+FFFD, so quoted user text cannot move the cursor or colour a terminal. */
export function visibleText(text: string): string {
    return text.replace(CONTROL_CHARACTERS, '\uFFFD');
}

/** Control characters but tab and newline: in text meant for a terminal, lines and columns stay, escapes do not. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text for a terminal or a log: control characters other than tab and newline become U+FFFD. */
export function terminalText(text: string): string {
    return text.replace(TERMINAL_CONTROLS, '\uFFFD');
}

/**
 * Shortens text longer than `max` characters with an ellipsis (a message may quote a
 * 10,000-character id) and makes its control characters visible.
 */
export function shorten(text: string | undefined, max = 80): string {
    if (text === undefined) return '';
    return visibleText(text.length <= max ? text : `${text.slice(0, max - 1)}…`);
}
