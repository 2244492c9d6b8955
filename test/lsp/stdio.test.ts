// The shipped language server, started as `certtree-language-server --stdio` (and `--node-ipc`),
// driven by a real LSP client connection: diagnostics, completion, hover, definition, catalog text.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, LocationLink, MarkupContent } from 'vscode-languageserver-protocol/node';
import {
    CodeActionRequest, CompletionRequest, DefinitionRequest, DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
    CodeLensRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, HoverRequest, InlayHintRequest, PrepareRenameRequest,
    TextDocumentContentRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'langium';
import { CatalogTextRequest } from '../../src/shared/protocol.js';
import { initialize, shutDown, startSession, within, type Session } from '../helpers/lsp-session.js';

const isUnknownCert = (d: Diagnostic) =>
    d.severity === DiagnosticSeverity.Error && (d.code === 'unknown-cert' || (d.data as { code?: string } | undefined)?.code === 'unknown-cert');

describe('language server over stdio', function () {
    let folder: string;
    let session: Session | undefined;

    beforeEach(() => {
        folder = mkdtempSync(join(tmpdir(), 'certtree-lsp-'));
    });

    afterEach(() => {
        if (session && session.child.exitCode === null) session.child.kill();
        session = undefined;
        rmSync(folder, { recursive: true, force: true });
    });

    it('publishes diagnostics, completes, hovers, jumps into the catalog, and clears a fixed error', async () => {
        const path = join(folder, 'tree.certtree');
        const text = 'use aws\ncloud_practitioner -> securty\n';
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        session = startSession('stdio');
        const { connection } = session;

        const init = await initialize(session, folder);
        assert.ok(init.capabilities.completionProvider, 'completion is offered');
        assert.equal(init.capabilities.hoverProvider, true);
        assert.ok(init.capabilities.documentFormattingProvider);
        assert.ok(init.capabilities.renameProvider);
        assert.deepEqual(init.capabilities.workspace?.textDocumentContent, { schemes: ['certtree-catalog'] });

        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'certtree', version: 1, text },
        });
        const first = await within(session.diagnostics(uri, list => list.some(isUnknownCert)), 'the unknown-cert diagnostic');
        const unknown = first.find(isUnknownCert)!;
        assert.deepEqual(unknown.range, { start: { line: 1, character: 22 }, end: { line: 1, character: 29 } });

        const completion = await within(connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri }, position: { line: 1, character: 25 },
        }), 'completion') as CompletionList;
        const items = [...completion.items].sort((a: CompletionItem, b: CompletionItem) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
        assert.equal(items[0].label, 'security');
        assert.equal(items[0].labelDetails?.detail, ' SCS-C03');

        const hover = await within(connection.sendRequest(HoverRequest.type, {
            textDocument: { uri }, position: { line: 1, character: 3 },
        }), 'hover') as Hover;
        const hoverText = (hover.contents as MarkupContent).value;
        assert.match(hoverText, /\*\*AWS Certified Cloud Practitioner\*\*/);
        assert.match(hoverText, /code CLF-C02 · level foundational/);

        const links = await within(connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri }, position: { line: 1, character: 3 },
        }), 'definition') as LocationLink[];
        assert.equal(links.length, 1);
        assert.match(links[0].targetUri, /^certtree-catalog:(\/\/)?\/aws\.certtree$/);
        const catalog = await within(connection.sendRequest(CatalogTextRequest, { uri: links[0].targetUri }), 'the catalog text') as string;
        const catalogLines = catalog.split('\n');
        const declaration = catalogLines.slice(links[0].targetRange.start.line, links[0].targetRange.end.line + 1).join('\n');
        assert.match(declaration, /^cert cloud_practitioner "AWS Certified Cloud Practitioner" \{[\s\S]*code "CLF-C02"[\s\S]*\}$/);
        assert.equal(catalogLines[links[0].targetSelectionRange.start.line].slice(
            links[0].targetSelectionRange.start.character, links[0].targetSelectionRange.end.character), 'cloud_practitioner');
        // The same text through LSP 3.18's standard request, which recent clients use by themselves.
        const content = await within(connection.sendRequest(TextDocumentContentRequest.type, { uri: links[0].targetUri }), 'textDocumentContent');
        assert.equal(content.text, catalog);

        // Renaming a catalog cert is refused with a message the editor shows.
        await assert.rejects(
            within(connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: { line: 1, character: 3 } }), 'prepareRename'),
            /'cloud_practitioner' comes from a built-in catalog and cannot be renamed/
        );

        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ range: { start: { line: 1, character: 22 }, end: { line: 1, character: 29 } }, text: 'security' }],
        });
        const fixed = await within(
            session.diagnostics(uri, list => !list.some(isUnknownCert)),
            'the diagnostics to clear after the fix'
        );
        assert.deepEqual(fixed.filter(d => d.severity === DiagnosticSeverity.Error), []);

        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 3 },
            contentChanges: [{ text: 'use aws\n\n\ncloud_practitioner->security   // next\n' }],
        });
        const edits = await within(connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
        }), 'formatting');
        assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'certtree', 3, 'use aws\n\n\ncloud_practitioner->security   // next\n'), edits ?? []),
            'use aws\n\ncloud_practitioner -> security // next\n');

        assert.equal(await shutDown(session), 0);
    });

    it('with two catalogs: reports an ambiguous id with a fix per catalog, and completes after `azure.`', async () => {
        const path = join(folder, 'mixed.certtree');
        const text = 'use aws\nuse azure\ndevops_engineer\n';
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        session = startSession('stdio');
        const { connection } = session;
        const init = await initialize(session, folder);
        assert.ok(init.capabilities.completionProvider?.triggerCharacters?.includes('.'), 'a dot asks for completion');
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version: 1, text } });
        const isAmbiguous = (d: Diagnostic) => (d.data as { code?: string } | undefined)?.code === 'ambiguous-cert';
        const diagnostics = await within(session.diagnostics(uri, list => list.some(isAmbiguous)), 'the ambiguous-cert diagnostic');
        const ambiguous = diagnostics.find(isAmbiguous)!;
        assert.equal(ambiguous.message, "'devops_engineer' is in the catalogs aws and azure; write 'aws.devops_engineer' or 'azure.devops_engineer' to say which.");
        const actions = await within(connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: ambiguous.range, context: { diagnostics: [ambiguous] },
        }), 'code actions') as CodeAction[];
        assert.deepEqual(actions.map(action => action.title), ["Write 'aws.devops_engineer'", "Write 'azure.devops_engineer'"]);

        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: 'use aws\nuse azure\nazure.\n' }],
        });
        const completion = await within(connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri }, position: { line: 2, character: 6 }, context: { triggerKind: 2, triggerCharacter: '.' },
        }), 'completion') as CompletionList;
        const labels = completion.items.map(item => item.label);
        assert.ok(labels.length > 0 && labels.every(label => label.startsWith('azure.')), labels.join(', '));
        assert.ok(labels.includes('azure.azure_administrator'));
        assert.equal(await shutDown(session), 0);
    });

    it('shows the next-up code lens above `earned` and hides it when the setting is switched off', async () => {
        session = startSession('stdio');
        await initialize(session, folder);
        const uri = pathToFileURL(join(folder, 'lens.certtree')).toString();
        const text = 'use aws\ncloud_practitioner -> developer -> devops_engineer\nearned cloud_practitioner\n';
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'certtree', version: 1, text },
        });
        await within(session.diagnostics(uri, () => true), 'diagnostics');
        const lenses = await within(session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }), 'code lenses');
        assert.deepEqual(lenses?.map(lens => [lens.range.start.line, lens.command?.title]), [[2, 'Next up: developer']]);

        const refresh = session.codeLensRefresh();
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { certtree: { codeLens: { nextUp: false } } },
        });
        await within(refresh, 'the server to ask for a code lens refresh');
        const hidden = await within(session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }), 'code lenses');
        assert.deepEqual(hidden, []);
        assert.equal(await shutDown(session), 0);
    });

    it('shows level inlay hints and hides them when the setting is switched off', async () => {
        session = startSession('stdio');
        await initialize(session, folder);
        const uri = pathToFileURL(join(folder, 'hints.certtree')).toString();
        const text = 'use aws\ndeveloper -> devops_engineer\n';
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'certtree', version: 1, text },
        });
        await within(session.diagnostics(uri, () => true), 'diagnostics');
        const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
        const hints = await within(session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }), 'inlay hints');
        assert.deepEqual(hints?.map(hint => [hint.position, hint.label]), [
            [{ line: 1, character: 9 }, 'associate'],
            [{ line: 1, character: 28 }, 'professional'],
        ]);

        const refresh = session.inlayHintRefresh();
        await session.connection.sendNotification(DidChangeConfigurationNotification.type, {
            settings: { certtree: { inlayHints: { levels: false } } },
        });
        await within(refresh, 'the server to ask for an inlay hint refresh');
        const hidden = await within(session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }), 'inlay hints');
        assert.deepEqual(hidden, []);
        assert.equal(await shutDown(session), 0);
    });

    it('also speaks LSP over --node-ipc, with the catalogs inside the bundle', async () => {
        session = startSession('node-ipc');
        await initialize(session, folder);
        const uri = pathToFileURL(join(folder, 'ipc.certtree')).toString();
        const text = 'use aws\ndeveloper -> devops_engineer\n';
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'certtree', version: 1, text },
        });
        const diagnostics = await within(session.diagnostics(uri, () => true), 'diagnostics');
        assert.deepEqual(diagnostics.filter(d => d.severity === DiagnosticSeverity.Error), []);
        const hover = await within(session.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri }, position: { line: 1, character: 16 },
        }), 'hover') as Hover;
        assert.match((hover.contents as MarkupContent).value, /AWS Certified DevOps Engineer – Professional/);
        assert.equal(await shutDown(session), 0);
    });
});
