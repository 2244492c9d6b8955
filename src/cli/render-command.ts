// `certtree render <file>`: writes a document's diagram as self-contained SVG, DOT or JSON.
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DiagramTheme, DiagramView, ExportFormat } from '../shared/protocol.js';
import { parseFitBox } from '../shared/diagram-rendering.js';
import { exportDiagram } from '../render/export-diagram.js';
import { sharedRenderer } from '../render/svg-renderer.js';
import { displayPath } from './check-command.js';
import { loadCheckedDocument } from './load-checked-document.js';
import { readPlanDate } from './plan-date-option.js';

export const RENDER_USAGE = 'certtree render <file> [-o out|-] [--format svg|dot|json] [--view paths|graph] [--theme light|dark] [--fit WIDTHxHEIGHT] [--today YYYY-MM-DD]';

const FORMATS: readonly ExportFormat[] = ['svg', 'dot', 'json'];
const VIEWS: readonly DiagramView[] = ['paths', 'graph'];
const THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/**
 * Exit code: 0 written; 1 the document has errors (printed as `certtree check` prints them) or
 * Graphviz failed; 2 bad arguments, a file that cannot be read or an output that cannot be written.
 */
export async function runRender(args: string[], out: (text: string) => void, err: (line: string) => void): Promise<number> {
    try {
        return await render(args, out, err);
    } finally {
        await sharedRenderer().dispose();
    }
}

async function render(args: string[], out: (text: string) => void, err: (line: string) => void): Promise<number> {
    let parsed;
    try {
        parsed = parseArgs({
            args,
            allowPositionals: true,
            options: {
                output: { type: 'string', short: 'o' },
                format: { type: 'string' },
                view: { type: 'string' },
                theme: { type: 'string' },
                fit: { type: 'string' },
                today: { type: 'string' },
            },
        });
    } catch (error) {
        err(`certtree render: ${(error as Error).message}\nUsage: ${RENDER_USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
        err(`certtree render: name exactly one .certtree file.\nUsage: ${RENDER_USAGE}`);
        return 2;
    }
    const format = choice('format', values.format, FORMATS, err);
    const view = choice('view', values.view, VIEWS, err);
    const theme = choice('theme', values.theme, THEMES, err);
    const today = readPlanDate('render', values.today, err);
    if (format === null || view === null || theme === null || today === null) return 2;
    const fit = parseFitBox(values.fit);
    if (values.fit !== undefined && !fit) {
        err(`certtree render: --fit must be a box such as 1600x900 (width x height, at least 50 each), not '${values.fit}'.`);
        return 2;
    }

    const file = positionals[0];
    // Graphviz starts in its worker thread while the document is read and checked.
    if (format !== 'json' && format !== 'dot') sharedRenderer().warmUp();
    const document = await loadCheckedDocument('render', file, err, 'render again');
    if (typeof document === 'number') return document;

    const outcome = await exportDiagram(document.parseResult.value, {
        format: format ?? 'svg', view, theme: theme ?? 'light', fit, allowedRoots: [dirname(resolve(file))], today,
    });
    if (outcome.kind === 'failed') {
        err(`certtree render: ${outcome.message}`);
        if (outcome.detail) err(`Graphviz said: ${outcome.detail}`);
        return 1;
    }
    for (const problem of outcome.problems) err(`${displayPath(document)}: ${problem.severity}: ${problem.message} The cert '${problem.cert}' is drawn without its icon.`);

    const target = values.output ?? defaultOutput(file, format ?? 'svg');
    if (target === '-') {
        out(outcome.content.replace(/\n$/, ''));
        return 0;
    }
    try {
        await writeWhole(target, outcome.content);
    } catch (error) {
        err(`certtree render: cannot write '${target}': ${describeWriteError(error)}. Choose another place with -o.`);
        return 2;
    }
    out(`Wrote ${target}`);
    return 0;
}

/**
 * Writes the file whole or not at all: the content goes to a new file beside the target, which
 * then replaces the target in one step, so a full disk or a crash leaves the old file as it was.
 * A target that is not a regular file (`/dev/stdout`, a pipe) is written to directly.
 */
async function writeWhole(target: string, content: string): Promise<void> {
    const existing = await stat(target).catch(() => undefined);
    if (existing && !existing.isFile()) {
        await writeFile(target, content, 'utf8');
        return;
    }
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx', mode: existing ? existing.mode & 0o777 : 0o666 });
        await rename(temporary, target);
    } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}

/** `examples/x.certtree` -> `examples/x.svg` (or .dot, .json), beside the source. */
export function defaultOutput(file: string, format: ExportFormat): string {
    return file.replace(/\.certtree$/i, '') + '.' + format;
}

/** The option's value when allowed, undefined when not given, null (after saying so) when not allowed. */
function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], err: (line: string) => void): T | undefined | null {
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    err(`certtree render: --${name} must be ${allowed.join(' or ')}, not '${value}'.`);
    return null;
}

function describeWriteError(error: unknown): string {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'ENOENT': return 'its folder does not exist';
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'it is a folder';
        case 'EROFS': return 'the file system is read-only';
        case 'ENOSPC': return 'the disk is full';
        case 'EFBIG': return 'the file would be larger than this system allows';
        default: return (error as Error).message;
    }
}
