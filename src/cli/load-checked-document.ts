// Loads the one file a command works on, refusing it (after printing its errors as `certtree check` does) when it has errors.
import type { LangiumDocument } from 'langium';
import { errorsInOrder } from '../language/document-diagnostics.js';
import type { Model } from '../language/generated/ast.js';
import { displayPath, formatDiagnostic } from './check-command.js';
import { CliWorkspace, UnreadableFileError } from './cli-workspace.js';

/**
 * The checked document, or the exit code when there is none to work on: 2 when the file cannot
 * be read, 1 when it has errors. `command` names the subcommand in messages ("render", "next").
 */
export async function loadCheckedDocument(
    command: string,
    file: string,
    err: (line: string) => void,
    retry = `run \`certtree ${command}\` again`,
): Promise<LangiumDocument<Model> | number> {
    let document: LangiumDocument<Model>;
    try {
        [document] = await new CliWorkspace().load([file]);
    } catch (error) {
        if (error instanceof UnreadableFileError) {
            err(`certtree ${command}: ${error.message}`);
            return 2;
        }
        throw error;
    }
    const errors = errorsInOrder(document);
    if (errors.length === 0) return document;
    for (const diagnostic of errors) err(formatDiagnostic(displayPath(document), diagnostic));
    const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
    err(`certtree ${command}: ${displayPath(document)} has ${count}; fix ${errors.length === 1 ? 'it' : 'them'} and ${retry}.`);
    return 1;
}
