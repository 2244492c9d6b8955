// Creates the built-in catalogs' library documents on first use and keeps them in the workspace.
import type { LangiumDocument, LangiumDocumentFactory, LangiumDocuments, LangiumSharedCoreServices } from 'langium';
import { builtinCatalogs, findBuiltinCatalog } from './catalogs/index.js';
import type { Model } from './generated/ast.js';

export class CatalogDocuments {
    private readonly documents: LangiumDocuments;
    private readonly factory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.factory = services.workspace.LangiumDocumentFactory;
    }

    /** The library document of catalog `name`, or undefined when there is no such catalog. */
    get(name: string): LangiumDocument<Model> | undefined {
        const catalog = findBuiltinCatalog(name);
        if (!catalog) return undefined;
        const existing = this.documents.getDocument(catalog.uri);
        if (existing) return existing as LangiumDocument<Model>;
        const document = this.factory.fromString<Model>(catalog.text, catalog.uri);
        this.documents.addDocument(document);
        return document;
    }

    /** Every built-in catalog document. */
    all(): Array<LangiumDocument<Model>> {
        return builtinCatalogs.map(c => this.get(c.name)!);
    }
}
