// A document's diagnostics in reading order, and its errors: what the CLI, the diagrams and the lenses report on.
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/** Every diagnostic of the document, by position in the text. */
export function diagnosticsInOrder(document: LangiumDocument): Diagnostic[] {
    return [...(document.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A diagnostic without a severity is an error, as LSP clients read it. */
export function isError(diagnostic: Diagnostic): boolean {
    return (diagnostic.severity ?? 1) === 1;
}

/** The document's errors, by position in the text. */
export function errorsInOrder(document: LangiumDocument): Diagnostic[] {
    return diagnosticsInOrder(document).filter(isError);
}
