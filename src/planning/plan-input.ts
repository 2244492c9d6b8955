// What the planner reads from a tree: its certs' facts, its paths (with their roles), earned, goals and highlights.
import { certFacts, certName, type Level } from '../language/cert-facts.js';
import type { Cert, CertRef, Model } from '../language/generated/ast.js';
import { isEarned, isGoal, isHighlight } from '../language/generated/ast.js';
import { certKey, pathsOf } from '../language/model-queries.js';

/** The facts of one cert the planner needs: plain data, no syntax tree. */
export interface PlanCert {
    id: string;
    name: string;
    code?: string;
    level?: Level;
    minutes?: number;
    priceUsd?: number;
    url?: string;
    /** The exam's last day (`retired` or `retiring`), as YYYY-MM-DD. */
    lastDay?: string;
    /** The cert that replaced this one: a different credential. */
    successor?: string;
    /** This cert's new name: the same credential, kept by its holders. */
    renamed?: string;
    /** Where the cert first appears in the tree (paths, then `earned` and `goal`); ties go to the lower. */
    order: number;
}

export interface PlanRef {
    cert: string;
    optional: boolean;
}

/** A path as the tree writes it: steps in order, each a list of references. */
export interface PlanPath {
    /** The role the path is written in; paths at the top level and in groups have none. */
    role?: string;
    steps: PlanRef[][];
}

export interface PlanInput {
    certs: ReadonlyMap<string, PlanCert>;
    /** Every path of the tree, in document order (the order the views draw them in). */
    paths: readonly PlanPath[];
    earned: readonly string[];
    goals: readonly string[];
    /** Highlighted role names, without repeats. */
    highlights: readonly string[];
}

/**
 * Reads the planner's input from a linked model. References that do not resolve are left out,
 * as the views leave them out; the plan of a tree with errors is never shown anyway.
 */
export function readPlanInput(model: Model): PlanInput {
    const certs = new Map<string, PlanCert>();
    // Ids as the tree names certs: `catalog.id` where two used catalogs' certs share an id.
    const key = (cert: Cert) => certKey(model, cert);
    const add = (cert: Cert) => {
        if (certs.has(key(cert))) return;
        certs.set(key(cert), planCert(cert, key, certs.size));
        // A replacement can be planned in a retired cert's place, so its facts are needed too.
        const facts = certFacts(cert);
        for (const next of [facts.renamed?.ref, facts.successor?.ref]) if (next) add(next);
    };
    const refsOf = (refs: readonly CertRef[]) => {
        const ids: string[] = [];
        for (const ref of refs) {
            const cert = ref.cert?.ref;
            if (!cert) continue;
            add(cert);
            if (!ids.includes(key(cert))) ids.push(key(cert));
        }
        return ids;
    };
    const paths: PlanPath[] = [];
    for (const { path, role } of pathsOf(model)) {
        const steps = path.steps.map(step => {
            const refs: PlanRef[] = [];
            for (const ref of step.refs) {
                const cert = ref.cert?.ref;
                if (!cert) continue;
                add(cert);
                refs.push({ cert: key(cert), optional: ref.optional });
            }
            return refs;
        });
        paths.push(role ? { role: role.name, steps } : { steps });
    }
    const earned: string[] = [];
    const goals: string[] = [];
    const highlights: string[] = [];
    for (const statement of model.statements) {
        if (isEarned(statement)) earned.push(...refsOf(statement.certs).filter(id => !earned.includes(id)));
        else if (isGoal(statement)) goals.push(...refsOf(statement.certs).filter(id => !goals.includes(id)));
        else if (isHighlight(statement)) {
            for (const role of statement.roles) {
                const name = role.ref?.name;
                if (name !== undefined && !highlights.includes(name)) highlights.push(name);
            }
        }
    }
    return { certs, paths, earned, goals, highlights };
}

function planCert(cert: Cert, key: (cert: Cert) => string, order: number): PlanCert {
    const facts = certFacts(cert);
    const planned: PlanCert = { id: key(cert), name: certName(cert), order };
    if (facts.code !== undefined) planned.code = facts.code;
    if (facts.level !== undefined) planned.level = facts.level;
    if (facts.minutes !== undefined) planned.minutes = facts.minutes;
    if (facts.price !== undefined) planned.priceUsd = facts.price;
    if (facts.url !== undefined) planned.url = facts.url;
    if (facts.lastDay !== undefined) planned.lastDay = facts.lastDay;
    const successor = facts.successor?.ref;
    if (successor && successor !== cert) planned.successor = key(successor);
    const renamed = facts.renamed?.ref;
    if (renamed && renamed !== cert) planned.renamed = key(renamed);
    return planned;
}
