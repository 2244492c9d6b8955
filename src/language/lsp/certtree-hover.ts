// Hover: a cert's facts and the roles using it; a role's paths; an area's roles.
import type { AstNode, LangiumDocument, References } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CertTreeServices } from '../certtree-module.js';
import { treeDate } from '../cert-facts.js';
import type { Cert, Model, Role } from '../generated/ast.js';
import { isArea, isCert, isCertRef, isRole } from '../generated/ast.js';
import { certMarkdown, escapeMarkdown, roleMarkdown } from './cert-markdown.js';

export class CertTreeHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly nameRegexp: RegExp;

    constructor(services: CertTreeServices) {
        this.references = services.references.References;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.nameRegexp);
        if (!leaf || leaf.end <= offset) return undefined;
        const target = this.references.findDeclarations(leaf)[0];
        const value = target && this.describe(target, document as LangiumDocument<Model>);
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    private describe(target: AstNode, document: LangiumDocument<Model>): string | undefined {
        const model = document.parseResult.value;
        if (isCert(target)) {
            return certMarkdown(target, { treeDate: treeDate(model), roles: rolesUsing(model, target) });
        }
        if (isRole(target)) return roleMarkdown(target);
        if (isArea(target)) {
            const roles = target.roles.map(role => escapeMarkdown(role.name));
            return `**Area ${escapeMarkdown(target.name)}**\n\n${roles.length > 0 ? `Roles: ${roles.join(', ')}` : 'No roles yet.'}`;
        }
        return undefined;
    }
}

/** Names of the roles of `model` whose paths reference `cert`. */
export function rolesUsing(model: Model, cert: Cert): string[] {
    const names: string[] = [];
    const roles = model.statements.flatMap(statement => (isRole(statement) ? [statement] : isArea(statement) ? statement.roles : []));
    for (const role of roles) {
        if (usesCert(role, cert)) names.push(role.name);
    }
    return names;
}

function usesCert(role: Role, cert: Cert): boolean {
    for (const node of AstUtils.streamAllContents(role)) {
        if (isCertRef(node) && node.cert.$refText === cert.name && node.cert.ref === cert) return true;
    }
    return false;
}
