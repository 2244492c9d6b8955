// Wires the CertTree language services: every custom service is registered here.
import type { LangiumSharedCoreServices, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { CatalogDocuments } from './catalog-documents.js';
import { CertTreeScopeProvider } from './certtree-scope.js';
import { CertTreeValidator, registerValidationChecks } from './certtree-validator.js';
import { CertTreeWorkspaceManager } from './certtree-workspace.js';
import { CertTreeGeneratedModule, CertTreeGeneratedSharedModule } from './generated/module.js';

export interface CertTreeSharedAddedServices {
    workspace: {
        CatalogDocuments: CatalogDocuments;
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
    },
};

export const CertTreeModule: Module<CertTreeServices, PartialLangiumServices & Omit<CertTreeAddedServices, 'shared'>> = {
    references: {
        ScopeProvider: services => new CertTreeScopeProvider(services),
    },
    validation: {
        CertTreeValidator: services => new CertTreeValidator(services),
    },
};

/**
 * Creates the shared services and the CertTree language services. Pass `NodeFileSystem`
 * (from `langium/node`) and a connection for a language server, or `EmptyFileSystem` in tests.
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
    if (!context.connection) {
        // Outside a language server nobody initializes the workspace; mark it ready.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, CertTree };
}
