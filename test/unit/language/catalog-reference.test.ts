// Checks every row of the azure, google and cncf catalogs against the reference they were built from
// (docs/sources/vendors-2026.md): ids, names, exam codes, levels, statuses and successors; and the
// aws catalog's ids, names, codes, levels and retirement days against docs/sources/aws-certifications.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { certFacts, certStatus } from '../../../src/language/cert-facts.js';
import { findBuiltinCatalog } from '../../../src/language/catalogs/index.js';
import type { Cert, Model } from '../../../src/language/generated/ast.js';
import { isCert } from '../../../src/language/generated/ast.js';
import { createTestServices, diagnosticsOf, messageOf } from '../helpers/certtree-services.js';

const REFERENCE = readFileSync(new URL('../../../../docs/sources/vendors-2026.md', import.meta.url), 'utf8');
const AWS_REFERENCE = readFileSync(new URL('../../../../docs/sources/aws-certifications.md', import.meta.url), 'utf8');

/** The reference's vendor sections, by the catalog built from each. */
const SECTIONS = { azure: '## 1. Microsoft', google: '## 2. Google Cloud', cncf: '## 3. CNCF' } as const;

type Status = { kind: 'active' } | { kind: 'beta' } | { kind: 'retired'; lastDay: string };

interface ReferenceRow {
    id: string;
    name: string;
    /** Exam codes, in the order given; empty where the vendor has none (Google). */
    codes: string[];
    level: string;
    status: Status;
    successor?: string;
    /** The whole row, for facts about a former exam of the same credential. */
    text: string;
}

/** Markdown tables of one vendor section that list certifications (an `id` and a `Status` column). */
function referenceRows(catalog: keyof typeof SECTIONS): ReferenceRow[] {
    const start = REFERENCE.indexOf(SECTIONS[catalog]);
    assert.ok(start >= 0, `the reference has a section '${SECTIONS[catalog]}'`);
    const end = REFERENCE.indexOf('\n## ', start + 1);
    const lines = REFERENCE.slice(start, end < 0 ? undefined : end).split('\n');
    const rows: Array<Record<string, string>> = [];
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith('|') || !lines[i + 1]?.startsWith('|---')) continue;
        const header = cells(lines[i]);
        if (header[0] !== 'id' || !header.includes('Status')) continue;
        for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) {
            const values = cells(lines[i]);
            rows.push(Object.fromEntries(header.map((column, index) => [column, values[index] ?? ''])));
        }
    }
    const ids = new Set(rows.map(row => row.id));
    return rows.map(row => {
        const column = (pattern: RegExp) => Object.entries(row).find(([name]) => pattern.test(name))?.[1];
        return {
            id: row.id,
            name: plain(column(/^(Credential|Certification|Full name)$/)!).replace(/\s*\(.*\)$/, ''),
            codes: examCodes(column(/^Exam/)),
            level: levelOf(column(/tier|Tier/)!),
            status: statusOf(row.Status),
            successor: successorOf(column(/^Successor/), ids),
            text: plain(Object.values(row).join(' | ')),
        };
    });
}

function cells(line: string): string[] {
    return line.split('|').slice(1, -1).map(cell => cell.trim());
}

function plain(text: string): string {
    return text.replace(/\*\*/g, '').trim();
}

/** Codes such as AZ-104 outside parentheses (which name former exams); CNCF's column is the code itself. */
function examCodes(text: string | undefined): string[] {
    if (text === undefined) return [];
    const current = plain(text).replace(/\([^)]*\)/g, '');
    const codes = current.match(/\b[A-Z]{2,3}-\d{3}\b/g);
    return codes ?? (/^[A-Z]+$/.test(current.trim()) ? [current.trim()] : []);
}

/** "Fundamentals → foundational" or "foundational (Beginner)": the CertTree tier. */
function levelOf(text: string): string {
    const tier = plain(text).split('→').at(-1)!.trim();
    return tier.split(/\s/)[0];
}

function statusOf(text: string): Status {
    const status = plain(text);
    const retired = /^retired (\d{4}-\d{2}-\d{2})/.exec(status);
    if (retired) return { kind: 'retired', lastDay: retired[1] };
    if (/^beta\b/.test(status)) return { kind: 'beta' };
    assert.match(status, /^active\b/, `a status the test understands: '${status}'`);
    return { kind: 'active' };
}

/** The id a retired row is replaced by; "replaces …" and "same credential" describe the row itself. */
function successorOf(text: string | undefined, ids: Set<string>): string | undefined {
    if (text === undefined) return undefined;
    const column = plain(text);
    if (/^(—|replaces|same credential|new|successor path)/i.test(column)) return undefined;
    return column.split(/[^a-z0-9_]+/).find(word => ids.has(word));
}

/** The comment lines right above a cert in its catalog. */
function commentAbove(document: LangiumDocument, cert: Cert): string {
    const lines = document.textDocument.getText().split('\n');
    const comment: string[] = [];
    for (let line = cert.$cstNode!.range.start.line - 1; line >= 0 && lines[line].startsWith('//'); line--) comment.unshift(lines[line]);
    return comment.join('\n');
}

function catalogStatus(cert: Cert, asOf: string, comment: string): Status {
    const status = certStatus(cert, asOf);
    if (status.kind === 'retired') return { kind: 'retired', lastDay: status.lastDay };
    assert.equal(status.kind, 'active', `'${cert.name}' has no retirement still to come`);
    // A cert still in beta says so first in its comment: the language has no field for it.
    return /^\/\/ In beta\b/.test(comment) ? { kind: 'beta' } : { kind: 'active' };
}

describe('catalogs against the reference (docs/sources/vendors-2026.md)', () => {
    const services = createTestServices();

    for (const name of ['azure', 'google', 'cncf'] as const) {
        describe(`catalog '${name}'`, () => {
            const reference = referenceRows(name);
            let document: LangiumDocument<Model>;
            let certs: Map<string, Cert>;

            before(async () => {
                document = services.shared.workspace.CatalogDocuments.get(name)!;
                await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
                certs = new Map(document.parseResult.value.statements.filter(isCert).map(cert => [cert.name, cert]));
            });

            it('reads the reference table (a sanity check of this test)', () => {
                assert.ok(reference.length >= 15, `expected at least 15 rows, got ${reference.length}`);
            });

            it('loads without a problem', () => {
                assert.deepEqual(diagnosticsOf(document).map(messageOf), []);
            });

            it('has exactly the reference rows, plus former exams of a credential the reference names', () => {
                const referenceIds = new Set(reference.map(row => row.id));
                assert.deepEqual([...referenceIds].filter(id => !certs.has(id)), [], 'reference rows missing from the catalog');
                for (const cert of certs.values()) {
                    if (referenceIds.has(cert.name)) continue;
                    // A former exam of a credential: `renamed` to its row, whose text names the exam as retired on its last day.
                    const facts = certFacts(cert);
                    const row = reference.find(r => r.id === facts.renamed?.ref?.name);
                    assert.ok(row, `'${cert.name}' is not in the reference and is no former exam of a reference row`);
                    assert.ok(facts.code && facts.lastDay, `'${cert.name}' gives its exam code and last day`);
                    assert.ok(row.text.includes(`${facts.code} retired`) && row.text.includes(facts.lastDay),
                        `the reference row '${row.id}' says ${facts.code} retired on ${facts.lastDay}`);
                    assert.equal(cert.title, row.name);
                }
            });

            for (const row of reference) {
                it(`${row.id}: name, code, level, status and successor`, () => {
                    const cert = certs.get(row.id);
                    assert.ok(cert, `the catalog declares '${row.id}'`);
                    const facts = certFacts(cert);
                    const comment = commentAbove(document, cert);
                    assert.equal(cert.title, row.name);
                    assert.equal(facts.code, row.codes.length > 0 ? row.codes.join(' + ') : undefined);
                    assert.equal(facts.level, row.level);
                    assert.deepEqual(catalogStatus(cert, findBuiltinCatalog(name)!.asOf, comment), row.status);
                    assert.equal(facts.successor?.ref?.name, row.successor);
                });
            }
        });
    }

    describe('catalog \'aws\'', () => {
        // The AWS note's table; its "Corrections and news" section overrides statuses and successors
        // of active rows, so only what the corrections leave alone is checked here.
        const start = AWS_REFERENCE.indexOf('## Catalog');
        const lines = AWS_REFERENCE.slice(start, AWS_REFERENCE.indexOf('\n## ', start + 1)).split('\n').filter(line => line.startsWith('|'));
        const header = cells(lines[0]);
        const rows = lines.slice(2).map(line => Object.fromEntries(header.map((column, index) => [column, cells(line)[index]])));
        let certs: Map<string, Cert>;

        before(async () => {
            const document = services.shared.workspace.CatalogDocuments.get('aws')!;
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            certs = new Map(document.parseResult.value.statements.filter(isCert).map(cert => [cert.name, cert]));
        });

        it('reads the reference table (a sanity check of this test)', () => {
            assert.equal(rows.length, 17);
        });

        for (const row of rows) {
            it(`${row.id}: name, code, level and retirement day`, () => {
                const cert = certs.get(row.id);
                assert.ok(cert, `the catalog declares '${row.id}'`);
                const facts = certFacts(cert);
                assert.equal(cert.title, row['official name']);
                assert.equal(facts.code, row.code.replace(/\s*\(.*\)$/, ''));
                assert.equal(facts.level, row.level);
                const retired = /^retired (\d{4}-\d{2}-\d{2})/.exec(row.status);
                if (retired) assert.equal(facts.lastDay, retired[1]);
            });
        }
    });
});
