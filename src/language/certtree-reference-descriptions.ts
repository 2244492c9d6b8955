// Indexes a document's resolved references in one lean pass (see reference-walk.ts).
import type { AstReflection, LangiumCoreServices, LangiumDocument, ReferenceDescription } from 'langium';
import { Cancellation, DefaultReferenceDescriptionProvider } from 'langium';
import { walkReferences } from './reference-walk.js';

export class CertTreeReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly astReflection: AstReflection;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.astReflection = services.shared.AstReflection;
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await walkReferences(document.parseResult.value, this.astReflection, cancelToken, info => {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        });
        return descriptions;
    }
}
