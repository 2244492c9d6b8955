// Formatting: one canonical layout, by rewriting only the whitespace between tokens.
//
// The layout: one statement, cert field, style field, role or path per line; blocks indented by
// two spaces; `a -> b, c` spacing; at most one blank line, none at the start or end of a block;
// comments stay where they are (a trailing comment stays on its line). Because tokens are never
// touched, formatting cannot lose text, and applying it twice changes nothing.
import type { LangiumDocument, Lexer, LexerResult } from 'langium';
import { AstUtils } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentRangeFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import { isCertField, isGroup, isModel, isPath, isRole, isStyleField } from '../generated/ast.js';

const INDENT = '  ';

type IToken = LexerResult['tokens'][number];

export class CertTreeFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
    }

    get formatOnTypeOptions() {
        return undefined;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.computeEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.computeEdits(document).filter(edit => {
            const editStart = document.textDocument.offsetAt(edit.range.start);
            const editEnd = document.textDocument.offsetAt(edit.range.end);
            return editStart >= start && editEnd <= end;
        });
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    /** The whitespace edits that give `document` the canonical layout; none while it has syntax errors. */
    computeEdits(document: LangiumDocument): TextEdit[] {
        const { parseResult, textDocument } = document;
        if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return [];
        const text = textDocument.getText();
        const lexed = this.lexer.tokenize(text);
        const tokens = [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset);
        const lineStarts = statementStarts(document);
        const edits: TextEdit[] = [];
        const replaceGap = (from: number, to: number, wanted: string) => {
            const gap = text.slice(from, to);
            if (gap !== wanted && /^\s*$/.test(gap)) edits.push({ range: rangeOf(document, from, to), newText: wanted });
        };

        let depth = 0;
        let previous: IToken | undefined;
        let previousEnd = 0;
        for (const token of tokens) {
            const gap = text.slice(previousEnd, token.startOffset);
            if (token.image === '}') depth = Math.max(0, depth - 1);
            let wanted: string;
            if (!previous) {
                wanted = '';
            } else if (breaksBefore(token, previous, gap, lineStarts)) {
                const blank = newlineCount(gap) >= 2 && previous.image !== '{' && token.image !== '}';
                wanted = (blank ? '\n\n' : '\n') + INDENT.repeat(depth);
            } else {
                wanted = token.image === ',' || token.image === '?' || (previous.image === '{' && token.image === '}') ? '' : ' ';
            }
            replaceGap(previousEnd, token.startOffset, wanted);
            if (token.image === '{' && !isComment(token)) depth++;
            previous = token;
            previousEnd = token.startOffset + token.image.length;
        }
        replaceGap(previousEnd, text.length, previous ? '\n' : '');
        return edits;
    }
}

function breaksBefore(token: IToken, previous: IToken, gap: string, lineStarts: Set<number>): boolean {
    if (isComment(token)) return gap.includes('\n');
    if (isLineComment(previous)) return true;
    if (isComment(previous) && gap.includes('\n')) return true;
    if (token.image === '}') return previous.image !== '{';
    return previous.image === '{' || lineStarts.has(token.startOffset);
}

/** Offsets where a statement, block member, cert field or style field begins: each starts a line. */
function statementStarts(document: LangiumDocument): Set<number> {
    const starts = new Set<number>();
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        const startsLine = isModel(node.$container) || isPath(node) || isGroup(node) || isRole(node) || isCertField(node) || isStyleField(node);
        if (startsLine && node.$cstNode) starts.add(node.$cstNode.offset);
    }
    return starts;
}

function isComment(token: IToken): boolean {
    return token.tokenType.name === 'SL_COMMENT' || token.tokenType.name === 'ML_COMMENT';
}

function isLineComment(token: IToken): boolean {
    return token.tokenType.name === 'SL_COMMENT';
}

function newlineCount(gap: string): number {
    return gap.split('\n').length - 1;
}

function rangeOf(document: LangiumDocument, from: number, to: number): Range {
    return { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(to) };
}
