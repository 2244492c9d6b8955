// Soak: 20,000 random incremental edits to one open document of the shipped server over stdio, with
// requests in between. Prints the server's resident memory at start, peak and end, and checks that
// the final diagnostics equal those of a fresh server given the final text. Never fails on time.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import {
    CodeLensRequest, CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentLinkRequest,
    DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest, ResponseError, SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { DocumentValidatedNotification, type DocumentValidatedParams } from '../../src/shared/protocol.js';
import { initialize, shutDown, startSession, within, type Session } from '../helpers/lsp-session.js';
import { randomEdit, seededRandom } from './random-edits.js';

const EDITS = 20_000;
const REQUEST_EVERY = 10;
const SAMPLE_EVERY = 500;

const seed = readFileSync(new URL('../../../examples/aws-certification-paths.certtree', import.meta.url), 'utf8');

/** The server's resident set size in MB, from Linux's /proc; undefined elsewhere. */
function residentMb(pid: number | undefined): number | undefined {
    try {
        const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return kb === undefined ? undefined : Number(kb) / 1024;
    } catch {
        return undefined;
    }
}

/**
 * Waits for the server to say that `uri` is validated at `version` (or a later one), from a record
 * kept since the session started, so a notification that came before the wait is not missed.
 * Diagnostics are published for a document before its validated notification.
 */
function validationWatch(session: Session): (uri: string, version: number) => Promise<Diagnostic[]> {
    const latest = new Map<string, number>();
    const waiters: Array<() => void> = [];
    session.connection.onNotification(DocumentValidatedNotification, (params: DocumentValidatedParams) => {
        latest.set(params.uri, Math.max(latest.get(params.uri) ?? 0, params.version));
        for (const waiter of waiters.splice(0)) waiter();
    });
    return (uri, version) => within(new Promise<Diagnostic[]>(resolve => {
        const check = () => {
            if ((latest.get(uri) ?? 0) >= version) resolve(session.diagnostics(uri, () => true));
            else waiters.push(check);
        };
        check();
    }), `version ${version} to be validated`, 120_000);
}

function comparable(diagnostics: Diagnostic[]): string[] {
    return diagnostics.map(d => JSON.stringify([d.range, d.severity, d.code, d.message])).sort();
}

const folder = mkdtempSync(join(tmpdir(), 'certtree-soak-'));
const uri = pathToFileURL(join(folder, 'soak.certtree')).toString();
const session = startSession('stdio');
await initialize(session, folder);
const { connection } = session;
const pid = session.child.pid;
const validatedDiagnostics = validationWatch(session);

let document = TextDocument.create(uri, 'certtree', 1, seed);
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version: 1, text: seed } });
await validatedDiagnostics(uri, 1);
const rssStart = residentMb(pid);
let rssPeak = rssStart ?? 0;

const random = seededRandom(20261203);
const requests = [
    (position: { line: number; character: number }) => connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
    (position: { line: number; character: number }) => connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }),
    () => connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
    () => connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }),
    () => connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) } }),
    () => connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }),
    () => connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }),
    () => connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } }),
];
let answered = 0;
const failures = new Map<string, number>();
const started = performance.now();
for (let edit = 1; edit <= EDITS; edit++) {
    const change = randomEdit(document.getText(), seed.length, random);
    const range = { start: document.positionAt(change.start), end: document.positionAt(change.end) };
    document = TextDocument.update(document, [{ range, text: change.text }], edit + 1);
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: edit + 1 }, contentChanges: [{ range, rangeLength: change.end - change.start, text: change.text }],
    });
    if (edit % REQUEST_EVERY === 0) {
        const position = document.positionAt(Math.floor(random() * (document.getText().length + 1)));
        try {
            await within(Promise.resolve(requests[(edit / REQUEST_EVERY) % requests.length](position)), `request after edit ${edit}`, 60_000);
            answered++;
        } catch (error) {
            // A request overtaken by the next edit may be cancelled; anything else is a failure.
            const key = error instanceof ResponseError ? `${error.code} ${error.message}` : String(error);
            failures.set(key, (failures.get(key) ?? 0) + 1);
        }
    }
    if (edit % SAMPLE_EVERY === 0) rssPeak = Math.max(rssPeak, residentMb(pid) ?? 0);
}
const finalVersion = EDITS + 1;
const finalDiagnostics = await validatedDiagnostics(uri, finalVersion);
const seconds = (performance.now() - started) / 1000;
const rssEnd = residentMb(pid);
rssPeak = Math.max(rssPeak, rssEnd ?? 0);
const alive = session.child.exitCode === null;
await shutDown(session);

// A fresh server, given the final text at once, must say the same.
const fresh = startSession('stdio');
await initialize(fresh, folder);
const freshValidated = validationWatch(fresh);
await fresh.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version: 1, text: document.getText() } });
const freshDiagnostics = await freshValidated(uri, 1);
await shutDown(fresh);
rmSync(folder, { recursive: true, force: true });

const mb = (value: number | undefined) => value === undefined ? 'n/a' : `${value.toFixed(0)} MB`;
const same = JSON.stringify(comparable(finalDiagnostics)) === JSON.stringify(comparable(freshDiagnostics));
console.log(`soak: ${EDITS.toLocaleString('en-US')} incremental edits, ${answered.toLocaleString('en-US')} requests answered in between, ${seconds.toFixed(0)} s; final text ${document.getText().length.toLocaleString('en-US')} characters`);
console.log(`server RSS: start ${mb(rssStart)}, peak ${mb(rssPeak)}, end ${mb(rssEnd)}`);
console.log(`final diagnostics: ${finalDiagnostics.length}; ${same ? 'equal to' : 'DIFFERENT from'} a fresh server's (${freshDiagnostics.length})`);
for (const [failure, count] of failures) console.log(`request failures: ${count} × ${failure}`);
if (!alive || !same) {
    console.log(alive ? 'The diagnostics after the edits differ from a fresh server\'s.' : 'The server did not survive the edits.');
    process.exit(1);
}
