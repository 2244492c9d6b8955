// Completion: ranked cert ids with their facts, keywords, catalogs, roles in `highlight`, snippets.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';

const { CertTree } = createCertTreeServices(EmptyFileSystem);
const completion = expectCompletion(CertTree);

/** Items in the order a client shows them before filtering: by sortText. */
function ordered(list: CompletionList): CompletionItem[] {
    return [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

function labels(list: CompletionList): string[] {
    return ordered(list).map(item => item.label);
}

describe('completion', () => {
    it('offers `security` first when `sec` is typed after an arrow', async () => {
        await completion({
            text: 'use aws\nsolutions_architect_associate -> sec<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.equal(labels(list)[0], 'security'),
        });
    });

    it('keeps the best match selected however fast the user types: the editor asks again, and filters on ids and codes only', async () => {
        await completion({
            text: 'use aws\nsolutions_architect_associate ~> s<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                // The editor asks again at every key instead of re-ranking this list by its own fuzzy match.
                assert.equal(list.isIncomplete, true);
                // The editor once filtered `sec` against "database AWS Certified Database – Specialty DBS-C01"
                // and selected database: names are left out of what it filters on.
                const database = list.items.find(item => item.label === 'database')!;
                assert.equal(database.filterText, 'database DBS-C01');
                assert.equal(list.items.find(item => item.label === 'security')!.filterText, 'security SCS-C03');
            },
        });
        await completion({
            text: 'use aws\nsolutions_architect_associate ~> sec<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(list.items.filter(item => item.preselect).map(item => item.label), ['security']),
        });
    });

    it('offers the solutions architect certs for `arch`, matching id words', async () => {
        await completion({
            text: 'use aws\ncloud_practitioner -> arch<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list).slice(0, 2), [
                'solutions_architect_associate',
                'solutions_architect_professional',
            ]),
        });
    });

    it('finds a local cert by a word of its name, and replaces the typed word', async () => {
        await completion({
            text: 'cert cka "Certified Kubernetes Administrator" { level associate }\nearned kube<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const [first] = ordered(list);
                assert.equal(first.label, 'cka');
                // Found by its name: the typed text leads what the editor filters on, so it keeps the item.
                assert.equal(first.filterText, 'kube cka');
                assert.ok(first.textEdit && 'range' in first.textEdit);
                assert.equal(first.textEdit.newText, 'cka');
                assert.deepEqual(first.textEdit.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 11 } });
            },
        });
    });

    it('shows name, code and level beside each cert and the exam facts as documentation', async () => {
        await completion({
            text: 'use aws\nearned solutions_architect_a<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const item = ordered(list)[0];
                assert.equal(item.label, 'solutions_architect_associate');
                assert.equal(item.labelDetails?.detail, ' SAA-C03');
                assert.equal(item.labelDetails?.description, 'associate · AWS Certified Solutions Architect – Associate');
                const docs = (item.documentation as MarkupContent).value;
                assert.match(docs, /130 minutes · 65 questions · 150 USD/);
                assert.match(docs, /\[Exam guide\]\(https:\/\/docs\.aws\.amazon\.com\/aws-certification\/latest\/solutions-architect-associate-03\//);
            },
        });
    });

    it('puts local certs before catalog certs of the same rank', async () => {
        await completion({
            text: 'use aws\ncert data_mesh "Data Mesh" { level associate }\ncloud_practitioner -> data<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.equal(labels(list)[0], 'data_mesh'),
        });
    });

    it('completes deep in a long file, inside nested blocks, as at its start', async () => {
        const certs = Array.from({ length: 300 }, (_, i) => `cert local_${i} "Local ${i}" { level associate }`).join('\n');
        await completion({
            text: `use aws\n${certs}\narea "A" {\n  role "R" {\n    local_1 -> sec<|>\n  }\n}\nearned local_2\n`,
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.equal(labels(list)[0], 'security'),
        });
        await completion({
            text: `use aws\n${certs}\ngroup "G" {\n  group "H" {\n    local_29<|>\n  }\n}\n`,
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list).slice(0, 2), ['local_29', 'local_290']),
        });
    });

    it('after a step, puts certs of its tier or above before those that would step down', async () => {
        await completion({
            text: 'use aws\nsolutions_architect_professional -> d<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list).slice(0, 5), [
                'data_analytics', 'database', 'devops_engineer', // specialty, specialty, professional
                'data_engineer', 'developer', // associate: a step down
            ]),
        });
    });

    it('offers only certs that match what was typed', async () => {
        await completion({
            text: 'use aws\ncloud_practitioner -> devo<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list), ['devops_engineer']),
        });
    });

    it('never offers a cert as its own successor, but offers it in the paths after it', async () => {
        await completion({
            text: 'cert mine_a "A" { level associate }\ncert mine_b "B" { level associate successor mine<|> }',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list), ['mine_a']),
        });
        await completion({
            text: 'cert mine_a "A" { level associate }\ncert mine_b "B" { level associate }\nmine<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list).filter(label => label.startsWith('mine')), ['mine_a', 'mine_b']),
        });
    });

    it('explains keywords in their documentation', async () => {
        await completion({
            text: 'use aws\nearn<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const earned = list.items.find(item => item.label === 'earned' && item.kind === CompletionItemKind.Keyword);
                assert.match((earned?.documentation as MarkupContent).value, /certifications you hold/);
            },
        });
    });

    it('completes certs after `successor` and in `goal` lists', async () => {
        await completion({
            text: 'use aws\ncert mine "Mine" { level associate successor cloudo<|> }',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.equal(labels(list)[0], 'cloudops_engineer'),
        });
        await completion({
            text: 'use aws\ngoal security, machine_l<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list).slice(0, 2), ['machine_learning', 'machine_learning_engineer']),
        });
    });

    it('offers the built-in catalogs after `use`', async () => {
        await completion({
            text: 'use <|>',
            index: 0,
            disposeAfterCheck: true,
            expectedItems: ['aws', 'azure', 'google', 'cncf'],
        });
    });

    it('offers the CNCF Kubernetes certs first for `kube` in a tree that uses aws and cncf', async () => {
        await completion({
            text: 'use aws\nuse cncf\nkube<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list).slice(0, 5).sort(), ['cka', 'ckad', 'cks', 'kcna', 'kcsa']),
        });
    });

    it('offers Azure Administrator by its code for `az-1`', async () => {
        await completion({
            text: 'use azure\ngoal az-1<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const first = ordered(list)[0];
                assert.equal(first.label, 'azure_administrator');
                assert.equal(first.labelDetails?.detail, ' AZ-104');
                // The whole of `az-1` is replaced, though the lexer splits it.
                assert.equal((first.textEdit as { range: { start: { character: number } } }).range.start.character, 'goal '.length);
            },
        });
    });

    it('offers a catalog\'s certs after its name and a dot, and inserts the qualified id', async () => {
        await completion({
            text: 'use aws\nuse azure\ngoal azure.devo<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                assert.deepEqual(labels(list), ['azure.devops_engineer']);
                const edit = ordered(list)[0].textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
                assert.equal(edit.newText, 'azure.devops_engineer');
                assert.equal(edit.range.start.character, 'goal '.length);
                assert.equal(edit.range.end.character, 'goal azure.devo'.length);
            },
        });
    });

    it('offers an id two used catalogs declare only in its qualified forms', async () => {
        await completion({
            text: 'use aws\nuse azure\ngoal devops_eng<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list), ['aws.devops_engineer', 'azure.devops_engineer']),
        });
    });

    it('offers the levels after `level`', async () => {
        await completion({
            text: 'cert x "X" { level <|> }',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.deepEqual(labels(list).sort(), ['associate', 'foundational', 'professional', 'specialty']),
        });
    });

    it('offers statement keywords, with the typed keyword first', async () => {
        await completion({
            text: 'use aws\n<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const keywords = list.items.filter(item => item.kind === CompletionItemKind.Keyword).map(item => item.label);
                for (const keyword of ['area', 'role', 'group', 'cert', 'highlight', 'earned', 'goal', 'style']) {
                    assert.ok(keywords.includes(keyword), keyword);
                }
            },
        });
        await completion({
            text: 'use aws\nhigh<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => assert.equal(labels(list)[0], 'highlight'),
        });
    });

    it('offers role names, quoted, after `highlight` and inside its open string', async () => {
        const text = 'area "Data" {\n  role "Cloud Data Engineer" { }\n}\nrole "Solo" { }\n';
        await completion({
            text: `${text}highlight <|>`,
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const items = ordered(list).filter(item => item.kind === CompletionItemKind.Class);
                assert.deepEqual(items.map(item => item.label).sort(), ['Cloud Data Engineer', 'Solo']);
                assert.ok(items.every(item => (item.textEdit?.newText ?? item.insertText)?.startsWith('"')));
            },
        });
        await completion({
            text: `${text}highlight "Solo", "Clo<|>"`,
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const item = list.items.find(candidate => candidate.label === 'Cloud Data Engineer');
                assert.ok(item?.textEdit && 'range' in item.textEdit);
                // Replaces from the opening quote through the closing one the editor inserted.
                assert.deepEqual(item.textEdit.range, { start: { line: 4, character: 18 }, end: { line: 4, character: 23 } });
                assert.equal(item.textEdit.newText, '"Cloud Data Engineer"');
            },
        });
    });

    it('offers the .certtree files near the document inside `use "`', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'certtree-use-'));
        try {
            mkdirSync(join(folder, 'plans', 'shared'), { recursive: true });
            mkdirSync(join(folder, 'node_modules'));
            writeFileSync(join(folder, 'library.certtree'), '');
            writeFileSync(join(folder, 'notes.txt'), '');
            writeFileSync(join(folder, 'node_modules', 'hidden.certtree'), '');
            writeFileSync(join(folder, 'plans', 'team.certtree'), '');
            writeFileSync(join(folder, 'plans', 'shared', 'base.certtree'), '');
            const { CertTree: onDisk } = createCertTreeServices(NodeFileSystem);
            const documentUri = pathToFileURL(join(folder, 'plans', 'tree.certtree')).toString();
            await expectCompletion(onDisk)({
                text: 'use "<|>"',
                index: 0,
                parseOptions: { documentUri },
                disposeAfterCheck: true,
                assert: list => {
                    assert.deepEqual(list.items.map(item => item.label).sort(), ['../library.certtree', './shared/base.certtree', './team.certtree']);
                    const item = list.items.find(candidate => candidate.label === './team.certtree')!;
                    assert.ok(item.textEdit && 'range' in item.textEdit);
                    assert.equal(item.textEdit.newText, '"./team.certtree"');
                    assert.deepEqual(item.textEdit.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } });
                },
            });
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('offers snippets for cert, area and role', async () => {
        await completion({
            text: '<|>',
            index: 0,
            disposeAfterCheck: true,
            assert: list => {
                const snippets = list.items.filter(item => item.kind === CompletionItemKind.Snippet);
                assert.deepEqual(snippets.map(item => item.label).sort(), ['area', 'cert', 'role']);
                const cert = snippets.find(item => item.label === 'cert')!;
                assert.equal(cert.insertTextFormat, InsertTextFormat.Snippet);
                assert.match(cert.insertText!, /level \$\{3\|foundational,associate,professional,specialty\|\}/);
            },
        });
    });

    it('offers no roles or certs inside a role that a path cannot hold', async () => {
        await completion({
            text: 'use aws\narea "A" {\n  <|>\n}',
            index: 0,
            disposeAfterCheck: true,
            expectedItems: ['role', 'role'],
        });
    });
});
