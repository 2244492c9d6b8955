// Which certs and roles a reference can name: a map per document, so linking stays linear.
import type { AstNodeDescription, AstReflection, LangiumDocument, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, UriUtils, WorkspaceCache } from 'langium';
import type { CertTreeServices } from './certtree-module.js';
import type { CatalogDocuments } from './catalog-documents.js';
import type { Model, Use } from './generated/ast.js';
import { Cert, isCert, Role } from './generated/ast.js';
import { rolesOf } from './model-queries.js';

export class CertTreeScopeProvider extends DefaultScopeProvider {
    private readonly catalogs: CatalogDocuments;
    private readonly documents: CertTreeServices['shared']['workspace']['LangiumDocuments'];
    /** Cleared on every workspace change: a document's scope depends on the files it uses. */
    private readonly certScopes: WorkspaceCache<string, Scope>;
    private readonly roleScopes: WorkspaceCache<string, Scope>;

    constructor(services: CertTreeServices) {
        super(services);
        this.catalogs = services.shared.workspace.CatalogDocuments;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.certScopes = new WorkspaceCache(services.shared);
        this.roleScopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container) as LangiumDocument<Model>;
        const key = document.uri.toString();
        switch (referenceTargetType(this.reflection, context)) {
            case Cert.$type: return this.certScopes.get(key, () => this.createCertScope(document));
            case Role.$type: return this.roleScopes.get(key, () => this.createRoleScope(document));
            default: return EMPTY_SCOPE;
        }
    }

    /**
     * The document's own certs, in front of those its `use` statements bring in. An id that two
     * used documents declare means the first one's cert (the validator reports it as ambiguous);
     * `catalog.id` names a used catalog's cert unambiguously.
     */
    private createCertScope(document: LangiumDocument<Model>): Scope {
        const imported = new Map<string, AstNodeDescription>();
        const qualified: AstNodeDescription[] = [];
        for (const { use, target } of this.usedDocuments(document)) {
            for (const cert of namedCerts(target)) {
                if (!imported.has(cert.name)) imported.set(cert.name, this.descriptions.createDescription(cert, cert.name, target));
                if (use.catalog !== undefined) {
                    qualified.push(this.descriptions.createDescription(cert, qualifiedCertName(use.catalog, cert.name), target));
                }
            }
        }
        const all = [...imported.values(), ...qualified];
        const outer = all.length > 0 ? new MapScope(all) : EMPTY_SCOPE;
        return new MapScope(namedCerts(document).map(cert => this.descriptions.createDescription(cert, cert.name, document)), outer);
    }

    /**
     * The used catalogs that declare a cert with this (unqualified) id, in `use` order: more than
     * one means a bare reference to it is ambiguous.
     */
    catalogsDeclaring(document: LangiumDocument<Model>, id: string): Array<{ catalog: string; cert: Cert }> {
        const found: Array<{ catalog: string; cert: Cert }> = [];
        for (const { use, target } of this.usedDocuments(document)) {
            if (use.catalog === undefined || found.some(entry => entry.catalog === use.catalog)) continue;
            const cert = namedCerts(target).find(candidate => candidate.name === id);
            if (cert) found.push({ catalog: use.catalog, cert });
        }
        return found;
    }

    /** The bare ids that several used catalogs declare and the document itself does not. */
    ambiguousIds(document: LangiumDocument<Model>): Set<string> {
        const local = new Set(namedCerts(document).map(cert => cert.name));
        const catalogsOf = new Map<string, number>();
        // A catalog used twice (a warning of its own) is still one catalog.
        const seen = new Set<string>();
        for (const { use, target } of this.usedDocuments(document)) {
            if (use.catalog === undefined || seen.has(use.catalog)) continue;
            seen.add(use.catalog);
            for (const cert of namedCerts(target)) {
                if (!local.has(cert.name)) catalogsOf.set(cert.name, (catalogsOf.get(cert.name) ?? 0) + 1);
            }
        }
        return new Set([...catalogsOf].filter(([, count]) => count > 1).map(([id]) => id));
    }

    private usedDocuments(document: LangiumDocument<Model>): Array<{ use: Use; target: LangiumDocument<Model> }> {
        const used: Array<{ use: Use; target: LangiumDocument<Model> }> = [];
        for (const use of document.parseResult.value.statements) {
            if (use.$type !== 'Use') continue;
            const target = this.usedDocument(document, use);
            if (target && target !== document) used.push({ use, target });
        }
        return used;
    }

    private createRoleScope(document: LangiumDocument<Model>): Scope {
        // A role whose name is still being typed, or is blank, cannot be named.
        return new MapScope(rolesOf(document.parseResult.value).filter(role => role.name)
            .map(role => this.descriptions.createDescription(role, role.name, document)));
    }

    /** The document a `use` statement names, when it is loaded. */
    usedDocument(document: LangiumDocument, use: Use): LangiumDocument<Model> | undefined {
        if (use.catalog) return this.catalogs.get(use.catalog);
        const uri = resolveUsePath(document, use);
        return uri ? this.documents.getDocument(uri) as LangiumDocument<Model> | undefined : undefined;
    }
}

/** The certs a document declares that have an id. */
function namedCerts(document: LangiumDocument<Model>): Cert[] {
    return document.parseResult.value.statements.filter(isCert).filter(cert => cert.name);
}

/** `aws.security`: a catalog's cert named with its catalog. */
export function qualifiedCertName(catalog: string, id: string): string {
    return `${catalog}.${id}`;
}

/** The catalog and id of a reference text written `catalog.id`, or undefined for a bare id. */
export function splitQualifiedName(text: string): { catalog: string; id: string } | undefined {
    const dot = text.indexOf('.');
    return dot < 0 ? undefined : { catalog: text.slice(0, dot).trim(), id: text.slice(dot + 1).trim() };
}

/**
 * The type a reference points to. Completion inside broken text can pair a property with a node
 * that has no such reference (error recovery); such a reference names nothing: undefined.
 */
export function referenceTargetType(reflection: AstReflection, context: ReferenceInfo): string | undefined {
    return reflection.getTypeMetaData(context.container.$type).properties[context.property]?.referenceType;
}

/** The URI a `use "./file.certtree"` statement points at, relative to its document. */
export function resolveUsePath(document: LangiumDocument, use: Use) {
    if (use.path === undefined || use.path.length === 0) return undefined;
    // A lone surrogate cannot be encoded in a URI; such a path names no file.
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(use.path)) return undefined;
    return UriUtils.resolvePath(UriUtils.dirname(document.uri), use.path);
}
