// Every editor service answers on broken and hostile documents instead of throwing.
import * as assert from 'node:assert/strict';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { ResponseError } from 'vscode-languageserver';
import { createCertTreeServices } from '../../../src/language/certtree-module.js';

const { shared, CertTree } = createCertTreeServices(EmptyFileSystem);
const parse = parseHelper(CertTree);

const longId = 'x'.repeat(10_000);
const documents: Record<string, string> = {
    'an unterminated string': 'use aws\ntree "Unfinished\narea "A" { role "R" { security -> ',
    'unterminated blocks': 'use aws\narea "A" {\n  role "R" {\n    security ->\n  group "G" { cert c "C" { level ',
    'binary junk': 'use aws\n\u0000\u0001\u00ff\ufffd{{}}->~>,,??""\u0007 cert 9 "x" { level }',
    'deeply nested groups': `${'group "g" {\n'.repeat(150)}a -> b\n${'}\n'.repeat(150)}`,
    'a 10,000-character id': `use aws\ncert ${longId} "Long" { level associate }\n${longId} -> security\nearned ${longId}`,
    'keywords where ids belong': 'use use\ncert level "L" { level level }\nlevel -> cert\nhighlight role',
    'an empty document': '',
    // Issue: these broke semantic tokens and inlay hints, workspace symbols, and document links.
    'a successor not yet named': 'cert a "A" { level associate successor }\ncert b "B" { level associate successor\n}\na -> b',
    'areas and roles without names': 'area {}\nrole {}\narea "" { role "" { } role { } }\nhighlight ""',
    'lone surrogates in paths': 'use "./\uD800.certtree"\ncert a "A" { level associate icon "./\uDC00.png" url "https://example.com/\uD800" }\nsource "https://example.com/\uDFFF"\na',
};

describe('editor services on bad input', function () {
    // Catches a hang, not a slow answer: generous for a busy machine.
    this.timeout(60_000);
    for (const [name, text] of Object.entries(documents)) {
        it(`answer on ${name}`, async () => {
            const document = await parse(text);
            const uri = document.uri.toString();
            const textDocument = { uri };
            const length = text.length;
            // Every line start and end, and a spread of offsets in between.
            const offsets = new Set<number>([0, length]);
            for (let i = 0; i < length; i += Math.max(1, Math.floor(length / 60))) offsets.add(i);
            for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) offsets.add(i).add(i + 1);
            const lsp = CertTree.lsp;
            for (const offset of offsets) {
                const position = document.textDocument.positionAt(offset);
                await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
                await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
                await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
                await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
                await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position });
                try {
                    await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
                    await lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'renamed' });
                } catch (error) {
                    // Refusals are answers the editor shows; anything else is a crash.
                    assert.ok(error instanceof ResponseError, String(error));
                }
            }
            await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
            await lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument });
            await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
            for (const query of ['', 'a']) await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
            await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
            await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
            const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(length) };
            await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range });
            const edits = await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } });
            if (document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0) {
                assert.deepEqual(edits, [], 'a document with syntax errors is not reformatted');
            }
            await clearDocuments(shared, [document]);
        });
    }
});
