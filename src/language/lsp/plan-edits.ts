// The text edits behind "Mark as earned", "Set as goal" and "Remove goal": the text stays the one truth.
import type { LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { PlanEditAction } from '../../shared/protocol.js';
import type { CertRef, Earned, Goal, Model, Statement } from '../generated/ast.js';
import { isEarned, isGoal, isHighlight } from '../generated/ast.js';

/** The edits, in one batch (one undo), or a sentence saying why nothing changes. */
export function planEdits(document: LangiumDocument<Model>, action: PlanEditAction, cert: string): TextEdit[] | string {
    const model = document.parseResult.value;
    const earned = model.statements.filter(isEarned);
    const goals = model.statements.filter(isGoal);
    const names = (statements: Array<Earned | Goal>) => statements.some(statement => statement.certs.some(ref => refName(ref) === cert));
    const editor = new StatementEditor(document);
    switch (action) {
        case 'earn':
            if (names(earned)) return `'${cert}' is already earned.`;
            // An earned cert needs no goal: it leaves the goals in the same edit.
            for (const goal of goals) editor.remove(goal, cert);
            editor.add(earned, 'earned', cert);
            break;
        case 'setGoal':
            if (names(goals)) return `'${cert}' is already a goal.`;
            if (names(earned)) return `'${cert}' is already earned; it needs no goal.`;
            editor.add(goals, 'goal', cert);
            break;
        case 'removeGoal':
            if (!names(goals)) return `'${cert}' is not a goal.`;
            for (const goal of goals) editor.remove(goal, cert);
            break;
    }
    return editor.edits();
}

function refName(ref: CertRef): string {
    return ref.cert.ref?.name ?? ref.cert.$refText;
}

function refText(ref: CertRef): string {
    return `${ref.cert.$refText}${ref.optional ? '?' : ''}`;
}

/** Collects edits to `earned`/`goal` statements, written as the formatter writes them: `goal a, b`. */
class StatementEditor {
    private readonly changes: TextEdit[] = [];
    private readonly deleted = new Set<Statement>();

    constructor(private readonly document: LangiumDocument<Model>) {}

    /** Takes a cert out of a statement; a statement left empty goes with its line. */
    remove(statement: Earned | Goal, cert: string): void {
        const node = statement.$cstNode;
        if (!node || !statement.certs.some(ref => refName(ref) === cert)) return;
        const kept = statement.certs.filter(ref => refName(ref) !== cert);
        if (kept.length > 0) {
            this.changes.push({ range: node.range, newText: `${isEarned(statement) ? 'earned' : 'goal'} ${kept.map(refText).join(', ')}` });
            return;
        }
        this.deleted.add(statement);
        const text = this.document.textDocument;
        const start = { line: node.range.start.line, character: 0 };
        const wholeLine = text.getText({ start, end: node.range.start }).trim() === '';
        const nextLine = node.range.end.line + 1;
        const end = wholeLine && nextLine < text.lineCount ? { line: nextLine, character: 0 } : node.range.end;
        this.changes.push({ range: { start: wholeLine ? start : node.range.start, end }, newText: '' });
    }

    /** Adds a cert to the first statement of its kind, or writes a new one after the planning statements. */
    add(statements: Array<Earned | Goal>, keyword: 'earned' | 'goal', cert: string): void {
        const first = statements.find(statement => !this.deleted.has(statement) && statement.$cstNode && statement.certs.length > 0);
        const last = first?.certs.at(-1)?.$cstNode;
        if (first && last) {
            this.changes.push({ range: { start: last.range.end, end: last.range.end }, newText: `, ${cert}` });
            return;
        }
        const model = this.document.parseResult.value;
        const anchor = [...model.statements].reverse()
            .find(statement => (isEarned(statement) || isGoal(statement) || isHighlight(statement)) && !this.deleted.has(statement) && statement.$cstNode);
        if (anchor?.$cstNode) {
            const end = anchor.$cstNode.range.end;
            this.changes.push({ range: { start: end, end }, newText: `\n${keyword} ${cert}` });
            return;
        }
        const text = this.document.textDocument.getText();
        const end = this.document.textDocument.positionAt(text.length);
        const separator = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
        this.changes.push({ range: { start: end, end }, newText: `${separator}${keyword} ${cert}\n` });
    }

    edits(): TextEdit[] {
        return this.changes;
    }
}
