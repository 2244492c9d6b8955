// Loads the built-in catalogs as library documents next to the workspace's own files.
import type { LangiumDocument, LangiumSharedCoreServices, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager } from 'langium';
import type { CatalogDocuments } from './catalog-documents.js';

export class CertTreeWorkspaceManager extends DefaultWorkspaceManager {
    private readonly catalogs: () => CatalogDocuments;

    constructor(services: LangiumSharedCoreServices & { workspace: { CatalogDocuments: CatalogDocuments } }) {
        super(services);
        this.catalogs = () => services.workspace.CatalogDocuments;
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        for (const document of this.catalogs().all()) collector(document);
    }
}
