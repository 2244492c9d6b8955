// Finds things in a document's model: the statement that sets a tree setting, its roles, its paths with their role, its certs' keys.
import { AstUtils } from 'langium';
import { catalogOfUri } from './catalogs/index.js';
import type { Cert, Group, Model, Path, Role, Statement } from './generated/ast.js';
import { isArea, isCertRef, isGroup, isPath, isRole, isUse } from './generated/ast.js';

/**
 * The statement that sets a tree-wide setting (`tree`, `source`, `date`, `direction`, `view`):
 * where one is given twice, the first one counts, as the validator's warning on the repeat says.
 */
export function firstStatement<T extends Statement>(model: Model, guard: (statement: Statement) => statement is T): T | undefined {
    return model.statements.find(guard);
}

/** Every role of the tree, top-level or in an area, in document order. */
export function rolesOf(model: Model): Role[] {
    const roles: Role[] = [];
    for (const statement of model.statements) {
        if (isRole(statement)) roles.push(statement);
        else if (isArea(statement)) roles.push(...statement.roles);
    }
    return roles;
}

/** A path, with the role it is written in; paths at the top level or in groups have none. */
export interface PathInRole {
    path: Path;
    role?: Role;
}

/** Every path of the tree in document order, with its role. */
export function* pathsOf(model: Model): Generator<PathInRole> {
    for (const statement of model.statements) {
        if (isPath(statement)) yield { path: statement };
        else if (isGroup(statement)) yield* groupPaths(statement);
        else if (isRole(statement)) yield* statement.paths.map(path => ({ path, role: statement }));
        else if (isArea(statement)) {
            for (const role of statement.roles) yield* role.paths.map(path => ({ path, role }));
        }
    }
}

/** Groups nest without a bound the grammar sets; walk them with a stack of member lists, not recursion. */
function* groupPaths(group: Group): Generator<PathInRole> {
    const pending: Array<{ members: Group['members']; next: number }> = [{ members: group.members, next: 0 }];
    while (pending.length > 0) {
        const top = pending[pending.length - 1];
        if (top.next >= top.members.length) {
            pending.pop();
            continue;
        }
        const member = top.members[top.next++];
        if (isGroup(member)) pending.push({ members: member.members, next: 0 });
        else if (isPath(member)) yield { path: member };
    }
}

const keysByModel = new WeakMap<Model, Map<Cert, string>>();

/**
 * How a tree's diagram and plan name a cert: its id, or `catalog.id` when the tree refers to two
 * different certs of that id (`aws.devops_engineer` and `azure.devops_engineer`), so they stay
 * two certs.
 */
export function certKey(model: Model, cert: Cert): string {
    let keys = keysByModel.get(model);
    if (!keys) keysByModel.set(model, keys = certKeys(model));
    return keys.get(cert) ?? cert.name;
}

function certKeys(model: Model): Map<Cert, string> {
    const keys = new Map<Cert, string>();
    // Only certs of two catalogs can share an id in one tree (a local cert shadows the others).
    const catalogs = new Set(model.statements.map(statement => (isUse(statement) ? statement.catalog : undefined)));
    catalogs.delete(undefined);
    if (catalogs.size < 2) return keys;
    const byId = new Map<string, Set<Cert>>();
    for (const node of AstUtils.streamAst(model)) {
        const cert = isCertRef(node) ? node.cert?.ref : undefined;
        if (!cert) continue;
        let certs = byId.get(cert.name);
        if (!certs) byId.set(cert.name, certs = new Set());
        certs.add(cert);
    }
    for (const certs of byId.values()) {
        if (certs.size < 2) continue;
        for (const cert of certs) {
            const catalog = catalogOfUri(AstUtils.getDocument(cert).uri)?.name;
            if (catalog !== undefined) keys.set(cert, `${catalog}.${cert.name}`);
        }
    }
    return keys;
}
