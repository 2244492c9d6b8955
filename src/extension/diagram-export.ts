// "Export Diagram as SVG / DOT / PNG": asks the language server for the export, writes the file
// beside the document (or to the configured folder), asking before it overwrites anything.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportRequest } from '../shared/protocol.js';
import type { DiagramView, ExportParams, ExportResult } from '../shared/protocol.js';
import { exportFileName, resolveExportFolder } from './export-location.js';
import { exportFolder, exportSize, exportTheme } from './settings.js';

export type ExportFormatChoice = 'svg' | 'dot' | 'png';

export interface ExportHost {
    client: LanguageClient;
    log: vscode.LogOutputChannel;
    /** The preview's chosen view for `document`, if a preview shows it. */
    viewFor(document: vscode.Uri): DiagramView | undefined;
    /** Draws an SVG as PNG in the preview's browser (opening the preview if needed). */
    rasterize(document: vscode.Uri, svg: string, scale: number): Promise<Uint8Array>;
}

export interface ExportOptions {
    /** Write here instead of the default place (used by tests and by "Save As"). */
    destination?: vscode.Uri;
}

/** Exports the diagram of `document`; returns the written file, or undefined when nothing was written. */
export async function exportDiagram(host: ExportHost, format: ExportFormatChoice, document: vscode.Uri, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
    const name = document.path.split('/').pop() ?? document.toString();
    const params: ExportParams = {
        uri: document.toString(),
        format: format === 'dot' ? 'dot' : 'svg',
        view: host.viewFor(document),
        theme: exportTheme(),
        fit: exportSize(),
    };
    let result: ExportResult;
    try {
        result = await host.client.sendRequest<ExportResult>(ExportRequest, params);
    } catch (error) {
        void vscode.window.showErrorMessage(`CertTree could not export ${name}: the language server did not answer (${String(error)}). Try again, or reload the window.`);
        return undefined;
    }
    if (result.kind === 'invalid') {
        const count = result.errorCount === 1 ? '1 error' : `${result.errorCount} errors`;
        const line = result.firstError.range.start.line + 1;
        const range = result.firstError.range;
        // Not awaited: the command is over (nothing written) whether or not the user answers.
        void vscode.window
            .showErrorMessage(`${name} has ${count}, so nothing was exported. Line ${line}: ${result.firstError.message}. Fix the errors and export again.`, 'Go to Error')
            .then(choice => {
                if (choice !== 'Go to Error') return;
                void vscode.window.showTextDocument(document, { selection: new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) });
            });
        return undefined;
    }
    if (result.kind === 'failed') {
        // The server's message may carry Graphviz's own words: those go to the log, not to the user.
        host.log.error(`Export of ${document.toString()} as ${format}: ${result.message}`);
        void vscode.window.showErrorMessage(`CertTree could not export ${name}. The details are in the "CertTree" output channel.`);
        return undefined;
    }

    let bytes: Uint8Array;
    if (format === 'png') {
        try {
            bytes = await host.rasterize(document, result.content, 2);
        } catch (error) {
            void vscode.window.showErrorMessage(`CertTree could not draw ${name} as PNG: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    } else {
        bytes = new TextEncoder().encode(result.content);
    }

    const target = options.destination ?? (await defaultTarget(document, format));
    if (!target) return undefined;
    if (await exists(target)) {
        const replace = await vscode.window.showWarningMessage(
            `${target.path.split('/').pop()} already exists. Do you want to replace it?`,
            { modal: true },
            'Replace',
        );
        if (replace !== 'Replace') return undefined;
    }
    try {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
        await vscode.workspace.fs.writeFile(target, bytes);
    } catch (error) {
        void vscode.window.showErrorMessage(`CertTree could not write ${target.fsPath}: ${error instanceof Error ? error.message : String(error)}. Check the folder exists and is writable, or change "certtree.export.folder".`);
        return undefined;
    }
    void announce(target, format);
    return target;
}

/** Beside the document, or in the configured folder; an unsaved document asks where. */
async function defaultTarget(document: vscode.Uri, format: ExportFormatChoice): Promise<vscode.Uri | undefined> {
    const fileName = exportFileName(document.path, format);
    if (document.scheme !== 'file') {
        return vscode.window.showSaveDialog({ saveLabel: 'Export', filters: { [format.toUpperCase()]: [format] }, title: `Export Diagram as ${format.toUpperCase()}` });
    }
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(document)?.uri.fsPath;
    const folder = resolveExportFolder(exportFolder(), document.fsPath, workspaceFolder);
    return vscode.Uri.joinPath(vscode.Uri.file(folder), fileName);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

/** The notification after an export; not awaited, so the command finishes at once. */
async function announce(target: vscode.Uri, format: ExportFormatChoice): Promise<void> {
    const choice = await vscode.window.showInformationMessage(`Exported the diagram to ${vscode.workspace.asRelativePath(target)}.`, 'Open', 'Reveal in Explorer');
    if (choice === 'Open') {
        if (format === 'dot') await vscode.window.showTextDocument(target);
        else await vscode.commands.executeCommand('vscode.open', target);
    } else if (choice === 'Reveal in Explorer') {
        await vscode.commands.executeCommand('revealInExplorer', target);
    }
}
