// The CertTree parser: Langium's, refusing documents past CertTree's limits with one readable error instead of exhausting time or the stack.
import type { LangiumCoreServices, LangiumParser, ParseResult } from 'langium';
import { CstNodeBuilder, createLangiumParser } from 'langium';
import { exceededLimit, type LimitExceeded } from './document-limits.js';
import type { Model } from './generated/ast.js';

/**
 * Before parsing, the text is checked against the size and nesting limits (document-limits.ts):
 * the parser descends one level per `{` and Chevrotain's error recovery needs several stack frames
 * per level, so a few hundred unclosed groups would exhaust the stack. Should the stack still run
 * out, the parser is left mid-rule and would fail every later parse, so it is replaced by a new one.
 */
export function createCertTreeParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services);
    let parse = parser.parse.bind(parser);
    parser.parse = (<T>(input: string, options?: Parameters<LangiumParser['parse']>[1]): ParseResult<T> => {
        const exceeded = exceededLimit(input);
        if (exceeded) return refusedResult(input, exceeded) as ParseResult<T>;
        try {
            return parse(input, options) as ParseResult<T>;
        } catch (error) {
            if (!(error instanceof RangeError)) throw error;
            const fresh = createParser(services);
            parse = fresh.parse.bind(fresh);
            return refusedResult(input, {
                offset: 0,
                message: 'This document is too intricate for CertTree to read (the parser ran out of stack); flatten its groups and paths.',
            }) as ParseResult<T>;
        }
    }) as LangiumParser['parse'];
    return parser;
}

/**
 * Langium's parser, minus a quadratic step: before every token Langium adds the token's hidden
 * tokens (comments) to the syntax tree, and even when there are none it looks the new node up
 * among its parent's children, which costs the number of top-level statements per statement. With
 * nothing to add, the lookup is skipped, so a file of a million one-letter paths parses in linear time.
 */
function createParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder.addHiddenNodes.bind(builder);
    builder.addHiddenNodes = tokens => {
        if (tokens.length > 0) addHiddenNodes(tokens);
    };
    return parser;
}

/** A document refused before parsing: empty, with one parser error at the place the limit is passed. */
function refusedResult(input: string, exceeded: LimitExceeded): ParseResult<Model> {
    const before = input.slice(0, exceeded.offset);
    const line = before.split('\n').length;
    const column = exceeded.offset - (before.lastIndexOf('\n') + 1) + 1;
    const image = input.slice(exceeded.offset, exceeded.offset + 1);
    const token = {
        image, startOffset: exceeded.offset, endOffset: exceeded.offset, startLine: line, startColumn: column, endLine: line, endColumn: column,
        tokenTypeIdx: 0, tokenType: { name: image, PATTERN: image },
    };
    const model = { $type: 'Model', statements: [] } as unknown as Model;
    return {
        value: model,
        lexerErrors: [],
        lexerReport: { diagnostics: [] },
        parserErrors: [{
            name: 'LimitExceeded',
            message: exceeded.message,
            token,
            resyncedTokens: [],
            context: { ruleStack: [], ruleOccurrenceStack: [] },
        }],
    } as unknown as ParseResult<Model>;
}
