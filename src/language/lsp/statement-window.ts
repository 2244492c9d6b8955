// Where the top-level statement around an offset starts and ends: completion parses and tokenizes
// only that window, since top-level statements are independent of each other.
import type { LangiumDocument } from 'langium';
import type { Model } from '../generated/ast.js';

/** The end of the first top-level statement that ends at or after `offset` (the text's end after the last). */
export function topLevelStatementEnd(document: LangiumDocument<Model>, offset: number): number {
    const statements = document.parseResult.value.statements;
    let low = 0;
    let high = statements.length - 1;
    let end = document.textDocument.getText().length;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const statementEnd = statements[middle].$cstNode?.end ?? 0;
        if (statementEnd >= offset) {
            end = statementEnd;
            high = middle - 1;
        } else {
            low = middle + 1;
        }
    }
    return Math.max(end, offset);
}

/** The offset of the top-level statement holding `offset` (0 before the first). */
export function topLevelStatementStart(document: LangiumDocument<Model>, offset: number): number {
    const statements = document.parseResult.value.statements;
    let low = 0;
    let high = statements.length - 1;
    let start = 0;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const statementOffset = statements[middle].$cstNode?.offset ?? 0;
        if (statementOffset < offset) {
            start = statementOffset;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return start;
}
