// Wires the CertTree language services: every custom service is registered here.
import type { LangiumSharedCoreServices, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule, DefaultTextDocumentContentProvider } from 'langium/lsp';
import { CatalogDocuments } from './catalog-documents.js';
import { CertTreeScopeProvider } from './certtree-scope.js';
import { CertTreeDocumentValidator } from './certtree-document-validator.js';
import { CertTreeIndexManager } from './certtree-index-manager.js';
import { CertTreeDocumentFactory, CertTreeDocumentUpdateHandler } from './certtree-document-sources.js';
import { CertTreeScopeComputation } from './certtree-scope-computation.js';
import { createCertTreeParser } from './certtree-parser.js';
import { CertTreeLinker } from './certtree-linker.js';
import { CertTreeReferenceDescriptionProvider } from './certtree-reference-descriptions.js';
import { CertTreeCodeActionProvider } from './lsp/certtree-code-actions.js';
import { CertTreeValidator, registerValidationChecks } from './certtree-validator.js';
import { CertTreeWorkspaceManager } from './certtree-workspace.js';
import { CertTreeGeneratedModule, CertTreeGeneratedSharedModule } from './generated/module.js';
import { CATALOG_SCHEME } from './catalogs/index.js';
import { registerCatalogTextRequest } from './lsp/catalog-text-handler.js';
import { CertTreeCompletionProvider } from './lsp/certtree-completion.js';
import { CertTreeDocumentLinkProvider } from './lsp/certtree-document-links.js';
import { CertTreeDocumentSymbolProvider } from './lsp/certtree-document-symbols.js';
import { CertTreeFormatter } from './lsp/certtree-formatter.js';
import { CertTreeHoverProvider } from './lsp/certtree-hover.js';
import { CertTreeCodeLensProvider } from './lsp/certtree-code-lens.js';
import { CertTreeInlayHintProvider } from './lsp/certtree-inlay-hints.js';
import { CertTreeRenameProvider } from './lsp/certtree-rename.js';
import { CertTreeSemanticTokenProvider } from './lsp/certtree-semantic-tokens.js';
import { CertTreeWorkspaceSymbolProvider } from './lsp/certtree-workspace-symbols.js';
import { PlanDate } from './lsp/plan-date.js';

export interface CertTreeSharedAddedServices {
    workspace: {
        CatalogDocuments: CatalogDocuments;
    };
    planning: {
        PlanDate: PlanDate;
    };
}

export type CertTreeSharedServices = LangiumSharedServices & CertTreeSharedAddedServices;

export interface CertTreeAddedServices {
    shared: CertTreeSharedServices;
    validation: {
        CertTreeValidator: CertTreeValidator;
    };
}

export type CertTreeServices = LangiumServices & CertTreeAddedServices;

export const CertTreeSharedModule: Module<CertTreeSharedServices, PartialLangiumSharedServices & CertTreeSharedAddedServices> = {
    workspace: {
        CatalogDocuments: services => new CatalogDocuments(services as LangiumSharedCoreServices),
        WorkspaceManager: services => new CertTreeWorkspaceManager(services),
        IndexManager: services => new CertTreeIndexManager(services),
        LangiumDocumentFactory: services => new CertTreeDocumentFactory(services),
    },
    planning: {
        PlanDate: services => new PlanDate(services as LangiumSharedCoreServices),
    },
    lsp: {
        DocumentUpdateHandler: services => new CertTreeDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: services => new CertTreeWorkspaceSymbolProvider(services),
        // LSP 3.18 `workspace/textDocumentContent`: clients open catalog documents read-only.
        TextDocumentContentProvider: services => new DefaultTextDocumentContentProvider(services, CATALOG_SCHEME),
    },
};

export const CertTreeModule: Module<CertTreeServices, PartialLangiumServices & Omit<CertTreeAddedServices, 'shared'>> = {
    parser: {
        LangiumParser: services => createCertTreeParser(services),
    },
    references: {
        ScopeProvider: services => new CertTreeScopeProvider(services),
        ScopeComputation: services => new CertTreeScopeComputation(services),
        Linker: services => new CertTreeLinker(services),
    },
    validation: {
        CertTreeValidator: services => new CertTreeValidator(services),
        DocumentValidator: services => new CertTreeDocumentValidator(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new CertTreeReferenceDescriptionProvider(services),
    },
    lsp: {
        CodeActionProvider: services => new CertTreeCodeActionProvider(services),
        CompletionProvider: services => new CertTreeCompletionProvider(services),
        HoverProvider: services => new CertTreeHoverProvider(services),
        RenameProvider: services => new CertTreeRenameProvider(services),
        DocumentSymbolProvider: () => new CertTreeDocumentSymbolProvider(),
        Formatter: services => new CertTreeFormatter(services),
        SemanticTokenProvider: services => new CertTreeSemanticTokenProvider(services),
        InlayHintProvider: services => new CertTreeInlayHintProvider(services),
        CodeLensProvider: services => new CertTreeCodeLensProvider(services),
        DocumentLinkProvider: () => new CertTreeDocumentLinkProvider(),
    },
};

/**
 * Creates the shared services and the CertTree language services. Pass `CertTreeFileSystem`
 * (from `document-files.ts`) and a connection for a language server, or `EmptyFileSystem` in tests.
 */
export function createCertTreeServices(context: DefaultSharedModuleContext): {
    shared: CertTreeSharedServices;
    CertTree: CertTreeServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        CertTreeGeneratedSharedModule,
        CertTreeSharedModule as Module<CertTreeSharedServices, PartialLangiumSharedCoreServices>
    ) as CertTreeSharedServices;
    const CertTree = inject(
        createDefaultModule({ shared }),
        CertTreeGeneratedModule,
        CertTreeModule as Module<CertTreeServices, PartialLangiumCoreServices>
    ) as CertTreeServices;
    shared.ServiceRegistry.register(CertTree);
    registerValidationChecks(CertTree);
    if (context.connection) {
        registerCatalogTextRequest(context.connection);
    }
    if (!context.connection) {
        // Outside a language server nobody initializes the workspace; mark it ready.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, CertTree };
}
