// Makes the diagram node that draws one cert, with the cert's facts; the views decide identity.
import { AstUtils } from 'langium';
import { certFacts, certName, certStatus } from '../language/cert-facts.js';
import type { Cert, CertRef } from '../language/generated/ast.js';
import type { DiagramNode } from './diagram-model.js';
import { sourceLocationOf } from './source-location.js';

/** `key` is the cert as the tree names it (see certKey). */
export function certNode(id: string, key: string, cert: Cert, firstRef: CertRef, treeDate: string, cluster: string | undefined): DiagramNode {
    const facts = certFacts(cert);
    const node: DiagramNode = {
        id,
        cert: key,
        label: certName(cert),
        status: certStatus(cert, treeDate),
        optional: firstRef.optional,
        marks: { earned: false, nextUp: false, goal: false, onRoute: false },
        source: sourceLocationOf(firstRef),
    };
    if (facts.code !== undefined) node.code = facts.code;
    if (facts.level !== undefined) node.level = facts.level;
    if (cluster !== undefined) node.cluster = cluster;
    if (facts.icon !== undefined) node.icon = { text: facts.icon, declaredIn: AstUtils.getDocument(cert).uri.toString() };
    return node;
}
