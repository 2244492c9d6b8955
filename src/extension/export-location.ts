// Where an exported diagram goes: pure path rules, kept apart from VS Code so unit tests can check them.
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';

/** `paths.certtree` -> `paths.svg`. */
export function exportFileName(documentPath: string, format: string): string {
    const name = basename(documentPath);
    const stem = extname(name) === '.certtree' ? name.slice(0, -'.certtree'.length) : name;
    return `${stem || 'diagram'}.${format}`;
}

/**
 * The folder to export into. Empty setting: beside the document. A relative setting is taken
 * from the workspace folder holding the document (from the document's folder outside a workspace);
 * `~/` starts at the home folder.
 */
export function resolveExportFolder(setting: string, documentPath: string, workspaceFolder: string | undefined, home = process.env.HOME ?? ''): string {
    const documentFolder = dirname(documentPath);
    if (setting === '') return documentFolder;
    if (setting === '~' || setting.startsWith('~/')) return join(home, setting.slice(1));
    if (isAbsolute(setting)) return setting;
    return resolve(workspaceFolder ?? documentFolder, setting);
}
