// A catalog cert's prerequisite rules, and the check that a path does not put a required one after the cert that needs it.
import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { certName } from './cert-facts.js';
import { catalogOfUri, findBuiltinCatalog, type CatalogPrerequisite } from './catalogs/index.js';
import { IssueCodes, type IssueData } from './diagnostic-codes.js';
import type { Cert, Model } from './generated/ast.js';
import { isCert, isUse } from './generated/ast.js';
import { shorten } from './message-text.js';
import { pathsOf } from './model-queries.js';

/** A rule with its certs found in the cert's catalog (an id the catalog lacks is left out). */
export interface Prerequisite {
    rule: CatalogPrerequisite;
    anyOf: Cert[];
}

/** The prerequisite rules of a cert from a built-in catalog, required ones first; none for other certs. */
export function prerequisitesOf(cert: Cert): Prerequisite[] {
    const document = AstUtils.getDocument(cert);
    const rules = catalogOfUri(document.uri)?.prerequisites.filter(rule => rule.cert === cert.name) ?? [];
    if (rules.length === 0) return [];
    const certs = (document.parseResult.value as Model).statements.filter(isCert);
    return [...rules]
        .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'required' ? -1 : 1))
        .map(rule => ({ rule, anyOf: rule.anyOf.map(id => certs.find(candidate => candidate.name === id)).filter((c): c is Cert => c !== undefined) }));
}

/** "Azure Administrator Associate or Azure Developer Associate". */
export function prerequisiteNames(prerequisite: Prerequisite): string {
    const names = prerequisite.anyOf.map(certName);
    return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * A path that puts a cert before the cert it requires (`cks -> cka`) gets a warning at the
 * first: the vendor will not award it (or let you sit it) in that order. Only required rules
 * count, and only when no acceptable prerequisite comes earlier on the same path.
 */
export function checkPrerequisiteOrder(model: Model, accept: ValidationAcceptor): void {
    // Only catalogs have rules; a tree that uses none with rules has nothing to check.
    const used = model.statements.filter(isUse).map(use => use.catalog && findBuiltinCatalog(use.catalog));
    if (!used.some(catalog => catalog && catalog.prerequisites.some(rule => rule.kind === 'required'))) return;
    // A big tree names the same few certs over and over: look each one's rules up once.
    const rulesOf = new Map<Cert, Prerequisite[]>();
    const prerequisites = (cert: Cert) => {
        let rules = rulesOf.get(cert);
        if (!rules) rulesOf.set(cert, rules = prerequisitesOf(cert));
        return rules;
    };
    for (const { path } of pathsOf(model)) {
        const certsAt = path.steps.map(step => step.refs.map(ref => ref.cert?.ref));
        path.steps.forEach((step, index) => {
            for (const ref of step.refs) {
                const cert = ref.cert?.ref;
                if (!cert) continue;
                for (const prerequisite of prerequisites(cert)) {
                    if (prerequisite.rule.kind !== 'required') continue;
                    const isPrerequisite = (candidate: Cert | undefined) => candidate !== undefined && prerequisite.anyOf.includes(candidate);
                    if (certsAt.slice(0, index).some(certs => certs.some(isPrerequisite))) continue;
                    const later = certsAt.slice(index + 1).flat().find(isPrerequisite);
                    if (!later) continue;
                    const data: IssueData = { code: IssueCodes.PrerequisiteAfter };
                    const needed = prerequisite.anyOf.length === 1 ? `'${prerequisite.anyOf[0].name}'` : `one of ${prerequisite.anyOf.map(c => `'${c.name}'`).join(', ')}`;
                    const name = shorten(ref.cert.$refText);
                    accept('warning', `'${name}' requires ${needed} first (a vendor rule, not advice), but this path puts '${shorten(later.name)}' after it; move it before '${name}'.`, {
                        node: ref, property: 'cert', code: data.code, data,
                    });
                }
            }
        });
    }
}
