// The outline: certs, groups (nested), areas with their roles, top-level roles.
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { certFacts } from '../cert-facts.js';
import type { Group, Model, Role, Statement } from '../generated/ast.js';
import { isArea, isCert, isGroup, isRole, isTreeTitle } from '../generated/ast.js';

export class CertTreeDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const model = document.parseResult.value as Model;
        return model.statements.flatMap(statement => this.statementSymbols(statement));
    }

    private statementSymbols(statement: Statement): DocumentSymbol[] {
        if (isTreeTitle(statement)) return symbol(statement, statement.title, SymbolKind.File, 'tree', statement.$cstNode);
        if (isCert(statement)) {
            const facts = certFacts(statement);
            const detail = [statement.title, facts.code, facts.level].filter(Boolean).join(' · ');
            return symbol(statement, statement.name, SymbolKind.Class, detail, nameNode(statement, 'name'));
        }
        if (isGroup(statement)) return this.groupSymbols(statement);
        if (isArea(statement)) {
            return symbol(statement, statement.name, SymbolKind.Namespace, 'area', nameNode(statement, 'name'),
                statement.roles.flatMap(role => this.roleSymbols(role)));
        }
        if (isRole(statement)) return this.roleSymbols(statement);
        return [];
    }

    private groupSymbols(group: Group): DocumentSymbol[] {
        const children = group.members.filter(isGroup).flatMap(member => this.groupSymbols(member));
        return symbol(group, group.label, SymbolKind.Package, 'group', nameNode(group, 'label'), children);
    }

    private roleSymbols(role: Role): DocumentSymbol[] {
        const paths = role.paths.length === 1 ? '1 path' : `${role.paths.length} paths`;
        return symbol(role, role.name, SymbolKind.Function, `role · ${paths}`, nameNode(role, 'name'));
    }
}

function nameNode(node: AstNode, property: string): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property);
}

function symbol(
    node: AstNode,
    name: string | undefined,
    kind: SymbolKind,
    detail: string,
    selection: CstNode | undefined,
    children?: DocumentSymbol[]
): DocumentSymbol[] {
    const range = node.$cstNode?.range;
    if (!range || !name) return children ?? [];
    return [{ name, kind, detail, range, selectionRange: selection?.range ?? range, children }];
}
