// Navigation: definition (into the catalog), references, highlights, rename, outline, workspace symbols, folding.
import * as assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, URI } from 'langium';
import { clearDocuments, expectFindReferences, expectFoldings, expectGoToDefinition, expectHighlight, expectSymbols, parseHelper } from 'langium/test';
import type { DocumentSymbol, LocationLink, TextEdit } from 'vscode-languageserver';
import { ResponseError, SymbolKind } from 'vscode-languageserver';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';

const { shared, CertTree } = createCertTreeServices(EmptyFileSystem);
const parse = parseHelper(CertTree);

function at(document: LangiumDocument, needle: string, delta = 1) {
    const offset = document.textDocument.getText().indexOf(needle);
    assert.ok(offset >= 0, `'${needle}' is in the document`);
    return { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + delta) };
}

function textAt(document: LangiumDocument, edit: TextEdit): string {
    return document.textDocument.getText(edit.range);
}

describe('go to definition', () => {
    it('jumps from a reference to the local declaration', async () => {
        await expectGoToDefinition(CertTree)({
            text: 'cert <|mine|> "Mine" { level associate }\nearned mi<|>ne',
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true,
        });
    });

    it('opens the catalog a qualified id names', async () => {
        const document = await parse('use aws\nuse azure\naws.security -> azure.devops_engineer');
        for (const [needle, catalog, delta] of [['aws.security', '/aws.certtree', 6], ['azure.devops', '/azure.certtree', 2]] as const) {
            const links = await CertTree.lsp.DefinitionProvider!.getDefinition(document, at(document, needle, delta)) as LocationLink[];
            assert.equal(links.length, 1, needle);
            assert.equal(URI.parse(links[0].targetUri).path, catalog);
        }
    });

    it('opens the read-only catalog document for a catalog cert', async () => {
        const document = await parse('use aws\ncloud_practitioner -> security');
        const links = await CertTree.lsp.DefinitionProvider!.getDefinition(document, at(document, 'security')) as LocationLink[];
        assert.equal(links.length, 1);
        const target = URI.parse(links[0].targetUri);
        assert.deepEqual([target.scheme, target.authority, target.path], ['certtree-catalog', '', '/aws.certtree']);
        const catalog = shared.workspace.LangiumDocuments.getDocument(target)!;
        assert.equal(catalog.textDocument.getText(links[0].targetSelectionRange), 'security');
        assert.match(catalog.textDocument.getText(links[0].targetRange), /^cert security "AWS Certified Security – Specialty" \{[\s\S]*\}$/);
        await clearDocuments(shared, [document]);
    });
});

describe('references and highlights', () => {
    it('finds every reference to a cert, with its declaration', async () => {
        await expectFindReferences(CertTree)({
            text: 'cert <|a<|>|> "A" { level associate }\ncert b "B" { level professional successor <|a|> }\n<|a|> -> b\nearned <|a|>',
            includeDeclaration: true,
            disposeAfterCheck: true,
        });
    });

    it('highlights the occurrences of a cert in the document', async () => {
        await expectHighlight(CertTree)({
            text: 'cert <|a|> "A" { level associate }\ncert b "B" { level associate }\n<|a<|>|> -> b\ngoal <|a|>, b',
            index: 0,
            rangeIndex: [0, 1, 2],
            disposeAfterCheck: true,
        });
    });
});

describe('rename', () => {
    afterEach(async () => clearDocuments(shared, shared.workspace.LangiumDocuments.all.filter(d => d.uri.scheme === 'file').toArray()));

    it('renames a local cert in its declaration and in every file that uses it', async () => {
        const library = await parse('cert k8s "Kubernetes" { level associate }\n', { documentUri: 'file:///project/library.certtree' });
        const tree = await parse('use "./library.certtree"\nk8s -> k8s_pro\ncert k8s_pro "Pro" { level professional }\nearned k8s\n', { documentUri: 'file:///project/tree.certtree' });
        const edit = await CertTree.lsp.RenameProvider!.rename(tree, { ...at(tree, 'k8s ->', 0), newName: 'cka' });
        const changes = edit?.changes ?? {};
        assert.deepEqual(Object.keys(changes).sort(), ['file:///project/library.certtree', 'file:///project/tree.certtree']);
        assert.deepEqual(changes['file:///project/library.certtree'].map(e => textAt(library, e)), ['k8s']);
        assert.deepEqual(changes['file:///project/tree.certtree'].map(e => textAt(tree, e)), ['k8s', 'k8s']);
        assert.ok(Object.values(changes).flat().every(e => e.newText === 'cka'));
        // `k8s_pro` is another cert and stays.
        assert.ok(changes['file:///project/tree.certtree'].every(e => e.range.start.line !== 2));
    });

    it('refuses to rename a catalog cert named with its catalog, saying why', async () => {
        const tree = await parse('use aws\nuse azure\naws.security -> azure.devops_engineer\n', { documentUri: 'file:///project/mixed.certtree' });
        for (const [needle, id] of [['aws.security', 'security'], ['devops_engineer', 'devops_engineer']]) {
            await assert.rejects(
                async () => CertTree.lsp.RenameProvider!.rename(tree, { ...at(tree, needle, 5), newName: 'sec' }),
                (error: unknown) => error instanceof ResponseError && new RegExp(`'${id}' comes from a built-in catalog and cannot be renamed`).test(error.message)
            );
        }
    });

    it('renames a local cert that shadows catalog certs, leaving the catalogs\' qualified ids alone', async () => {
        const tree = await parse('use aws\nuse azure\ncert devops_engineer "Mine" { level professional }\naws.devops_engineer -> devops_engineer\n', { documentUri: 'file:///project/shadow.certtree' });
        const edit = await CertTree.lsp.RenameProvider!.rename(tree, { ...at(tree, 'devops_engineer "Mine"'), newName: 'my_devops' });
        const edits = edit?.changes?.['file:///project/shadow.certtree'] ?? [];
        assert.deepEqual(edits.map(e => `${e.range.start.line}:${e.range.start.character}:${textAt(tree, e)}`), ['2:5:devops_engineer', '3:23:devops_engineer']);
    });

    it('refuses to rename a catalog cert, saying why', async () => {
        const tree = await parse('use aws\ncloud_practitioner -> security\n', { documentUri: 'file:///project/aws.certtree' });
        await assert.rejects(
            async () => CertTree.lsp.RenameProvider!.rename(tree, { ...at(tree, 'security'), newName: 'sec' }),
            (error: unknown) => error instanceof ResponseError && /'security' comes from a built-in catalog and cannot be renamed/.test(error.message)
        );
        assert.throws(
            () => CertTree.lsp.RenameProvider!.prepareRename(tree, at(tree, 'cloud_practitioner')),
            /'cloud_practitioner' comes from a built-in catalog/
        );
    });

    it('refuses a new name that is not a cert id', async () => {
        const tree = await parse('cert a "A" { level associate }\nearned a\n', { documentUri: 'file:///project/ids.certtree' });
        for (const newName of ['two words', '9lives', 'level', 'with-dash']) {
            await assert.rejects(
                async () => CertTree.lsp.RenameProvider!.rename(tree, { ...at(tree, 'earned a', 7), newName }),
                /is not a valid certification id/
            );
        }
    });

    it('renames an area, keeping the quotes', async () => {
        const tree = await parse('area "Ops" {\n  role "R" { }\n}\n', { documentUri: 'file:///project/areas.certtree' });
        const edit = await CertTree.lsp.RenameProvider!.rename(tree, { ...at(tree, 'Ops'), newName: 'Operations' });
        const edits = edit?.changes?.['file:///project/areas.certtree'] ?? [];
        assert.deepEqual(edits.map(e => [textAt(tree, e), e.newText]), [['"Ops"', '"Operations"']]);
    });

    it('renames a role together with its highlights, keeping the quotes', async () => {
        const tree = await parse('area "A" {\n  role "Data Engineer" { }\n}\nhighlight "Data Engineer"\n', { documentUri: 'file:///project/roles.certtree' });
        const edit = await CertTree.lsp.RenameProvider!.rename(tree, { ...at(tree, 'Data Engineer" {'), newName: 'Data "Wizard"' });
        const edits = edit?.changes?.['file:///project/roles.certtree'] ?? [];
        assert.deepEqual(edits.map(e => textAt(tree, e)), ['"Data Engineer"', '"Data Engineer"']);
        assert.ok(edits.every(e => e.newText === '"Data \\"Wizard\\""'));
    });
});

describe('document links', () => {
    it('links exam guides, the source, used files and icons', async () => {
        const text = [
            'source "https://example.com/paths.pdf"',
            'use "./library.certtree"',
            'cert a "A" {',
            '  level associate',
            '  url "https://example.com/guide"',
            '  icon "./badges/a.png"',
            '}',
            'cert b "B" { level associate url "javascript:alert(1)" }',
        ].join('\n');
        const document = await parse(text, { documentUri: 'file:///project/links/tree.certtree' });
        const links = await CertTree.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        assert.deepEqual(links.map(link => [document.textDocument.getText(link.range), link.target]), [
            ['https://example.com/paths.pdf', 'https://example.com/paths.pdf'],
            ['./library.certtree', 'file:///project/links/library.certtree'],
            ['https://example.com/guide', 'https://example.com/guide'],
            ['./badges/a.png', 'file:///project/links/badges/a.png'],
        ]);
        await clearDocuments(shared, [document]);
    });
});

describe('document symbols', () => {
    it('lists certs, nested groups, and areas holding their roles', async () => {
        await expectSymbols(CertTree)({
            text: [
                'tree "Paths"',
                'use aws',
                'cert cka "Kubernetes Administrator" { level associate code "CKA" }',
                'group "Start" {',
                '  group "Inner" { cka }',
                '  cloud_practitioner',
                '}',
                'area "Architecture" {',
                '  role "Solutions Architect" { solutions_architect_associate -> solutions_architect_professional }',
                '  role "Application Architect" { }',
                '}',
                'role "Solo" { cka }',
            ].join('\n'),
            disposeAfterCheck: true,
            assert: (symbols: DocumentSymbol[]) => {
                const outline = (list: DocumentSymbol[] | undefined): unknown[] =>
                    (list ?? []).map(s => (s.children?.length ? [s.name, s.kind, outline(s.children)] : [s.name, s.kind]));
                assert.deepEqual(outline(symbols), [
                    ['Paths', SymbolKind.File],
                    ['cka', SymbolKind.Class],
                    ['Start', SymbolKind.Package, [['Inner', SymbolKind.Package]]],
                    ['Architecture', SymbolKind.Namespace, [['Solutions Architect', SymbolKind.Function], ['Application Architect', SymbolKind.Function]]],
                    ['Solo', SymbolKind.Function],
                ]);
                assert.equal(symbols[1].detail, 'Kubernetes Administrator · CKA · associate');
                assert.equal(symbols[3].children?.[0].detail, 'role · 1 path');
            },
        });
    });
});

describe('workspace symbols', () => {
    it('finds certs and roles across files and the catalog, matching the query', async () => {
        const document = await parse('use aws\narea "Security" {\n  role "Cloud Security Architect" { security }\n}\ncert secret_keeper "Keeper" { level associate }\n', { documentUri: 'file:///project/symbols.certtree' });
        const symbols = await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'secur' });
        const found = symbols.map(symbol => `${symbol.name} ${symbol.kind} ${'uri' in symbol.location ? symbol.location.uri : ''}`);
        assert.ok(found.includes(`security ${SymbolKind.Class} certtree-catalog:/aws.certtree`), found.join('\n'));
        assert.ok(found.includes(`Security ${SymbolKind.Namespace} file:///project/symbols.certtree`));
        assert.ok(found.includes(`Cloud Security Architect ${SymbolKind.Function} file:///project/symbols.certtree`));
        assert.ok(!found.some(line => line.startsWith('secret_keeper')), 'secret_keeper does not match "secur"');
        await clearDocuments(shared, [document]);
    });
});

describe('folding', () => {
    it('folds cert, area and role blocks up to their closing brace, and long block comments', async () => {
        await expectFoldings(CertTree)({
            text: [
                '<|/* A tree',
                '   of certs,|>',
                '   with comments */',
                '<|cert a "A" {',
                '  level associate|>',
                '}',
                '<|area "X" {',
                '  <|role "R" {',
                '    a|>',
                '  }|>',
                '}',
            ].join('\n'),
            disposeAfterCheck: true,
        });
    });
});
