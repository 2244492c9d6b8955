// Hover: a cert's facts judged against the tree's date, the roles using it; a role's paths.
import * as assert from 'node:assert/strict';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { clearDocuments, expectHover, parseHelper, setTextDocument } from 'langium/test';
import type { MarkupContent } from 'vscode-languageserver';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';
import { markdownHazards } from '../../helpers/markdown-hazards.js';

const { shared, CertTree } = createCertTreeServices(EmptyFileSystem);
const hover = expectHover(CertTree);
const parse = parseHelper(CertTree);

const tree = `date "2026-01-15"
use aws
area "Operations" {
  role "Systems Administrator" {
    sy<|>sops_admin ~> devops_engineer
  }
  role "Cloud Security Engineer" {
    sysops_admin -> security ~> devops_engineer
  }
}
area "Security" {
  role "Cloud Security Architect" {
    solutions_architect_associate -> security
  }
}
highlight "Cloud Security En<|>gineer"
`;

describe('hover', () => {
    it('shows a catalog cert with code, level, exam facts, guide link and the roles using it', async () => {
        await hover({
            text: tree.replace('sy<|>sops_admin', 'sysops_admin').replace('-> security ~>', '-> secu<|>rity ~>'),
            index: 0,
            disposeAfterCheck: true,
            hover: new RegExp([
                '\\*\\*AWS Certified Security – Specialty\\*\\*',
                '`security` · code SCS-C03 · level specialty',
                'Exam: 170 minutes · 65 questions · 300 USD',
                '\\[Exam guide\\]\\(https://docs\\.aws\\.amazon\\.com/[^)]+\\)',
                'On the paths of: Cloud Security Engineer, Cloud Security Architect',
            ].join('\\n\\n')),
        });
    });

    it('says a cert is retired against the tree date and names its new name', async () => {
        await hover({
            text: tree,
            index: 0,
            disposeAfterCheck: true,
            hover: /Retired: the last exam day was 2025-09-29 \(tree date 2026-01-15\); renamed to `cloudops_engineer` \(AWS Certified CloudOps Engineer – Associate\), exam SOA-C03: the same credential, kept by its holders\./,
        });
    });

    it('says what the plan makes of a cert, on the pinned plan date', async () => {
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { certtree: { planning: { today: '2026-12-03' } } } });
        try {
            const planned = 'use aws\nrole "Ops" { developer -> sysops_admin? ~> devops_engineer }\nearned developer\ngoal devops_engineer\n';
            await hover({
                text: planned.replace('~> devops_engineer', '~> devops<|>_engineer'),
                index: 0,
                disposeAfterCheck: true,
                hover: /Plan for 2026-12-03\\?: next up, exam 1 of 1; for goal devops\\_engineer; role Ops\./,
            });
            await hover({
                text: planned.replace('sysops_admin?', 'sysops<|>_admin?'),
                index: 0,
                disposeAfterCheck: true,
                hover: /Plan for 2026-12-03\\?: retired; take cloudops\\_engineer \\?\(AWS Certified CloudOps Engineer – Associate\\?\) in its place\./,
            });
        } finally {
            shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { certtree: {} } });
        }
    });

    it('says the same cert is still retiring in a tree dated before its last day', async () => {
        await hover({
            text: tree.replace('2026-01-15', '2023-11-29'),
            index: 0,
            disposeAfterCheck: true,
            hover: /Retiring: the last exam day is 2025-09-29 \(tree date 2023-11-29\)/,
        });
    });

    it('works on a local declaration too, and escapes Markdown in names', async () => {
        await hover({
            text: 'cert c<|>ka "Kubernetes *Admin*" {\n  level associate\n  code "CKA"\n  minutes 120\n}\n',
            index: 0,
            disposeAfterCheck: true,
            hover: '**Kubernetes \\*Admin\\***\n\n`cka` · code CKA · level associate\n\nExam: 120 minutes',
        });
    });

    // Issue: a `url` with `)` closed the exam guide link early, so the rest became an image and a `command:` link.
    it('keeps links, images and HTML out of hostile names, codes and exam guide addresses', async () => {
        const text = [
            'cert e<|>vil "Evil ![x](https://evil.example/a.png) <img src=x> https://evil.example www.evil.example a@evil.example\n# heading" {',
            '  level associate',
            '  code "[c](command:x) &lt;b&gt;"',
            '  url "https://example.com/guide)![t](https://evil.example/pixel.png)[run](command:workbench.action.terminal.new"',
            '}',
        ].join('\n');
        const document = await parse(text.replace('<|>', ''));
        const result = await CertTree.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line: 0, character: 6 },
        });
        const markdown = (result?.contents as MarkupContent).value;
        assert.deepEqual(markdownHazards(markdown), {
            links: [{ text: 'Exam guide', href: 'https://example.com/guide%29!%5Bt%5D%28https://evil.example/pixel.png%29%5Brun%5D%28command:workbench.action.terminal.new' }],
            images: [],
            html: [],
        });
        assert.match(markdown, /^\*\*Evil .* a\\@evil\.example \\# heading\*\*\n/);
    });

    it('shows a role with its paths as text, from a highlight', async () => {
        await hover({
            text: tree.replace('sy<|>sops_admin', 'sysops_admin'),
            index: 0,
            disposeAfterCheck: true,
            hover: '**Role Cloud Security Engineer** in area Operations\n\n```certtree\nsysops_admin -> security ~> devops_engineer\n```',
        });
    });

    it('gives the hover the range of the word under the cursor', async () => {
        const document = await parse(tree.replace(/<\|>/g, ''));
        const result = await CertTree.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: { line: 4, character: 6 },
        });
        assert.deepEqual(result?.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 16 } });
        assert.match((result?.contents as MarkupContent).value, /SysOps Administrator/);
    });

    it('names the roles of the current text after an edit', async () => {
        const uri = 'file:///hover/edited.certtree';
        const before = 'use aws\nrole "First" { security }\n';
        const hoverRoles = async (text: string, version: number) => {
            setTextDocument(CertTree, TextDocument.create(uri, 'certtree', version, text));
            await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
            const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri))!;
            const result = await CertTree.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri },
                position: document.textDocument.positionAt(text.indexOf('security') + 2),
            });
            return /On the paths of: (.*)/.exec((result?.contents as MarkupContent).value)?.[1];
        };
        assert.equal(await hoverRoles(before, 1), 'First');
        assert.equal(await hoverRoles(`${before}role "Second" { developer -> security }\n`, 2), 'First, Second');
        await clearDocuments(shared);
    });

    it('says what a keyword or arrow does', async () => {
        await hover({
            text: 'use aws\ndeveloper ~<|>> devops_engineer',
            index: 0,
            disposeAfterCheck: true,
            hover: '`a ~> b`: b is a "dive deep" step after a, drawn dashed.',
        });
        await hover({
            text: 'use aws\nea<|>rned developer',
            index: 0,
            disposeAfterCheck: true,
            hover: /^`earned id, …`: certifications you hold/,
        });
    });

    it('has nothing to say between tokens', async () => {
        await hover({ text: 'use aws\nearned  <|> security', index: 0, disposeAfterCheck: true, hover: undefined });
    });

    it('says which prerequisites are rules and which only advice', async () => {
        await hover({
            text: 'use cncf\nkcna -> cka -> c<|>ks',
            index: 0,
            disposeAfterCheck: true,
            hover: /Required first: `cka` \(Certified Kubernetes Administrator\); CKA must be taken and passed before attempting CKS/,
        });
        await hover({
            text: 'use cncf\np<|>ca',
            index: 0,
            disposeAfterCheck: true,
            hover: /Recommended first \(advice, not a rule\): `kcna` \(Kubernetes and Cloud Native Associate\) or `cka` \(Certified Kubernetes Administrator\) or `ckad` \(Certified Kubernetes Application Developer\)/,
        });
        await hover({ text: 'use cncf\nkc<|>na', index: 0, disposeAfterCheck: true, hover: /^(?![\s\S]*(Required|Recommended) first)/ });
    });

    it('shows a renamed credential\'s current exam code, and the former exam on the current one', async () => {
        await hover({
            text: 'date "2026-12-03"\nuse azure\nazure_ai_fundamentals_a<|>i900',
            index: 0,
            disposeAfterCheck: true,
            hover: /Retired: the last exam day was 2026-06-30 \(tree date 2026-12-03\); renamed to `azure_ai_fundamentals` \(Microsoft Certified\\: Azure AI Fundamentals\), exam AI-901: the same credential, kept by its holders\./,
        });
        await hover({
            text: 'use azure\nazure_ai_fund<|>amentals',
            index: 0,
            disposeAfterCheck: true,
            hover: /code AI-901[\s\S]*Formerly: `azure_ai_fundamentals_ai900` \(exam AI-900\), the same credential\./,
        });
    });

    it('shows a cert named with its catalog', async () => {
        await hover({
            text: 'use aws\nuse azure\nazure.devops_eng<|>ineer\narea "A" { role "Azure DevOps" { azure_administrator -> azure.devops_engineer } }',
            index: 0,
            disposeAfterCheck: true,
            hover: /^\*\*Microsoft Certified\\: DevOps Engineer Expert\*\*[\s\S]*Required first: `azure_administrator`[\s\S]* or `azure_developer`[\s\S]*On the paths of: Azure DevOps(\n|$)/,
        });
    });
});
