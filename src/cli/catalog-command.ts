// `certtree catalog [NAME] [--json] [--today YYYY-MM-DD]`: the built-in catalogs, or one catalog's certifications.
import type { LangiumDocument } from 'langium';
import { certFacts, certName, certStatus, isIsoDate, today as todayDate } from '../language/cert-facts.js';
import { builtinCatalogs, findBuiltinCatalog, type BuiltinCatalog } from '../language/catalogs/index.js';
import type { Model } from '../language/generated/ast.js';
import { isCert } from '../language/generated/ast.js';
import { CliWorkspace } from './cli-workspace.js';

export const CATALOG_USAGE = 'certtree catalog [NAME] [--json] [--today YYYY-MM-DD]';

/** One certification as `certtree catalog NAME` lists it; a fact the catalog lacks is null. */
export interface CatalogRow {
    id: string;
    name: string;
    code: string | null;
    level: string | null;
    /** `active`, `retiring` or `retired`, judged against the day given (today by default). */
    status: 'active' | 'retiring' | 'retired';
    lastDay: string | null;
    successor: string | null;
    renamedTo: string | null;
    minutes: number | null;
    questions: number | null;
    priceUsd: number | null;
    url: string | null;
}

/** Exit code: 0 when the list was printed; 2 for bad arguments or an unknown catalog. */
export async function runCatalog(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
    const options = parseArguments(args);
    if (typeof options === 'string') {
        err(`certtree catalog: ${options}\nUsage: ${CATALOG_USAGE}`);
        return 2;
    }
    if (options.name === undefined) {
        const catalogs = builtinCatalogs.map(catalog => ({ name: catalog.name, description: catalog.description, asOf: catalog.asOf, certs: catalogDocument(catalog).parseResult.value.statements.filter(isCert).length }));
        if (options.json) out(JSON.stringify(catalogs, null, 2));
        else {
            for (const line of table([['NAME', 'AS OF', 'CERTS', 'DESCRIPTION'], ...catalogs.map(c => [c.name, c.asOf, String(c.certs), c.description])])) out(line);
            out('');
            out('Bring one into a tree with `use NAME`; list its certifications with `certtree catalog NAME`.');
        }
        return 0;
    }
    const catalog = findBuiltinCatalog(options.name);
    if (!catalog) {
        err(`certtree catalog: there is no catalog '${options.name}'. The available catalogs are: ${builtinCatalogs.map(c => c.name).join(', ')}.`);
        return 2;
    }
    const rows = catalogRows(catalogDocument(catalog), options.today);
    if (options.json) {
        out(JSON.stringify({ name: catalog.name, description: catalog.description, asOf: catalog.asOf, today: options.today, certs: rows }, null, 2));
        return 0;
    }
    out(`${catalog.description} (catalog '${catalog.name}', facts as of ${catalog.asOf}; status as of ${options.today})`);
    out('');
    const dash = (value: string | number | null) => (value === null ? '-' : String(value));
    for (const line of table([
        ['ID', 'NAME', 'CODE', 'LEVEL', 'STATUS', 'SUCCESSOR / RENAMED', 'MIN', 'QUESTIONS', 'USD', 'GUIDE'],
        ...rows.map(row => [
            row.id, row.name, dash(row.code), dash(row.level),
            row.lastDay ? `${row.status} ${row.lastDay}` : row.status,
            row.renamedTo ? `renamed to ${row.renamedTo}` : row.successor ? `replaced by ${row.successor}` : '-',
            dash(row.minutes), dash(row.questions), dash(row.priceUsd), dash(row.url),
        ]),
    ])) out(line);
    return 0;
}

/** The catalog's certifications in catalog order, their status judged against `today`. */
export function catalogRows(document: LangiumDocument<Model>, today: string): CatalogRow[] {
    return document.parseResult.value.statements.filter(isCert).map(cert => {
        const facts = certFacts(cert);
        const status = certStatus(cert, today);
        return {
            id: cert.name,
            name: certName(cert),
            code: facts.code ?? null,
            level: facts.level ?? null,
            status: status.kind,
            lastDay: status.kind === 'active' ? null : status.lastDay,
            successor: facts.successor?.ref?.name ?? null,
            renamedTo: facts.renamed?.ref?.name ?? null,
            minutes: facts.minutes ?? null,
            questions: facts.questions ?? null,
            priceUsd: facts.price ?? null,
            url: facts.url ?? null,
        };
    });
}

function catalogDocument(catalog: BuiltinCatalog): LangiumDocument<Model> {
    return workspace().services.shared.workspace.CatalogDocuments.get(catalog.name)!;
}

let cliWorkspace: CliWorkspace | undefined;
/** One set of services for the command; a catalog's successors resolve on first read. */
function workspace(): CliWorkspace {
    return cliWorkspace ??= new CliWorkspace();
}

function parseArguments(args: string[]): { name?: string; json: boolean; today: string } | string {
    let name: string | undefined;
    let json = false;
    let today = todayDate();
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--json') json = true;
        else if (arg === '--today') {
            const value = args[++index];
            if (value === undefined || !isIsoDate(value)) return `--today needs a date written YYYY-MM-DD, e.g. --today 2026-12-03.`;
            today = value;
        } else if (arg.startsWith('-')) return `unknown option '${arg}'.`;
        else if (name !== undefined) return 'name at most one catalog.';
        else name = arg;
    }
    return { name, json, today };
}

/** Left-aligned columns two spaces apart; the last column is not padded. */
function table(rows: string[][]): string[] {
    const widths = rows[0].map((_, column) => Math.max(...rows.map(row => [...row[column]].length)));
    return rows.map(row => row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - [...cell].length))).join('  ').trimEnd());
}
