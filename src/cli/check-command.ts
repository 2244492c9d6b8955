// `certtree check <files…>`: prints every problem as file:line:col: severity: message.
import type { Diagnostic } from 'vscode-languageserver-types';
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { diagnosticsInOrder, isError } from '../language/document-diagnostics.js';
import { visibleText } from '../language/message-text.js';
import { CliWorkspace } from './cli-workspace.js';

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'] as const;

/** One problem in the CLI's format, with a 1-based line and column; a message stays on one line. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
    const { line, character } = diagnostic.range.start;
    const severity = SEVERITIES[diagnostic.severity ?? 1];
    const text = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    // Parser messages list alternatives on several lines; one problem per line keeps output greppable.
    // They also quote the text they stumbled on, which may be binary junk or terminal escapes.
    const message = visibleText(text.replace(/\s*\n\s*/g, ' '));
    return `${visibleText(file)}:${line + 1}:${character + 1}: ${severity}: ${message}`;
}

export function displayPath(document: LangiumDocument): string {
    return relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
}

/**
 * Exit code: 2 when a named file could not be read (the others are still checked), else 1 when
 * any error was found, else 0 (warnings, information and hints do not fail a check).
 */
export async function runCheck(files: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
    if (files.length === 0) {
        err('certtree check: name at least one .certtree file, e.g. `certtree check examples/*.certtree`.');
        return 2;
    }
    const workspace = new CliWorkspace();
    const { documents, unreadable } = await workspace.loadReadable(files);
    for (const problem of unreadable) err(`certtree check: ${problem.message}.`);
    let errors = 0;
    for (const document of documents) {
        for (const diagnostic of diagnosticsInOrder(document)) {
            if (isError(diagnostic)) errors++;
            out(formatDiagnostic(displayPath(document), diagnostic));
        }
    }
    if (unreadable.length > 0) return 2;
    return errors > 0 ? 1 : 0;
}
