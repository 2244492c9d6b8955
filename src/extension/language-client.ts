// Starts the bundled CertTree language server (dist/server.cjs) and connects VS Code to it.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        // Built-in catalogs are library documents the server already holds; only the user's files sync.
        documentSelector: [
            { scheme: 'file', language: 'certtree' },
            { scheme: 'untitled', language: 'certtree' },
        ],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.certtree') },
        outputChannel,
    };
    return new LanguageClient('certtree', 'CertTree Language Server', serverOptions, clientOptions);
}
