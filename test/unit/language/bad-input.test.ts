// Bad input (language reference §7): mutated, huge, deep and junk documents never crash or hang the checks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES, NESTING_TOO_DEEP_MESSAGE } from '../../../src/language/document-limits.js';
import { checkText, clearTestDocuments, createTestServices } from '../helpers/certtree-services.js';
import { seededRandom as prng } from '../../helpers/seeded-random.js';

const examples = new URL('../../../../examples/', import.meta.url);
const seeds = [
    readFileSync(new URL('aws-certification-paths.certtree', examples), 'utf8'),
    readFileSync(new URL('aws-2024.certtree', examples), 'utf8'),
    [
        'tree "Every construct"', 'source "https://example.com"', 'date "2026-01-31"', 'direction right', 'view graph', 'use aws', 'use "./other.certtree"',
        'cert cka "CKA \\"quoted\\" — ünïcode" {', '  level associate code "CKA" url "https://example.com/cka"', '  icon "./cka.png" retiring "2027-01-01" successor cks', '  minutes 120 questions 17 price 445', '}',
        'cert cks { level specialty retired "2020-01-01" }', '/* block', 'comment */ group "G" { group "H" { cka -> cks? } }',
        'style next { color "#112233" line dashed width 2 }', 'highlight "R"', 'earned cka', 'goal cks',
        'area "A" { role "R" { cka, developer -> cks ~> security } }',
    ].join('\n'),
];

const FRAGMENTS = ['{', '}', '"', '->', '~>', ',', '?', '\n', ' ', 'cert ', 'group "x" {', 'role ', 'area ', 'level ', 'use ', '/*', '*/', '//', '\\', 'highlight "', 'x_1', '0', '9.5', 'tree "'];
const JUNK = ['\0', '\u0007', '\uFFFD', '\uD800', '\uDFFF', '🚀', '\r', '\t', '\u202E', '\u00A0', '\x1b[31m', 'é', '中'];

function mutate(text: string, random: () => number): string {
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const at = (length: number) => Math.floor(random() * (length + 1));
    let result = text;
    const count = 1 + Math.floor(random() * 5);
    for (let i = 0; i < count; i++) {
        const position = at(result.length);
        switch (Math.floor(random() * 7)) {
            case 0: { // delete a run of characters
                const end = Math.min(result.length, position + 1 + Math.floor(random() * 40));
                result = result.slice(0, position) + result.slice(end);
                break;
            }
            case 1: // insert syntax fragments
                result = result.slice(0, position) + pick(FRAGMENTS) + pick(FRAGMENTS) + result.slice(position);
                break;
            case 2: { // duplicate a line
                const lines = result.split('\n');
                const line = Math.floor(random() * lines.length);
                lines.splice(line, 0, lines[line]);
                result = lines.join('\n');
                break;
            }
            case 3: { // junk bytes
                let junk = '';
                for (let j = 0; j < 1 + Math.floor(random() * 8); j++) junk += random() < 0.5 ? pick(JUNK) : String.fromCharCode(Math.floor(random() * 0x3000));
                result = result.slice(0, position) + junk + result.slice(position);
                break;
            }
            case 4: // an unterminated string
                result = result.slice(0, position) + '"unterminated ' + result.slice(position);
                break;
            case 5: // an unterminated block or comment
                result = result.slice(0, position) + pick(['group "open" {', 'cert open {', 'role "open" {', '/* open']) + result.slice(position);
                break;
            default: // cut the document short
                result = result.slice(0, position);
        }
    }
    return result;
}

/** Every diagnostic range lies inside the document: valid lines, and columns within each line. */
function assertRangesInside(document: LangiumDocument, label: string): void {
    const lines = document.textDocument.getText().split(/\r\n|\r|\n/);
    for (const diagnostic of document.diagnostics ?? []) {
        for (const position of [diagnostic.range.start, diagnostic.range.end]) {
            assert.ok(position.line >= 0 && position.line < lines.length, `${label}: line ${position.line} outside the document (${lines.length} lines)`);
            assert.ok(position.character >= 0 && position.character <= lines[position.line].length,
                `${label}: column ${position.character} outside line ${position.line} (${lines[position.line].length} characters)`);
        }
        const { start, end } = diagnostic.range;
        assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${label}: range ends before it starts`);
    }
}

// A hang fails a test by mocha's timeout; speed is measured in the benchmark, not asserted here.
describe('bad input (§7)', function () {
    this.timeout(120_000);
    const services = createTestServices();
    const originalError = console.error;
    let swallowed: unknown[][];

    // Langium catches exceptions in checks and only logs them: a logged error is a crash here.
    beforeEach(() => {
        swallowed = [];
        console.error = (...args: unknown[]) => { swallowed.push(args); };
    });
    afterEach(async () => {
        console.error = originalError;
        await clearTestDocuments(services);
    });

    async function survive(text: string, label: string): Promise<LangiumDocument> {
        const document = await checkText(services, text);
        assert.deepEqual(swallowed.map(args => String(args[1] ?? args[0])), [], `${label}: an exception was logged`);
        assertRangesInside(document, label);
        return document;
    }

    it('checks 2,000 randomly mutated documents without an exception, a hang or a range outside the text', async function () {
        // Two thousand documents on a busy machine: a generous bound that only a hang exceeds.
        this.timeout(600_000);
        const random = prng(20261126);
        for (let i = 0; i < 2000; i++) {
            const text = mutate(seeds[i % seeds.length], random);
            const document = await survive(text, `mutation ${i}`);
            services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        }
    });

    it('refuses a 10 MB document with one error where it passes 1 MB, and checks one just under 1 MB to its end', async () => {
        const unit = seeds[0] + '\n';
        const huge = await survive(unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length)), '10 MB');
        const limit = MAX_DOCUMENT_BYTES;
        assert.deepEqual(huge.diagnostics?.map(d => d.message), [DOCUMENT_TOO_LARGE_MESSAGE]);
        // The seed is ASCII but for its em dashes and the like: find by hand the first character past 1 MB.
        const text = huge.textDocument.getText();
        let bytes = 0;
        let offset = 0;
        while (bytes + Buffer.byteLength(text[offset]) <= limit) bytes += Buffer.byteLength(text[offset++]);
        assert.deepEqual(huge.diagnostics?.[0].range.start, huge.textDocument.positionAt(offset));

        const repeats = Math.floor(limit / Buffer.byteLength(unit));
        const document = await survive(unit.repeat(repeats), 'just under 1 MB');
        // Every repetition after the first repeats the `tree` title: the checks really ran to the end.
        assert.equal(document.diagnostics?.filter(d => (d.data as { code?: string })?.code === 'tree-title-twice').length, repeats - 1);
    });

    it('checks groups nested 100 deep, and reports the brace that opens level 101, closed or not', async () => {
        const open = (depth: number) => 'group "g" {\n'.repeat(depth);
        const closed = await survive(`use aws\n${open(100)}developer -> devops_engineer\n${'}\n'.repeat(100)}`, '100 deep');
        assert.deepEqual(closed.diagnostics?.map(d => d.message), []);
        for (const text of [`use aws\n${open(101)}developer\n${'}\n'.repeat(101)}`, `use aws\n${open(200)}developer -> devops_engineer\n`]) {
            const deep = await survive(text, 'too deep');
            assert.deepEqual(deep.diagnostics?.map(d => [d.message, d.range.start]), [[NESTING_TOO_DEEP_MESSAGE, { line: 101, character: 10 }]]);
        }
    });

    // Issue: the stack overflow of 10,000 nested groups was caught but left the parser mid-rule,
    // so the next document failed with "Parser stack is not empty after parsing".
    it('reads a valid tree after 10,000 nested groups, closed and unclosed', async () => {
        const open = 'group "g" {\n'.repeat(10_000);
        await survive(`${open}${'}\n'.repeat(10_000)}`, '10,000 closed');
        await survive(open, '10,000 unclosed');
        const valid = await survive('use aws\ndeveloper -> devops_engineer\n', 'valid after deep');
        assert.deepEqual(valid.diagnostics?.map(d => d.message), []);
        assert.equal((valid.parseResult.value as unknown as { statements: unknown[] }).statements.length, 2);
    });

    it('reports a 150,000-step path at its step 1,001 without an exception', async () => {
        const document = await survive(`cert a { level associate }\ncert b { level associate }\na${' -> b'.repeat(150_000)}`, 'long path');
        assert.deepEqual(document.diagnostics?.map(d => [d.message, d.range]), [[
            'This path has 150,001 steps; a path may have at most 1,000. Split it into shorter paths.',
            { start: { line: 2, character: 5000 }, end: { line: 2, character: 5001 } },
        ]]);
    });

    it('checks a 10,000-character id, declared, referred to and misspelt', async () => {
        const id = 'a'.repeat(10_000);
        const misspelt = 'a'.repeat(9_999) + 'b';
        const document = await survive(`cert ${id} { level associate }\n${id} -> ${misspelt}\nearned ${id}`, 'long id');
        const messages = (document.diagnostics ?? []).map(d => d.message as string);
        assert.equal(messages.length, 1);
        assert.ok(messages[0].startsWith(`Unknown certification 'aaa`) && messages[0].length < 300, 'the message shortens the id');
    });

    it('checks binary junk', async () => {
        const random = prng(7);
        let junk = '';
        for (let i = 0; i < 200_000; i++) junk += String.fromCharCode(Math.floor(random() * 0x10000));
        await survive(junk, 'binary junk');
    });
});
