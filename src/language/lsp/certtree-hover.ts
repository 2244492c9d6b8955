// Hover: a cert's facts and the roles using it; a role's paths; an area's roles; what a keyword does.
import type { AstNode, LangiumDocument, References } from 'langium';
import { CstUtils, DocumentCache, DocumentState, GrammarAST } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CertTreeServices } from '../certtree-module.js';
import { treeDate } from '../cert-facts.js';
import type { Cert, Model, Role } from '../generated/ast.js';
import { isArea, isCert, isRole } from '../generated/ast.js';
import { rolesOf } from '../model-queries.js';
import { certMarkdown, escapeMarkdown, roleMarkdown } from './cert-markdown.js';
import { keywordDocumentation } from './keyword-documentation.js';
import type { PlanDate } from './plan-date.js';
import { isCatalogUri } from '../catalogs/index.js';
import { isError } from '../document-diagnostics.js';
import { certPlanText } from '../../planning/plan-text.js';
import { planTree } from '../../planning/plan-tree.js';
import type { CertPlan } from '../../planning/planner.js';

export class CertTreeHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly nameRegexp: RegExp;
    /** Evicted whenever the document is linked again, e.g. after a file it uses changed. */
    private readonly rolesByCert: DocumentCache<string, string[]>;
    /** The plan by plan date, until the document is validated again. */
    private readonly plans: DocumentCache<string, CertPlan>;
    private readonly planDate: PlanDate;

    constructor(services: CertTreeServices) {
        this.rolesByCert = new DocumentCache(services.shared, DocumentState.Linked);
        this.plans = new DocumentCache(services.shared, DocumentState.Validated);
        this.planDate = services.shared.planning.PlanDate;
        this.references = services.references.References;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.nameRegexp);
        if (leaf && leaf.end > offset) {
            const target = this.references.findDeclarations(leaf)[0];
            const value = target && await this.describe(target, document as LangiumDocument<Model>);
            if (value) return { contents: { kind: 'markdown', value }, range: leaf.range };
        }
        const token = CstUtils.findLeafNodeAtOffset(root, offset);
        const keyword = token && token.end > offset && GrammarAST.isKeyword(token.grammarSource) ? token.grammarSource.value : undefined;
        const documentation = keyword && keywordDocumentation(keyword);
        return token && documentation ? { contents: { kind: 'markdown', value: documentation }, range: token.range } : undefined;
    }

    private async describe(target: AstNode, document: LangiumDocument<Model>): Promise<string | undefined> {
        const model = document.parseResult.value;
        if (isCert(target)) {
            // Remembered per cert until the document is linked again: hovering again is instant.
            const roles = this.rolesByCert.get(document.uri, target.name, () => rolesUsing(model, target));
            // A plan drawn from a tree with errors would mislead; a catalog document has no plan.
            const plannable = !document.diagnostics?.some(isError) && !isCatalogUri(document.uri);
            const today = plannable ? await this.planDate.today() : undefined;
            const plan = today === undefined ? undefined : this.plans.get(document.uri, today, () => planTree(model, today));
            const planText = plan && certPlanText(plan, target.name);
            return certMarkdown(target, { treeDate: treeDate(model), roles, ...(planText ? { plan: escapeMarkdown(planText) } : {}) });
        }
        if (isRole(target)) return roleMarkdown(target);
        if (isArea(target)) {
            const roles = target.roles.map(role => escapeMarkdown(role.name));
            return `**Area ${escapeMarkdown(target.name)}**\n\n${roles.length > 0 ? `Roles: ${roles.join(', ')}` : 'No roles yet.'}`;
        }
        return undefined;
    }
}

/** Names of the roles of `model` whose paths reference `cert`, in document order. */
export function rolesUsing(model: Model, cert: Cert): string[] {
    return rolesOf(model).filter(role => usesCert(role, cert)).map(role => role.name);
}

function usesCert(role: Role, cert: Cert): boolean {
    // Plain loops, and the id compared before resolving: this runs over every role of the tree.
    const qualified = `.${cert.name}`;
    for (const path of role.paths) {
        for (const step of path.steps) {
            for (const ref of step.refs) {
                const text = ref.cert.$refText;
                if ((text === cert.name || text.endsWith(qualified)) && ref.cert.ref === cert) return true;
            }
        }
    }
    return false;
}
