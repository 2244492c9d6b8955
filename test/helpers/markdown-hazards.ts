// What a Markdown renderer (marked, the one VS Code renders hovers with) would turn into links, images and HTML.
import { marked, type Token } from 'marked';

export interface MarkdownHazards {
    links: Array<{ text: string; href: string }>;
    images: string[];
    html: string[];
}

/** Every link (also autolinks), image and raw HTML in `markdown`, as GitHub-flavoured Markdown reads it. */
export function markdownHazards(markdown: string): MarkdownHazards {
    const found: MarkdownHazards = { links: [], images: [], html: [] };
    marked.walkTokens(marked.lexer(markdown, { gfm: true }), (token: Token) => {
        if (token.type === 'link') found.links.push({ text: token.text, href: token.href });
        else if (token.type === 'image') found.images.push(token.href);
        else if (token.type === 'html') found.html.push(token.raw);
    });
    return found;
}
