// Fuzz: hostile text in every text slot of a tree (cert names, codes, exam guide URLs, area, role,
// group and tree names, source), then every hover and every completion's documentation, read as
// Markdown by marked (VS Code's renderer): no link, image or HTML may come from user text. The only
// link allowed is CertTree's own "Exam guide", to an http(s) address. Prints counts; fails on a finding.
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { createCertTreeServices } from '../../src/language/certtree-module.js';
import { certtreeString } from '../../src/language/certtree-text.js';
import { markdownHazards } from '../helpers/markdown-hazards.js';
import { hostileText, seededRandom } from './random-edits.js';

const DOCUMENTS = 600;
const { shared, CertTree } = createCertTreeServices(EmptyFileSystem);
const parse = parseHelper(CertTree);
const random = seededRandom(20261203);

const findings: string[] = [];
let hovers = 0;
let completions = 0;

function inspect(markdown: string, where: string): void {
    const hazards = markdownHazards(markdown);
    const bad = [
        ...hazards.links.filter(link => !(link.text === 'Exam guide' && /^https?:$/.test(safeProtocol(link.href)))).map(link => `link [${link.text}](${link.href})`),
        ...hazards.images.map(image => `image ${image}`),
        ...hazards.html.map(html => `HTML ${html}`),
    ];
    for (const finding of bad) findings.push(`${where}: ${finding}\n  in: ${JSON.stringify(markdown)}`);
}

function safeProtocol(href: string): string {
    try {
        return new URL(href).protocol;
    } catch {
        return 'unparsable';
    }
}

for (let i = 0; i < DOCUMENTS; i++) {
    const s = () => certtreeString(hostileText(random));
    const url = random() < 0.5 ? certtreeString(`https://example.com/${hostileText(random)}`) : s();
    const text = [
        `tree ${s()}`,
        `source ${s()}`,
        'use aws',
        `cert mine ${s()} { level associate code ${s()} url ${url} successor security }`,
        `cert other ${s()} { level professional code ${s()} url ${s()} }`,
        `group ${s()} { mine -> other }`,
        `area ${s()} { role ${s()} { mine -> other ~> security } }`,
        'highlight ' + s(),
        'mine -> ',
    ].join('\n');
    const document = await parse(text);
    const textDocument = { uri: document.uri.toString() };
    // Every offset of every line start, token boundary and a spread in between.
    const offsets = new Set<number>();
    for (let offset = 0; offset <= text.length; offset++) {
        if (offset === 0 || /[\s"{}(),]/.test(text[offset - 1] ?? '')) offsets.add(offset);
    }
    for (const offset of offsets) {
        const position = document.textDocument.positionAt(offset);
        const hover = await CertTree.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        if (hover) {
            hovers++;
            inspect((hover.contents as MarkupContent).value, `document ${i}, hover at ${position.line}:${position.character}`);
        }
    }
    const end = document.textDocument.positionAt(text.length);
    const list = await CertTree.lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end });
    for (const item of list?.items ?? []) {
        const resolved: CompletionItem = item;
        const documentation = resolved.documentation;
        if (documentation && typeof documentation !== 'string') {
            completions++;
            inspect(documentation.value, `document ${i}, completion ${item.label}`);
        }
    }
    await clearDocuments(shared, [document]);
}

console.log(`markdown fuzz: ${DOCUMENTS} documents with hostile text in every text slot; ${hovers.toLocaleString('en-US')} hovers and ${completions.toLocaleString('en-US')} completion documentations read as Markdown; ${findings.length} links, images or HTML from user text`);
if (findings.length > 0) {
    for (const finding of findings.slice(0, 10)) console.log(finding);
    process.exit(1);
}
