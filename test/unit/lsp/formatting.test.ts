// Formatting: the canonical layout, comments kept, idempotent on every example and the catalog.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, TextDocument } from 'langium';
import { clearDocuments, expectFormatting, parseHelper } from 'langium/test';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';
import { builtinCatalogs } from '../../../src/language/catalogs/index.js';

const { shared, CertTree } = createCertTreeServices(EmptyFileSystem);
const formatting = expectFormatting(CertTree);
const parse = parseHelper(CertTree);

async function format(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await CertTree.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { insertSpaces: true, tabSize: 4 },
    });
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    await clearDocuments(shared, [document]);
    return formatted;
}

/** The document's tokens, comments included: formatting may change only what lies between them. */
function tokens(text: string): string[] {
    const lexed = CertTree.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset).map(token => token.image);
}

const examplesFolder = join(process.cwd(), 'examples');

describe('formatting', () => {
    it('gives a messy file the canonical layout and keeps its comments', async () => {
        await formatting({
            disposeAfterCheck: true,
            before: [
                '   // Leading comment',
                'tree   "Messy"',
                'use aws',
                '',
                '',
                'cert cka "Kubernetes"{level associate code "CKA"   // the exam',
                'url "https://x"}',
                'group "G" {cloud_practitioner',
                '        group "Inner" {   cka }',
                '}',
                'area "A" {   role "R" {',
                'solutions_architect_associate->developer,sysops_admin  ~>devops_engineer ?',
                '/* keep',
                '   me */',
                '',
                '}}',
                '',
                '',
                '',
                'earned cloud_practitioner ,cka   ',
                'style next { color "#333" line dashed width 2 }',
            ].join('\n'),
            after: [
                '// Leading comment',
                'tree "Messy"',
                'use aws',
                '',
                'cert cka "Kubernetes" {',
                '  level associate',
                '  code "CKA" // the exam',
                '  url "https://x"',
                '}',
                'group "G" {',
                '  cloud_practitioner',
                '  group "Inner" {',
                '    cka',
                '  }',
                '}',
                'area "A" {',
                '  role "R" {',
                '    solutions_architect_associate -> developer, sysops_admin ~> devops_engineer?',
                '    /* keep',
                '   me */',
                '  }',
                '}',
                '',
                'earned cloud_practitioner, cka',
                'style next {',
                '  color "#333"',
                '  line dashed',
                '  width 2',
                '}',
                '',
            ].join('\n'),
        });
    });

    it('keeps an empty block on one line and a single blank line between statements', async () => {
        await formatting({
            disposeAfterCheck: true,
            before: 'role "R" {\n\n}\n\n\nrole "S" { }',
            after: 'role "R" {}\n\nrole "S" {}\n',
        });
    });

    it('leaves a file with syntax errors untouched, so no work is lost', async () => {
        const broken = 'area "A" {\n      role "R" {\n  a ->\n';
        assert.equal(await format(broken), broken);
    });

    it('is idempotent and changes only whitespace on every example', async () => {
        const files = readdirSync(examplesFolder).filter(name => name.endsWith('.certtree'));
        assert.ok(files.length > 0, 'there are examples');
        for (const name of files) {
            const original = readFileSync(join(examplesFolder, name), 'utf8');
            const once = await format(original);
            assert.deepEqual(tokens(once), tokens(original), `${name}: only whitespace changes`);
            assert.equal(await format(once), once, `${name}: formatting twice changes nothing`);
        }
    });

    it('is idempotent on the built-in catalogs, putting each cert field on its own line', async () => {
        for (const catalog of builtinCatalogs) {
            const once = await format(catalog.text);
            assert.deepEqual(tokens(once), tokens(catalog.text));
            assert.equal(await format(once), once);
            // Each fact on a line of its own, however the catalog writes them.
            assert.doesNotMatch(once, /^ {2}(minutes|questions|price) \S+ \S/m, catalog.name);
            if (catalog.name === 'aws') assert.match(once, /\n {2}minutes 90\n {2}questions 65\n {2}price 100\n/);
        }
    });

    it('formats only inside the requested range', async () => {
        await formatting({
            disposeAfterCheck: true,
            before: 'cert a "A" {  level   associate }\ncert b "B" {  level   associate }\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 33 } },
            after: 'cert a "A" {  level   associate }\ncert b "B" {\n  level associate\n}\n',
        });
    });
});
