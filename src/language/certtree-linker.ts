// Links a document's references in one lean pass (see tree-walker.ts); resolution stays Langium's.
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import { Cancellation, DefaultLinker } from 'langium';
import { TreeWalker } from './tree-walker.js';

export class CertTreeLinker extends DefaultLinker {
    private readonly walker: TreeWalker;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.walker = new TreeWalker(services.shared.AstReflection);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await this.walker.forEachReference(document.parseResult.value, cancelToken, info => this.doLink(info, document));
    }
}
