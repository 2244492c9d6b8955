// Clickable links: exam guides (`url`), the tree's `source`, `use "…"` files and `icon` images.
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, GrammarUtils, UriUtils } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import { isIconField, isSourceStatement, isUrlField, isUse } from '../generated/ast.js';

const WEB_URL = /^https?:\/\/\S+$/i;

export class CertTreeDocumentLinkProvider implements DocumentLinkProvider {
    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const links: DocumentLink[] = [];
        const add = (node: AstNode, property: string, target: string, tooltip: string) => {
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
            if (!cst) return;
            // Inside the quotes, so the link underlines the text the user wrote.
            const start = document.textDocument.positionAt(cst.offset + 1);
            const end = document.textDocument.positionAt(Math.max(cst.offset + 1, cst.end - 1));
            links.push({ range: { start, end }, target, tooltip });
        };
        // A path with a lone surrogate cannot be written as a URI (it is reported by the checks); it gets no link.
        const relative = (path: string) =>
            document.uri.scheme === 'file' && path.length > 0 && isWellFormed(path) ? UriUtils.resolvePath(UriUtils.dirname(document.uri), path).toString() : undefined;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (isUrlField(node) && WEB_URL.test(node.value) && isWellFormed(node.value)) add(node, 'value', node.value, 'Open the exam guide');
            else if (isSourceStatement(node) && WEB_URL.test(node.url) && isWellFormed(node.url)) add(node, 'url', node.url, 'Open the source of this tree');
            else if (isUse(node) && node.path !== undefined) {
                const target = relative(node.path);
                if (target) add(node, 'path', target, 'Open the used file');
            } else if (isIconField(node)) {
                const target = relative(node.value);
                if (target) add(node, 'value', target, 'Open the icon');
            }
        }
        return links;
    }
}

/** False for text with an unpaired surrogate, which no URI can hold. */
function isWellFormed(text: string): boolean {
    return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
