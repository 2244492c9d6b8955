// Walks a document's cross-references with one pass and no per-node streams, for the linker and the index.
import type { AstNode, AstReflection, Cancellation, ReferenceInfo } from 'langium';
import { AstUtils, interruptAndCheck, isMultiReference, isReference } from 'langium';

/** How many nodes to handle between chances for a newer edit to cancel the build. */
const NODES_PER_INTERRUPT_CHECK = 512;

/**
 * Calls `visit` for every reference in the tree under `root`, in document order. Langium streams
 * each node's properties to find references and awaits a cancellation check per node; on a large
 * tree that allocation is a fifth of the build. Here the reference properties of each node type
 * come from the grammar's reflection, once per type, and cancellation is checked every few
 * hundred nodes (still well inside Langium's interruption period).
 */
export async function walkReferences(
    root: AstNode,
    reflection: AstReflection,
    cancelToken: Cancellation.CancellationToken,
    visit: (info: ReferenceInfo) => void,
): Promise<void> {
    const propertiesByType = new Map<string, string[]>();
    let count = 0;
    for (const node of AstUtils.streamAst(root)) {
        if (++count % NODES_PER_INTERRUPT_CHECK === 0) await interruptAndCheck(cancelToken);
        let properties = propertiesByType.get(node.$type);
        if (!properties) {
            properties = referenceProperties(node.$type, reflection);
            propertiesByType.set(node.$type, properties);
        }
        for (const property of properties) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                value.forEach((item, index) => {
                    if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: node, property, index });
                });
            } else if (isReference(value) || isMultiReference(value)) {
                visit({ reference: value, container: node, property });
            }
        }
    }
}

function referenceProperties(type: string, reflection: AstReflection): string[] {
    try {
        const metadata = reflection.getTypeMetaData(type);
        return Object.values(metadata.properties).filter(property => property.referenceType !== undefined).map(property => property.name);
    } catch {
        return [];
    }
}
