// Links a document's references in one lean pass (see reference-walk.ts); resolution stays Langium's.
import type { AstReflection, LangiumCoreServices, LangiumDocument } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import { walkReferences } from './reference-walk.js';

export class CertTreeLinker extends DefaultLinker {
    private readonly astReflection: AstReflection;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.astReflection = services.shared.AstReflection;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await walkReferences(document.parseResult.value, this.astReflection, cancelToken, info => this.doLink(info, document));
    }
}
