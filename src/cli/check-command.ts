// `certtree check <files…>`: prints every problem as file:line:col: severity: message.
import type { Diagnostic } from 'vscode-languageserver-types';
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { CliWorkspace, UnreadableFileError } from './cli-workspace.js';

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'] as const;

/** One problem in the CLI's format, with a 1-based line and column. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
    const { line, character } = diagnostic.range.start;
    const severity = SEVERITIES[diagnostic.severity ?? 1];
    return `${file}:${line + 1}:${character + 1}: ${severity}: ${diagnostic.message}`;
}

export function displayPath(document: LangiumDocument): string {
    return relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
}

/** Exit code: 0 clean (warnings allowed), 1 when any error was found, 2 when a file could not be read. */
export async function runCheck(files: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
    if (files.length === 0) {
        err('certtree check: name at least one .certtree file, e.g. `certtree check examples/*.certtree`.');
        return 2;
    }
    const workspace = new CliWorkspace();
    let documents;
    try {
        documents = await workspace.load(files);
    } catch (error) {
        if (error instanceof UnreadableFileError) {
            err(`certtree check: ${error.message}`);
            return 2;
        }
        throw error;
    }
    let errors = 0;
    for (const document of documents) {
        const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) =>
            a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        for (const diagnostic of diagnostics) {
            if ((diagnostic.severity ?? 1) === 1) errors++;
            out(formatDiagnostic(displayPath(document), diagnostic));
        }
    }
    return errors > 0 ? 1 : 0;
}
