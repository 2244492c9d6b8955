// A real LSP client session with the bundled language server (`bin/certtree-language-server.js`),
// over --stdio or --node-ipc, shared by the end-to-end tests and the benchmarks.
import * as assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { fork, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import {
    ConfigurationRequest, createProtocolConnection, ExitNotification, InitializedNotification, InitializeRequest,
    CodeLensRefreshRequest, InlayHintRefreshRequest, IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification, RegistrationRequest,
    ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';

export const serverBin = join(process.cwd(), 'bin', 'certtree-language-server.js');
export const WAIT_MS = 15000;

/** Resolves with `promise`, or fails naming what did not happen within `ms`. */
export function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}.`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface Session {
    connection: ProtocolConnection;
    child: ChildProcess;
    /** Resolves with the first diagnostics for `uri` that satisfy `accept`, published from now on or already. */
    diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
    exited: Promise<number | null>;
    /** Resolves when the server next asks the client to refresh its inlay hints. */
    inlayHintRefresh(): Promise<void>;
    /** Resolves when the server next asks the client to refresh its code lenses. */
    codeLensRefresh(): Promise<void>;
}

export function startSession(transport: 'stdio' | 'node-ipc'): Session {
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
    let lensesRefreshed: (() => void) | undefined;
    connection.onRequest(CodeLensRefreshRequest.type, () => {
        lensesRefreshed?.();
        return undefined;
    });
    connection.listen();

    return {
        connection,
        child,
        exited,
        inlayHintRefresh: () => new Promise<void>(resolve => { refreshed = resolve; }),
        codeLensRefresh: () => new Promise<void>(resolve => { lensesRefreshed = resolve; }),
        diagnostics: (uri, accept) => {
            const latest = published.get(uri)?.at(-1);
            if (latest && accept(latest)) return Promise.resolve(latest);
            return new Promise(resolve => waiters.push({ uri, accept, resolve }));
        },
    };
}

export async function initialize(session: Session, folder: string) {
    const result = await within(session.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: pathToFileURL(folder).toString(),
        workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'tree' }],
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true } },
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

export async function shutDown(session: Session): Promise<number | null> {
    await within(session.connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
    await session.connection.sendNotification(ExitNotification.type);
    return within(session.exited, 'the server process to exit');
}
