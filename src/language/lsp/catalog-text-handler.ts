// Serves the text of built-in catalog documents to clients that cannot read their URI scheme.
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { builtinCatalogs, CATALOG_SCHEME } from '../catalogs/index.js';
import type { CatalogTextParams, CatalogTextResult } from '../../shared/protocol.js';
import { CatalogTextRequest } from '../../shared/protocol.js';

/** The text of the catalog document at `uri`; a ResponseError for anything else. */
export function catalogText(uri: string): CatalogTextResult {
    let parsed: URI | undefined;
    try {
        parsed = URI.parse(uri);
    } catch {
        parsed = undefined;
    }
    const catalog = parsed?.scheme === CATALOG_SCHEME
        ? builtinCatalogs.find(candidate => candidate.uri.path === parsed.path)
        : undefined;
    if (!catalog) {
        const known = builtinCatalogs.map(candidate => candidate.uri.toString()).join(', ');
        throw new ResponseError(ErrorCodes.InvalidParams, `'${uri}' is not a built-in catalog. Known catalogs: ${known}.`);
    }
    return catalog.text;
}

export function registerCatalogTextRequest(connection: Connection): void {
    connection.onRequest(CatalogTextRequest, (params: CatalogTextParams) => catalogText(params?.uri ?? ''));
}
