// Skips Langium's per-node local symbol tables: CertTree's scope provider builds its own maps.
import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';

export class CertTreeScopeComputation extends DefaultScopeComputation {
    /**
     * Certs and roles are top-level names looked up by CertTreeScopeProvider from per-document maps;
     * nothing reads the local symbol tables, and building them costs a walk of every node and a
     * description per name (a sixth of the build time of a 10,000-line tree).
     */
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
