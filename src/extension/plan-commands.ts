// "CertTree: Plan Next Certification" and the preview node menu's Mark as earned / Set as goal / Remove goal.
// Every action edits the .certtree text through the language server's edits: one undoable edit.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PlanEditAction, PlanEditParams, PlanEditResult, PlanItem, PlanParams, PlanResult } from '../shared/protocol.js';
import { PlanEditRequest, PlanRequest } from '../shared/protocol.js';

/** What a quick pick of the plan command showed, for the extension's tests. */
export interface PlanPickShown {
    title: string;
    labels: string[];
}

export interface PlanHost {
    client: LanguageClient;
    /** The .certtree document a command is about: its argument, the active editor, or the previewed one. */
    documentFor(uri: vscode.Uri | undefined): vscode.Uri | undefined;
    onPickShown(shown: PlanPickShown): void;
}

/** The argument of a node menu command: VS Code passes the node's `data-vscode-context`; callers may pass a document too. */
interface CertArgument {
    certId?: string;
    cert?: string;
    uri?: vscode.Uri | string;
}

const ACTIONS: Array<{ action: PlanEditAction | 'guide'; label: string; detail: string }> = [
    { action: 'earn', label: '$(check) Mark as earned', detail: 'Adds it to `earned`; the plan moves on.' },
    { action: 'setGoal', label: '$(flag) Set as goal', detail: 'Adds it to `goal`; the plan leads there.' },
    { action: 'guide', label: '$(link-external) Open exam guide', detail: 'Opens the exam guide in the browser.' },
];

export function registerPlanCommands(host: PlanHost): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand('certtree.planNext', (uri?: vscode.Uri) => planNext(host, uri)),
        vscode.commands.registerCommand('certtree.markEarned', (argument?: CertArgument) => editFromArgument(host, 'earn', argument)),
        vscode.commands.registerCommand('certtree.setGoal', (argument?: CertArgument) => editFromArgument(host, 'setGoal', argument)),
        vscode.commands.registerCommand('certtree.removeGoal', (argument?: CertArgument) => editFromArgument(host, 'removeGoal', argument)),
    ];
}

async function planNext(host: PlanHost, uri: vscode.Uri | undefined): Promise<void> {
    const document = host.documentFor(uri);
    if (!document) return;
    await host.client.start();
    const result = await host.client.sendRequest<PlanResult>(PlanRequest, { uri: document.toString() } satisfies PlanParams);
    if (result.kind === 'unavailable') {
        void vscode.window.showInformationMessage(result.message);
        return;
    }
    if (result.kind === 'invalid') {
        void vscode.window.showWarningMessage(`The plan needs a tree without errors; fix the ${result.errorCount === 1 ? 'error' : `${result.errorCount} errors`} first (line ${result.firstError.range.start.line + 1}: ${result.firstError.message})`);
        return;
    }
    if (result.nextUp.length === 0) {
        void vscode.window.showInformationMessage('Nothing is next up: every certification on the paths is held or passed. Add a path or a goal to plan further.');
        return;
    }
    const chosen = await pick(host, `Next up, planned for ${result.today} (plan: ${result.totals})`, result.nextUp.map(item => ({
        label: item.name,
        description: examLine(item),
        detail: [item.optional ? 'optional' : '', ...item.why].filter(Boolean).join(' · ') || undefined,
        item,
    })));
    if (!chosen) return;
    const actions = ACTIONS.filter(action => action.action !== 'guide' || chosen.item.url !== null);
    const action = await pick(host, `${chosen.item.name}: what now?`, actions.map(entry => ({ label: entry.label, detail: entry.detail, action: entry.action })));
    if (!action) return;
    if (action.action === 'guide') {
        if (chosen.item.url) await vscode.env.openExternal(vscode.Uri.parse(chosen.item.url));
        return;
    }
    await applyPlanEdit(host, document, action.action, chosen.item.id);
}

/** `SAA-C03 · associate · 130 min · 150 USD`. */
function examLine(item: PlanItem): string {
    const parts: string[] = [];
    if (item.code !== null) parts.push(item.code);
    if (item.level !== null) parts.push(item.level);
    if (item.minutes !== null) parts.push(`${item.minutes} min`);
    if (item.priceUsd !== null) parts.push(`${item.priceUsd} USD`);
    return parts.join(' · ');
}

/** A quick pick that tells the tests when it shows; resolves with the accepted item, or undefined. */
function pick<T extends vscode.QuickPickItem>(host: PlanHost, title: string, items: T[]): Promise<T | undefined> {
    return new Promise(resolve => {
        const quickPick = vscode.window.createQuickPick<T>();
        quickPick.title = title;
        quickPick.items = items;
        quickPick.matchOnDescription = true;
        quickPick.matchOnDetail = true;
        let accepted: T | undefined;
        quickPick.onDidAccept(() => {
            accepted = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
            quickPick.hide();
        });
        quickPick.onDidHide(() => {
            quickPick.dispose();
            resolve(accepted);
        });
        quickPick.show();
        host.onPickShown({ title, labels: items.map(item => item.label) });
    });
}

async function editFromArgument(host: PlanHost, action: PlanEditAction, argument: CertArgument | undefined): Promise<void> {
    const cert = argument?.certId ?? argument?.cert;
    const uri = typeof argument?.uri === 'string' ? vscode.Uri.parse(argument.uri) : argument?.uri;
    const document = host.documentFor(uri);
    if (!document) return;
    if (!cert) {
        void vscode.window.showInformationMessage('Right-click a certification in the preview, or use "CertTree: Plan Next Certification".');
        return;
    }
    await host.client.start();
    await applyPlanEdit(host, document, action, cert);
}

/** Asks the server for the edits and applies them as one edit of the document (one undo). */
async function applyPlanEdit(host: PlanHost, document: vscode.Uri, action: PlanEditAction, cert: string): Promise<boolean> {
    const result = await host.client.sendRequest<PlanEditResult>(PlanEditRequest, { uri: document.toString(), cert, action } satisfies PlanEditParams);
    if (result.kind !== 'edit') {
        void vscode.window.showInformationMessage(result.message);
        return false;
    }
    const open = vscode.workspace.textDocuments.find(text => text.uri.toString() === document.toString());
    if (open && open.version !== result.version) {
        void vscode.window.showInformationMessage('The file changed while the plan was being worked out; try again.');
        return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.set(document, result.edits.map(change => new vscode.TextEdit(
        new vscode.Range(change.range.start.line, change.range.start.character, change.range.end.line, change.range.end.character), change.newText)));
    return vscode.workspace.applyEdit(edit);
}
