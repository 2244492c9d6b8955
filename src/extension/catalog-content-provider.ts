// Shows the built-in catalogs (`certtree-catalog:` URIs, e.g. go to definition on `aws` certs) read-only.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CatalogTextRequest } from '../shared/protocol.js';
import type { CatalogTextParams, CatalogTextResult } from '../shared/protocol.js';

export const CATALOG_SCHEME = 'certtree-catalog';

export class CatalogContentProvider implements vscode.TextDocumentContentProvider {
    constructor(private readonly client: LanguageClient) {}

    async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
        const params: CatalogTextParams = { uri: uri.toString() };
        try {
            return await this.client.sendRequest<CatalogTextResult>(CatalogTextRequest, params, token);
        } catch {
            return `// There is no built-in catalog at ${uri.toString()}.\n`;
        }
    }
}
