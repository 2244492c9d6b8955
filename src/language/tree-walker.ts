// Walks a document's syntax tree and its cross-references in one lean pass, for the linker, the index and validation.
import type { AstNode, AstReflection, Cancellation, ReferenceInfo } from 'langium';
import { interruptAndCheck, isAstNode, isMultiReference, isReference } from 'langium';

/** How many nodes to handle between chances for a newer edit to cancel the build. */
const NODES_PER_INTERRUPT_CHECK = 512;

/** A node type's properties, split into those that hold child nodes and those that hold references. */
interface TypeShape {
    children: string[];
    references: string[];
}

/**
 * Langium walks the tree with a stream that, for every node, allocates an iterator over
 * `Object.keys(node)`, and awaits a cancellation check per node; on a 10,000-line tree that is
 * most of the time after parsing. Here each node type's properties come from the grammar's
 * reflection once, the walk uses a plain stack, and cancellation is checked every few hundred
 * nodes (still well inside Langium's interruption period).
 */
export class TreeWalker {
    private readonly shapes = new Map<string, TypeShape>();

    constructor(private readonly reflection: AstReflection) {}

    /**
     * Visits every node under and including `root` in document order. When `visit` returns
     * false, the node's children are skipped.
     */
    async forEachNode(root: AstNode, cancelToken: Cancellation.CancellationToken, visit: (node: AstNode) => boolean | void): Promise<void> {
        const stack: AstNode[] = [root];
        let count = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (++count % NODES_PER_INTERRUPT_CHECK === 0) await interruptAndCheck(cancelToken);
            if (visit(node) === false) continue;
            const properties = this.shapeOf(node).children;
            // Push in reverse, so children come off the stack in document order.
            for (let p = properties.length - 1; p >= 0; p--) {
                const value = (node as unknown as Record<string, unknown>)[properties[p]];
                if (Array.isArray(value)) {
                    for (let i = value.length - 1; i >= 0; i--) if (isAstNode(value[i])) stack.push(value[i]);
                } else if (isAstNode(value)) {
                    stack.push(value);
                }
            }
        }
    }

    /** Calls `visit` for every reference in the tree under `root`, in document order. */
    async forEachReference(root: AstNode, cancelToken: Cancellation.CancellationToken, visit: (info: ReferenceInfo) => void): Promise<void> {
        await this.forEachNode(root, cancelToken, node => {
            for (const property of this.shapeOf(node).references) {
                const value = (node as unknown as Record<string, unknown>)[property];
                if (Array.isArray(value)) {
                    value.forEach((item, index) => {
                        if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: node, property, index });
                    });
                } else if (isReference(value) || isMultiReference(value)) {
                    visit({ reference: value, container: node, property });
                }
            }
        });
    }

    private shapeOf(node: AstNode): TypeShape {
        let shape = this.shapes.get(node.$type);
        if (!shape) {
            shape = this.computeShape(node);
            this.shapes.set(node.$type, shape);
        }
        return shape;
    }

    private computeShape(node: AstNode): TypeShape {
        const shape: TypeShape = { children: [], references: [] };
        let declared: Array<{ name: string; referenceType?: string }> = [];
        try {
            declared = Object.values(this.reflection.getTypeMetaData(node.$type).properties);
        } catch {
            // A type the grammar does not know (a recovery artefact): look at the node itself.
        }
        const names = declared.length > 0 ? declared.map(p => p.name) : Object.keys(node).filter(key => !key.startsWith('$'));
        for (const name of names) {
            if (declared.find(p => p.name === name)?.referenceType !== undefined) shape.references.push(name);
            else shape.children.push(name);
        }
        return shape;
    }
}
