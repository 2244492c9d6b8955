// Markdown for hovers and completion documentation: a cert's facts, a role's paths.
import type { Cert, Model, Path, Role } from '../generated/ast.js';
import { isArea, isCert } from '../generated/ast.js';
import { prerequisitesOf } from '../prerequisites.js';
import { certFacts, certName, certStatus } from '../cert-facts.js';

/**
 * Escapes text so that Markdown shows it literally inside a line: a backslash before every mark
 * that could start emphasis, code, a link, an image, HTML or an entity, and before the `:` and `@`
 * of autolinks (`https://…`, `a@b.example`) and the dot of `www.`; line breaks become spaces, so
 * user text never starts a line (and with it a heading, list or fence).
 */
export function escapeMarkdown(text: string | undefined): string {
    // A name still being typed is missing from the syntax tree: it shows as nothing.
    return (text ?? '')
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/[\\`*_[\]<>|~!():@#&{}$^"=+]/g, char => `\\${char}`)
        .replace(/(www)\./gi, '$1\\.');
}

/**
 * A web address as a Markdown link target, or undefined when it is not one: parsed as a URL,
 * http or https only, and every character that could end the target or start other Markdown
 * (parentheses, brackets, angle brackets, spaces, backslashes) percent-encoded.
 */
export function markdownLinkTarget(text: string): string | undefined {
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/g, char => encodeURIComponent(char).replace(/[()'!*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
}

/** A short line for completion items and hovers: `SAA-C03 · associate`. */
export function certSummary(cert: Cert): string {
    const { code, level } = certFacts(cert);
    return [code, level ?? 'no level'].filter(part => part !== undefined).join(' · ');
}

export interface CertMarkdownContext {
    /** The day the tree describes (its `date`), against which retirement is judged. */
    treeDate: string;
    /** Names of the roles whose paths use the cert, when known. */
    roles?: string[];
    /** What the planner says about the cert, as Markdown (already escaped). */
    plan?: string;
}

/** Everything a user wants to know about a cert before booking the exam. */
export function certMarkdown(cert: Cert, context: CertMarkdownContext): string {
    const facts = certFacts(cert);
    const lines: string[] = [];
    lines.push(`**${escapeMarkdown(certName(cert))}**`);
    const heading = [`\`${cert.name}\``];
    if (facts.code) heading.push(`code ${escapeMarkdown(facts.code)}`);
    heading.push(facts.level ? `level ${facts.level}` : 'no level');
    lines.push(heading.join(' · '));

    const status = certStatus(cert, context.treeDate);
    const successorText = facts.renamed
        ? `; renamed to ${referenceText(facts.renamed)}${examOf(facts.renamed.ref)}: the same credential, kept by its holders`
        : facts.successor ? `; successor ${referenceText(facts.successor)}, the certification that replaced it` : '';
    if (status.kind === 'retired') {
        lines.push(`Retired: the last exam day was ${status.lastDay} (tree date ${context.treeDate})${successorText}.`);
    } else if (status.kind === 'retiring') {
        lines.push(`Retiring: the last exam day is ${status.lastDay} (tree date ${context.treeDate})${successorText}.`);
    } else if (successorText) {
        lines.push(`Active${successorText}.`);
    }

    const former = formerNames(cert);
    if (former.length > 0) {
        lines.push(`Formerly: ${former.map(old => `\`${old.name}\`${certFacts(old).code ? ` (exam ${escapeMarkdown(certFacts(old).code!)})` : ''}`).join(', ')}, the same credential.`);
    }
    for (const prerequisite of prerequisitesOf(cert)) {
        const label = prerequisite.rule.kind === 'required' ? 'Required first' : 'Recommended first (advice, not a rule)';
        const certs = prerequisite.anyOf.map(other => `\`${other.name}\` (${escapeMarkdown(certName(other))})`).join(' or ');
        lines.push(`${label}: ${certs}; ${escapeMarkdown(prerequisite.rule.note)}.`);
    }

    const exam: string[] = [];
    if (facts.minutes !== undefined) exam.push(`${facts.minutes} minutes`);
    if (facts.questions !== undefined) exam.push(`${facts.questions} questions`);
    if (facts.price !== undefined) exam.push(`${facts.price} USD`);
    if (exam.length > 0) lines.push(`Exam: ${exam.join(' · ')}`);
    const guide = facts.url ? markdownLinkTarget(facts.url) : undefined;
    if (guide) lines.push(`[Exam guide](${guide})`);
    if (context.roles && context.roles.length > 0) {
        lines.push(`On the paths of: ${context.roles.map(escapeMarkdown).join(', ')}`);
    }
    if (context.plan) lines.push(context.plan);
    return lines.join('\n\n');
}

/** `` `id` (Name) `` for a resolved reference, `` `id` `` for one that is not. */
function referenceText(reference: { ref?: Cert; $refText: string }): string {
    const cert = reference.ref;
    return cert ? `\`${cert.name}\` (${escapeMarkdown(certName(cert))})` : `\`${escapeMarkdown(reference.$refText)}\``;
}

/** `, exam AI-901`: the exam code a renamed credential is now earned with. */
function examOf(cert: Cert | undefined): string {
    const code = cert ? certFacts(cert).code : undefined;
    return code ? `, exam ${escapeMarkdown(code)}` : '';
}

/** Certs of the same document that were renamed to this one: its former names or exams. */
function formerNames(cert: Cert): Cert[] {
    const model = cert.$container as Model | undefined;
    return (model?.statements ?? []).filter(isCert).filter(other => certFacts(other).renamed?.ref === cert);
}

/** A path as its author would write it: `a -> b, c ~> d?`. */
export function pathText(path: Path): string {
    const steps = path.steps.map(step =>
        step.refs.map(ref => `${ref.cert.$refText}${ref.optional ? '?' : ''}`).join(', ')
    );
    let text = steps[0] ?? '';
    for (let index = 1; index < steps.length; index++) text += ` ${path.arrows[index - 1] ?? '->'} ${steps[index]}`;
    return text;
}

/** A role's name, area and paths. */
export function roleMarkdown(role: Role): string {
    const area = isArea(role.$container) ? ` in area ${escapeMarkdown(role.$container.name)}` : '';
    const lines = [`**Role ${escapeMarkdown(role.name)}**${area}`];
    if (role.paths.length === 0) {
        lines.push('No paths yet.');
    } else {
        lines.push(['```certtree', ...role.paths.map(pathText), '```'].join('\n'));
    }
    return lines.join('\n\n');
}
