// Indexes a document's resolved references in one lean pass (see tree-walker.ts).
import type { LangiumCoreServices, LangiumDocument, ReferenceDescription } from 'langium';
import { Cancellation, DefaultReferenceDescriptionProvider } from 'langium';
import { TreeWalker } from './tree-walker.js';

export class CertTreeReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly walker: TreeWalker;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.walker = new TreeWalker(services.shared.AstReflection);
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await this.walker.forEachReference(document.parseResult.value, cancelToken, info => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        });
        return descriptions;
    }
}
