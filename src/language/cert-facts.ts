// Reads a cert's fields into one record, and judges its status against the tree's date.
import type { Reference } from 'langium';
import type { Cert, Model } from './generated/ast.js';
import { isDateStatement } from './generated/ast.js';
import { firstStatement } from './model-queries.js';

export type Level = 'foundational' | 'associate' | 'professional' | 'specialty';

/** Tier order for layout and checks: foundational < associate < professional < specialty. */
export const LEVELS: readonly Level[] = ['foundational', 'associate', 'professional', 'specialty'];

export function tierOf(level: Level | undefined): number {
    return level ? LEVELS.indexOf(level) : -1;
}

export interface CertFacts {
    level?: Level;
    code?: string;
    url?: string;
    icon?: string;
    /** Last day of the exam, as written with `retiring` or `retired`. */
    lastDay?: string;
    /** The cert that replaced this one: a different credential. */
    successor?: Reference<Cert>;
    /** The new name of this cert: the same credential, kept by its holders. */
    renamed?: Reference<Cert>;
    minutes?: number;
    questions?: number;
    price?: number;
}

/** The cert's facts; where a field is given twice, the last one counts. */
export function certFacts(cert: Cert): CertFacts {
    const facts: CertFacts = {};
    for (const field of cert.fields) {
        switch (field.$type) {
            case 'LevelField': facts.level = field.value as Level; break;
            case 'CodeField': facts.code = field.value; break;
            case 'UrlField': facts.url = field.value; break;
            case 'IconField': facts.icon = field.value; break;
            case 'RetiringField':
            case 'RetiredField': facts.lastDay = field.value; break;
            case 'SuccessorField': facts.successor = field.value; break;
            case 'RenamedField': facts.renamed = field.value; break;
            case 'MinutesField': facts.minutes = field.value; break;
            case 'QuestionsField': facts.questions = field.value; break;
            case 'PriceField': facts.price = field.value; break;
        }
    }
    return facts;
}

/** The display name of a cert: its title, or its id when it has none. */
export function certName(cert: Cert): string {
    // A blank name ("" or spaces) names nothing: the id stands in, in the diagram as in hovers.
    return cert.title !== undefined && cert.title.trim() !== '' ? cert.title : cert.name;
}

export type CertStatus =
    | { kind: 'active' }
    | { kind: 'retiring'; lastDay: string }
    | { kind: 'retired'; lastDay: string };

/**
 * `retiring` and `retired` both give the exam's last day; against the tree's date the cert is
 * retired once that day has passed, and retiring until then.
 */
export function certStatus(cert: Cert, treeDate: string): CertStatus {
    const { lastDay } = certFacts(cert);
    if (!lastDay || !isIsoDate(lastDay)) return { kind: 'active' };
    return lastDay < treeDate ? { kind: 'retired', lastDay } : { kind: 'retiring', lastDay };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
    const match = ISO_DATE.exec(text);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today as YYYY-MM-DD, in local time. */
export function today(now = new Date()): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day the tree describes: its (first) `date` statement when valid, else today. */
export function treeDate(model: Model): string {
    const statement = firstStatement(model, isDateStatement);
    return statement && isIsoDate(statement.value) ? statement.value : today();
}
