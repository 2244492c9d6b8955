// Shows the built-in catalogs (`certtree-catalog:` URIs, e.g. go to definition on `aws` certs) read-only.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const CATALOG_SCHEME = 'certtree-catalog';
const CATALOG_TEXT_REQUEST = 'certtree/catalogText';

export class CatalogContentProvider implements vscode.TextDocumentContentProvider {
    constructor(private readonly client: LanguageClient) {}

    async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
        const result = await this.client.sendRequest<string | { text?: string } | null>(CATALOG_TEXT_REQUEST, { uri: uri.toString() }, token);
        const text = typeof result === 'string' ? result : result?.text;
        return text ?? `// There is no built-in catalog at ${uri.toString()}.\n`;
    }
}
