// The built-in catalogs, by the name a `use` statement gives them.
import { URI } from 'langium';
import { awsCatalogText } from './aws.js';
import { azureAsOf, azureCatalogText, azurePrerequisites } from './azure.js';
import type { CatalogPrerequisite } from './catalog-types.js';
import { cncfAsOf, cncfCatalogText, cncfPrerequisites } from './cncf.js';
import { googleAsOf, googleCatalogText, googlePrerequisites } from './google.js';

export type { CatalogPrerequisite } from './catalog-types.js';

/** The URI scheme of built-in catalog documents; editors open them read-only. */
export const CATALOG_SCHEME = 'certtree-catalog';

export interface BuiltinCatalog {
    readonly name: string;
    readonly description: string;
    /** The date of the newest evidence behind the catalog's facts (YYYY-MM-DD). */
    readonly asOf: string;
    readonly uri: URI;
    readonly text: string;
    readonly prerequisites: readonly CatalogPrerequisite[];
}

function catalog(name: string, description: string, asOf: string, text: string, prerequisites: readonly CatalogPrerequisite[] = []): BuiltinCatalog {
    return { name, description, asOf, uri: URI.parse(`${CATALOG_SCHEME}:///${name}.certtree`), text, prerequisites };
}

export const builtinCatalogs: readonly BuiltinCatalog[] = [
    catalog('aws', 'Amazon Web Services certifications', '2026-09-01', awsCatalogText),
    catalog('azure', 'Microsoft Azure certifications', azureAsOf, azureCatalogText, azurePrerequisites),
    catalog('google', 'Google Cloud certifications', googleAsOf, googleCatalogText, googlePrerequisites),
    catalog('cncf', 'CNCF and Linux Foundation cloud-native certifications', cncfAsOf, cncfCatalogText, cncfPrerequisites),
];

export function findBuiltinCatalog(name: string): BuiltinCatalog | undefined {
    return builtinCatalogs.find(c => c.name === name);
}

/** The built-in catalog whose library document has this URI. */
export function catalogOfUri(uri: URI | string): BuiltinCatalog | undefined {
    const text = uri.toString();
    return builtinCatalogs.find(c => c.uri.toString() === text);
}

export function isCatalogUri(uri: URI | string): boolean {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).scheme === CATALOG_SCHEME;
}
