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

    /** The document's own certs, in front of those its `use` statements bring in. */
    private createCertScope(document: LangiumDocument<Model>): Scope {
        const model = document.parseResult.value;
        const imported: AstNodeDescription[] = [];
        for (const use of model.statements) {
            if (use.$type !== 'Use') continue;
            const target = this.usedDocument(document, use);
            if (target && target !== document) imported.push(...this.certDescriptions(target));
        }
        const outer = imported.length > 0 ? new MapScope(imported) : EMPTY_SCOPE;
        return new MapScope(this.certDescriptions(document), outer);
    }

    private createRoleScope(document: LangiumDocument<Model>): Scope {
        // A role whose name is still being typed, or is blank, cannot be named.
        return new MapScope(rolesOf(document.parseResult.value).filter(role => role.name)
            .map(role => this.descriptions.createDescription(role, role.name, document)));
    }

    private certDescriptions(document: LangiumDocument<Model>): AstNodeDescription[] {
        return document.parseResult.value.statements
            .filter(isCert)
            .filter(cert => cert.name)
            .map(cert => this.descriptions.createDescription(cert, cert.name, document));
    }

    /** The document a `use` statement names, when it is loaded. */
    usedDocument(document: LangiumDocument, use: Use): LangiumDocument<Model> | undefined {
        if (use.catalog) return this.catalogs.get(use.catalog);
        const uri = resolveUsePath(document, use);
        return uri ? this.documents.getDocument(uri) as LangiumDocument<Model> | undefined : undefined;
    }
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
