// The shipped language server, started as `certtree-language-server --stdio` (and `--node-ipc`),
// driven by a real LSP client connection: diagnostics, completion, hover, definition, catalog text.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { fork, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Diagnostic, Hover, LocationLink, MarkupContent, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import {
    CompletionRequest, ConfigurationRequest, createProtocolConnection, DefinitionRequest, DiagnosticSeverity,
    DidChangeConfigurationNotification, DidChangeTextDocumentNotification, InlayHintRefreshRequest, InlayHintRequest, DidOpenTextDocumentNotification, ExitNotification, HoverRequest,
    DocumentFormattingRequest, InitializedNotification, InitializeRequest, PrepareRenameRequest, IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification,
    RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter, TextDocumentContentRequest, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'langium';
import { CatalogTextRequest } from '../../src/shared/protocol.js';

const serverBin = join(process.cwd(), 'bin', 'certtree-language-server.js');
const WAIT_MS = 15000;

/** Resolves with `promise`, or fails naming what did not happen within `ms`. */
function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}.`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Session {
    connection: ProtocolConnection;
    child: ChildProcess;
    /** Resolves with the first diagnostics for `uri` that satisfy `accept`, published from now on or already. */
    diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    exited: Promise<number | null>;
    /** Resolves when the server next asks the client to refresh its inlay hints. */
    inlayHintRefresh(): Promise<void>;
}

function startSession(transport: 'stdio' | 'node-ipc'): Session {
    assert.ok(existsSync(join(process.cwd(), 'dist', 'server.cjs')), 'dist/server.cjs exists: run `node esbuild.mjs` first');
    const child = transport === 'stdio'
        ? spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
        : fork(serverBin, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    child.stderr?.on('data', chunk => process.stderr.write(`[server] ${chunk}`));
    const connection = transport === 'stdio'
        ? createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
        : createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));

    const published = new Map<string, Diagnostic[][]>();
    const waiters: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
        published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    });
    // Requests a server sends to its client: settings, dynamic registrations, progress.
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({ inlayHints: { levels: true } })));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    let refreshed: (() => void) | undefined;
    connection.onRequest(InlayHintRefreshRequest.type, () => {
        refreshed?.();
        return undefined;
    });
    connection.listen();

    return {
        connection,
        child,
        exited,
        inlayHintRefresh: () => new Promise<void>(resolve => { refreshed = resolve; }),
        diagnostics: (uri, accept) => {
            const latest = published.get(uri)?.at(-1);
            if (latest && accept(latest)) return Promise.resolve(latest);
            return new Promise(resolve => waiters.push({ uri, accept, resolve }));
        },
    };
}

async function initialize(session: Session, folder: string) {
    const result = await within(session.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(folder).toString(),
        workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'tree' }],
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, inlayHint: { refreshSupport: true } },
            textDocument: {
                completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
                definition: { linkSupport: true },
                publishDiagnostics: { relatedInformation: true },
                inlayHint: {},
            },
        },
    }), 'the initialize response');
    await session.connection.sendNotification(InitializedNotification.type, {});
    return result;
}

async function shutDown(session: Session): Promise<number | null> {
    await within(session.connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
    await session.connection.sendNotification(ExitNotification.type);
    return within(session.exited, 'the server process to exit');
}

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
