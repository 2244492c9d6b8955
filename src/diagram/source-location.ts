// The source location (document URI and LSP range) of an AST node, for click-to-source.
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { SourceLocation } from './diagram-model.js';

export function sourceLocationOf(node: AstNode): SourceLocation {
    const range = node.$cstNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return {
        uri: AstUtils.getDocument(node).uri.toString(),
        range: { start: { ...range.start }, end: { ...range.end } },
    };
}
