// The CertTree parser: Langium's, plus a readable error instead of a crash when blocks nest too deeply.
import type { LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { createLangiumParser } from 'langium';
import type { Model } from './generated/ast.js';

/**
 * The parser descends one level per `{`; Chevrotain's error recovery needs several stack frames per
 * level, so a few hundred unclosed groups exhaust the stack. Instead of crashing the language
 * server, such a document parses as empty with one error at the brace where nesting got too deep.
 */
export function createCertTreeParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const parse = parser.parse.bind(parser);
    parser.parse = (<T>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        try {
            return parse(input, options) as ParseResult<T>;
        } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            return tooDeepResult(input) as ParseResult<T>;
        }
    }) as LangiumParser['parse'];
    return parser;
}

/** Nesting beyond this is reported at its brace; real trees nest a handful of levels. */
const REPORTED_DEPTH = 100;

function tooDeepResult(input: string): ParseResult<Model> {
    const offset = deepBraceOffset(input);
    const before = input.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    const token = {
        image: '{', startOffset: offset, endOffset: offset, startLine: line, startColumn: column, endLine: line, endColumn: column,
        tokenTypeIdx: 0, tokenType: { name: '{', PATTERN: '{' },
    };
    const model = { $type: 'Model', statements: [] } as unknown as Model;
    return {
        value: model,
        lexerErrors: [],
        lexerReport: { diagnostics: [] },
        parserErrors: [{
            name: 'NestingTooDeep',
            message: `Blocks nest too deeply here (more than ${REPORTED_DEPTH} levels) for this document to be read; flatten the groups.`,
            token,
            resyncedTokens: [],
            context: { ruleStack: [], ruleOccurrenceStack: [] },
        }],
    } as unknown as ParseResult<Model>;
}

/** The offset of the `{` that opens level REPORTED_DEPTH + 1, skipping strings and comments; 0 if none. */
function deepBraceOffset(input: string): number {
    let depth = 0;
    for (let i = 0; i < input.length; i++) {
        const char = input[i];
        if (char === '"') {
            for (i++; i < input.length && input[i] !== '"' && input[i] !== '\n'; i++) if (input[i] === '\\') i++;
        } else if (char === '/' && input[i + 1] === '/') {
            while (i < input.length && input[i] !== '\n') i++;
        } else if (char === '/' && input[i + 1] === '*') {
            const end = input.indexOf('*/', i + 2);
            i = end < 0 ? input.length : end + 1;
        } else if (char === '{') {
            if (++depth > REPORTED_DEPTH) return i;
        } else if (char === '}') {
            depth = Math.max(0, depth - 1);
        }
    }
    return 0;
}
