// The shipped server against hostile documents, workspaces and timing: it answers on, and its limits hold.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import {
    DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    FileChangeType, HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { DOCUMENT_TOO_LARGE_MESSAGE, MAX_DOCUMENT_BYTES, NESTING_TOO_DEEP_MESSAGE } from '../../src/language/document-limits.js';
import { initialize, shutDown, startSession, within, type Session } from '../helpers/lsp-session.js';

describe('language server over stdio, against hostile input', function () {
    let folder: string;
    let session: Session | undefined;

    beforeEach(() => {
        folder = mkdtempSync(join(tmpdir(), 'certtree-hostile-'));
    });

    afterEach(() => {
        if (session && session.child.exitCode === null) session.child.kill();
        session = undefined;
        rmSync(folder, { recursive: true, force: true });
    });

    async function hoverText(uri: string, line: number, character: number): Promise<string> {
        const hover = await within(session!.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }), 'hover') as Hover;
        return (hover.contents as MarkupContent).value;
    }

    // Issue: after 10,000 nested groups the parser was left dirty and the next parse ended the server.
    it('reads a valid tree after an edit to 10,000 nested groups, closed and then unclosed', async () => {
        session = startSession('stdio');
        await initialize(session, folder);
        const uri = pathToFileURL(join(folder, 'deep.certtree')).toString();
        const { connection } = session;
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version: 1, text: '' } });
        const open = 'group "g" {\n'.repeat(10_000);
        const versions = [`${open}${'}\n'.repeat(10_000)}`, open, 'use aws\ndeveloper -> devops_engineer\n'];
        for (const [index, text] of versions.entries()) {
            await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: index + 2 }, contentChanges: [{ text }] });
            const diagnostics: Diagnostic[] = await within(session.diagnostics(uri, list => index === 2 ? list.length === 0 : list.length > 0), `the diagnostics of version ${index + 2}`);
            if (index < 2) assert.deepEqual(diagnostics.map((d: Diagnostic) => [d.message, d.range.start]), [[NESTING_TOO_DEEP_MESSAGE, { line: 100, character: 10 }]]);
        }
        assert.match(await hoverText(uri, 1, 3), /AWS Certified Developer/);
        assert.equal(await shutDown(session), 0);
    });

    // Issue: a 1 GB workspace file stalled every request; one appearing later ended the server
    // ("Invalid string length"); 2 MB of `a ` delayed every other file's diagnostics by minutes.
    it('refuses huge workspace files where they pass 1 MB, at start-up and when they appear later, and serves the others', async () => {
        const huge = join(folder, 'huge.certtree');
        writeFileSync(huge, '');
        truncateSync(huge, 1024 * 1024 * 1024); // sparse: a gigabyte of zero bytes that takes no disk space
        const junk = join(folder, 'junk.certtree');
        writeFileSync(junk, 'a '.repeat(1024 * 1024));
        const mine = join(folder, 'mine.certtree');
        writeFileSync(mine, 'use aws\ndeveloper -> devops_engineer\n');
        session = startSession('stdio');
        await initialize(session, folder);
        const uri = pathToFileURL(mine).toString();
        const tooLarge = (line: number, character: number) => (list: Diagnostic[]) =>
            list.length === 1 && list[0].message === DOCUMENT_TOO_LARGE_MESSAGE as string && list[0].range.start.line === line && list[0].range.start.character === character;
        await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'certtree', version: 1, text: 'use aws\ndeveloper -> devops_enginer\n' },
        });
        await within(session.diagnostics(uri, list => list.some(d => /Unknown certification 'devops_enginer'/.test(String(d.message)))), 'the diagnostics of an open file');
        assert.match(await hoverText(uri, 1, 3), /AWS Certified Developer/);

        const later = join(folder, 'later.certtree');
        writeFileSync(later, '');
        truncateSync(later, 1024 * 1024 * 1024);
        // Files the watcher reports are checked: the server reads no more of them than the limit.
        await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [
            { uri: pathToFileURL(later).toString(), type: FileChangeType.Created },
            { uri: pathToFileURL(junk).toString(), type: FileChangeType.Changed },
        ] });
        await within(session.diagnostics(pathToFileURL(later).toString(), tooLarge(0, MAX_DOCUMENT_BYTES)), 'the size error of a 1 GB file that appeared');
        await within(session.diagnostics(pathToFileURL(junk).toString(), tooLarge(0, MAX_DOCUMENT_BYTES)), 'the size error of 2 MB of `a `');
        assert.match(await hoverText(uri, 1, 3), /AWS Certified Developer/);
        assert.equal(await shutDown(session), 0);
    });

    // Issue: closing a document that is not on disk while its change was still being built made the
    // server read the missing file and end on the unhandled ENOENT.
    it('lives through 600 back-to-back open, change and close cycles of a document that is not on disk', async () => {
        session = startSession('stdio');
        await initialize(session, folder);
        const { connection } = session;
        const ghost = pathToFileURL(join(folder, 'ghost.certtree')).toString();
        const sent: Array<Promise<void>> = [];
        for (let cycle = 0; cycle < 600; cycle++) {
            const text = `use aws\ndeveloper -> devops_engineer${cycle % 2 === 0 ? '' : ' -> nonsense'}\n`;
            sent.push(connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: ghost, languageId: 'certtree', version: 1, text } }));
            sent.push(connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: ghost, version: 2 }, contentChanges: [{ text: `${text}earned developer\n` }] }));
            sent.push(connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: ghost } }));
        }
        await Promise.all(sent);
        const uri = pathToFileURL(join(folder, 'after.certtree')).toString();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'certtree', version: 1, text: 'use aws\ndeveloper -> devops_enginer\n' },
        });
        await within(session.diagnostics(uri, list => list.length === 1), 'the diagnostics of a document opened afterwards');
        // The closed document is gone, and so are its diagnostics.
        await within(session.diagnostics(ghost, list => list.length === 0), 'the closed document to lose its diagnostics');
        assert.equal(session.child.exitCode, null, 'the server is still running');
        assert.equal(await shutDown(session), 0);
    });
});
