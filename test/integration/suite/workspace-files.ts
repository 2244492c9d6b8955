// The test workspace (a fresh copy of the examples, made by the runner) and files written into it.
import * as vscode from 'vscode';
import type { CertTreeExtensionApi } from '../../../src/extension/extension.js';

export const EXTENSION_ID = 'certtree.certtree';
export const EXAMPLE = 'aws-certification-paths.certtree';

export function workspaceUri(...path: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('The integration tests need a workspace folder; the runner opens one.');
    return vscode.Uri.joinPath(folder.uri, ...path);
}

/** Writes `text` to a new file of the workspace and opens it in an editor. */
export async function openNewFile(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = workspaceUri(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

export async function openExample(): Promise<vscode.TextEditor> {
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(EXAMPLE)), vscode.ViewColumn.One);
}

/** The extension's API; activates it if no earlier test has. */
export async function certTreeApi(): Promise<CertTreeExtensionApi> {
    const extension = vscode.extensions.getExtension<CertTreeExtensionApi>(EXTENSION_ID);
    if (!extension) throw new Error(`The extension ${EXTENSION_ID} is not installed in this VS Code.`);
    return extension.activate();
}

/** The position of the first occurrence of `text` in `document`, `offset` characters into it. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(text);
    if (index < 0) throw new Error(`'${text}' does not occur in ${document.uri.path}.`);
    return document.positionAt(index + offset);
}
