// Writes text as a .certtree string literal, for edits the language server makes in a document.

/** `Data "Wizard"` -> `"Data \"Wizard\""`: quoted, with backslashes and quotes escaped, as the STRING terminal reads it back. */
export function certtreeString(text: string): string {
    return `"${text.replace(/[\\"]/g, char => `\\${char}`)}"`;
}
