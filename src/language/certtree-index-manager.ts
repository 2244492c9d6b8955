// Decides which documents to relink after a change: besides Langium's rule, every user of a changed file.
import type { LangiumDocument } from 'langium';
import { DefaultIndexManager } from 'langium';
import { resolveUsePath } from './certtree-scope.js';
import type { Model } from './generated/ast.js';
import { isUse } from './generated/ast.js';

export class CertTreeIndexManager extends DefaultIndexManager {
    /**
     * A document that `use`s a file depends on it even when none of its references point there
     * yet: the file may just have been created, may now declare a cert that was unknown, or may
     * have been deleted. Langium only follows resolved references, so add the `use` statements.
     */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.isAffected(document, changedUris)) return true;
        const model = document.parseResult?.value as Model | undefined;
        if (!model || !Array.isArray(model.statements)) return false;
        for (const statement of model.statements) {
            if (!isUse(statement)) continue;
            const uri = resolveUsePath(document, statement);
            if (uri && changedUris.has(uri.toString())) return true;
        }
        return false;
    }
}
