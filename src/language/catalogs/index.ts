// The built-in catalogs, by the name a `use` statement gives them.
import { URI } from 'langium';
import { awsCatalogText } from './aws.js';

/** The URI scheme of built-in catalog documents; editors open them read-only. */
export const CATALOG_SCHEME = 'certtree-catalog';

export interface BuiltinCatalog {
    readonly name: string;
    readonly description: string;
    readonly uri: URI;
    readonly text: string;
}

function catalog(name: string, description: string, text: string): BuiltinCatalog {
    return { name, description, uri: URI.parse(`${CATALOG_SCHEME}:///${name}.certtree`), text };
}

export const builtinCatalogs: readonly BuiltinCatalog[] = [
    catalog('aws', 'Amazon Web Services certifications', awsCatalogText),
];

export function findBuiltinCatalog(name: string): BuiltinCatalog | undefined {
    return builtinCatalogs.find(c => c.name === name);
}

export function isCatalogUri(uri: URI | string): boolean {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).scheme === CATALOG_SCHEME;
}
