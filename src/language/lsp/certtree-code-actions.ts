// Quick fixes for CertTree diagnostics, chosen by the diagnostic's code, never by its message.
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, Position } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { CertTreeServices } from '../certtree-module.js';
import { certtreeString } from '../certtree-text.js';
import { IssueCodes, type IssueData } from '../diagnostic-codes.js';
import type { Model, Statement } from '../generated/ast.js';
import { isCert } from '../generated/ast.js';

/** Statements that describe the whole tree; a new cert goes after them when there is no cert yet. */
const HEADER_TYPES = new Set<Statement['$type']>(['TreeTitle', 'SourceStatement', 'DateStatement', 'DirectionStatement', 'ViewStatement', 'Use']);

export class CertTreeCodeActionProvider implements CodeActionProvider {
    constructor(_services: CertTreeServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        const declared = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as Partial<IssueData> | undefined;
            switch (data?.code) {
                case IssueCodes.UnknownCert:
                    if (data.suggestion) actions.push(replaceWith(document, diagnostic, data.suggestion, `Replace with '${data.suggestion}'`));
                    // One declaration per unknown id, however often it is referred to.
                    if (data.refText && !declared.has(data.refText)) {
                        declared.add(data.refText);
                        actions.push(declareCert(document as LangiumDocument<Model>, diagnostic, data.refText));
                    }
                    break;
                case IssueCodes.UnknownRole:
                    if (data.suggestion) actions.push(replaceWith(document, diagnostic, certtreeString(data.suggestion), `Replace with "${data.suggestion}"`));
                    break;
                case IssueCodes.RetiredCert:
                case IssueCodes.RetiringCert:
                    if (data.successor) {
                        const title = data.replacement === 'renamed'
                            ? `Replace with its new name '${data.successor}' (the same credential)`
                            : `Replace with its successor '${data.successor}' (the certification that replaced it)`;
                        actions.push(replaceWith(document, diagnostic, data.successor, title));
                    }
                    break;
            }
        }
        return actions;
    }
}

function replaceWith(document: LangiumDocument, diagnostic: Diagnostic, newText: string, title: string): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.textDocument.uri]: [{ range: diagnostic.range, newText }] } },
    };
}

/** Inserts `cert id "Title" { level associate }` after the last cert, else after the header statements. */
function declareCert(document: LangiumDocument<Model>, diagnostic: Diagnostic, id: string): CodeAction {
    const statements = document.parseResult.value.statements ?? [];
    const skeleton = `cert ${id} "${titleFromId(id)}" {\n  level associate\n}`;
    const lastCert = [...statements].reverse().find(isCert);
    let anchor: Statement | undefined = lastCert;
    if (!anchor) {
        // The header: the run of tree-wide statements at the top of the file.
        for (const statement of statements) {
            if (!HEADER_TYPES.has(statement.$type)) break;
            anchor = statement;
        }
    }
    const end = anchor?.$cstNode?.range.end;
    const position: Position = end ?? { line: 0, character: 0 };
    const newText = end ? `\n\n${skeleton}` : `${skeleton}\n\n`;
    return {
        title: `Declare certification '${id}'`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.textDocument.uri]: [{ range: { start: position, end: position }, newText }] } },
    };
}

/** `cka_admin` -> "Cka Admin": a readable placeholder the author will overwrite. */
function titleFromId(id: string): string {
    return id.split('_').filter(Boolean).map(word => word[0].toUpperCase() + word.slice(1)).join(' ') || id;
}
