// Turns unresolved references into CertTree's own diagnostics: "Unknown certification 'x'. Did you mean 'y'?"
import type { AstNode, AstReflection, LangiumDocument, ReferenceInfo, Scope, ScopeProvider, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CertTreeServices } from './certtree-module.js';
import { IssueCodes, type IssueData } from './diagnostic-codes.js';
import { closestName } from './did-you-mean.js';
import { shorten } from './message-text.js';
import { TreeWalker } from './tree-walker.js';
import { Cert } from './generated/ast.js';

/** Name comparisons per document for "Did you mean"; far above any real file's needs. */
const MAX_COMPARISONS = 2_000_000;

export class CertTreeDocumentValidator extends DefaultDocumentValidator {
    private readonly scopeProvider: ScopeProvider;
    private readonly reflection: AstReflection;
    private readonly walker: TreeWalker;

    constructor(services: CertTreeServices) {
        super(services);
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
        this.walker = new TreeWalker(services.shared.AstReflection);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        // Names are looked up once per scope and suggestions once per text: a file may repeat a typo often.
        const namesByScope = new Map<Scope, string[]>();
        const suggestions = new Map<string, string | undefined>();
        let comparisons = 0;
        for (const reference of document.references) {
            const linkingError = reference.error;
            if (!linkingError) continue;
            const refText = reference.$refText;
            // An empty reference comes from a syntax error, which is already reported.
            if (refText.length === 0) continue;
            const info = linkingError.info;
            const isCertReference = this.reflection.getReferenceType(info) === Cert.$type;
            const names = this.namesInScope(info, namesByScope);
            const key = `${isCertReference}:${refText}`;
            if (!suggestions.has(key)) {
                // Bound the work for a file full of distinct unknown ids: past it, messages go without a suggestion.
                comparisons += names.length;
                suggestions.set(key, comparisons <= MAX_COMPARISONS ? closestName(refText, names) : undefined);
            }
            const suggestion = suggestions.get(key);
            const data: IssueData = {
                code: isCertReference ? IssueCodes.UnknownCert : IssueCodes.UnknownRole,
                refText,
                ...(suggestion ? { suggestion } : {}),
            };
            const message = isCertReference
                ? unknownCertMessage(refText, suggestion)
                : unknownRoleMessage(refText, suggestion, names);
            diagnostics.push(this.toDiagnostic('error', message, {
                node: info.container,
                property: info.property,
                index: info.index,
                range: reference.$refNode?.range,
                code: data.code,
                data,
            }));
        }
    }

    /**
     * Langium's loop, with a cancellation check every few hundred nodes instead of an awaited one
     * per node, and each node type's checks looked up once: on a 10,000-line tree that spares a
     * few hundred thousand promises and streams.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Most nodes (steps, references) have no checks; look each type up once, not once per node.
        const checksByType = new Map<string, ValidationCheck[]>();
        const pending: Array<Promise<void>> = [];
        await this.walker.forEachNode(rootNode, cancelToken, node => {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks);
                }
                for (const check of checks) {
                    const result = check(node, acceptor, cancelToken);
                    if (result instanceof Promise) pending.push(result);
                }
            }
            return nodeOptions.validateChildren;
        });
        await Promise.all(pending);
    }

    private namesInScope(info: ReferenceInfo, cache: Map<Scope, string[]>): string[] {
        let scope: Scope;
        try {
            scope = this.scopeProvider.getScope(info);
        } catch {
            return [];
        }
        let names = cache.get(scope);
        if (!names) {
            names = [...new Set(scope.getAllElements().map(description => description.name))];
            cache.set(scope, names);
        }
        return names;
    }
}

export function unknownCertMessage(refText: string, suggestion: string | undefined): string {
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : ' Declare it with `cert`, or `use` the catalog or file that declares it.';
    return `Unknown certification '${shorten(refText)}'.${hint}`;
}

export function unknownRoleMessage(refText: string, suggestion: string | undefined, roles: string[]): string {
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
    const known = roles.length > 0
        ? ` The roles are: ${roles.map(role => `'${role}'`).join(', ')}.`
        : ' This tree has no roles; declare them with `role "Name" { … }` inside an `area`.';
    return `Unknown role '${shorten(refText)}'.${hint}${known}`;
}
