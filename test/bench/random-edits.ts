// Seeded random edits and hostile text for the soak and fuzz benchmarks: the same run every time, so a finding can be replayed.
export { seededRandom } from '../helpers/seeded-random.js';

export function pick<T>(items: readonly T[], random: () => number): T {
    return items[Math.floor(random() * items.length)];
}

/** What a person types, pastes and deletes in a .certtree file, and some junk. */
const TYPED = [
    '{', '}', '"', '->', '~>', ',', '?', '\n', ' ', 'cert ', 'group "g" {', 'role "r" { ', 'area "a" { ', 'level ', 'associate ',
    'use aws\n', 'successor ', 'icon "./x.png" ', 'url "https://example.com" ', '/*', '*/', '//', '\\', 'highlight "r"\n', 'earned ',
    'goal ', 'developer', 'security', 'devops_engineer', 'cloud_practitioner', 'x_1', '0', '9.5', 'tree "T"\n', '\u0000', '🚀', 'é',
];

export interface TextEdit {
    start: number;
    end: number;
    text: string;
}

/**
 * One edit of `text`: typing a fragment, deleting a run, or replacing one with the other. The
 * text stays between half and three times `typicalLength` and drifts towards it, so a long run
 * keeps editing a tree of about that size.
 */
export function randomEdit(text: string, typicalLength: number, random: () => number): TextEdit {
    const at = Math.floor(random() * (text.length + 1));
    const tooLong = text.length > 3 * typicalLength;
    const tooShort = text.length < typicalLength / 2;
    // Below the typical length typing wins two times in three, above it each kind is as likely.
    const kind = tooLong ? 1 : tooShort ? 0 : text.length < typicalLength && random() < 2 / 3 ? 0 : Math.floor(random() * 3);
    const deleted = Math.min(text.length - at, 1 + Math.floor(random() * (tooLong ? 400 : 20)));
    const typed = pick(TYPED, random) + (random() < 0.3 ? pick(TYPED, random) : '');
    switch (kind) {
        case 0: return { start: at, end: at, text: typed };
        case 1: return { start: at, end: at + deleted, text: '' };
        default: return { start: at, end: at + deleted, text: typed };
    }
}

/** Pieces that try to become Markdown links, images, HTML, autolinks or blocks. */
const HOSTILE = [
    ')', '(', '](', '[', ']', '!', '![x](https://evil.example/a.png)', '[run](command:workbench.action.terminal.new)',
    '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<https://evil.example>', 'javascript:alert(1)',
    'https://evil.example/p', 'http://evil.example', 'www.evil.example', 'a@evil.example', 'mailto:a@evil.example',
    '\n[x]: https://evil.example\n', '[x]', '\n# heading\n', '\n- item\n', '\n    code\n', '\n```\n', '`', '``', '*', '**', '_', '~~',
    '&lt;b&gt;', '&#60;img&#62;', '\\', '\\(', '|', '\r\n', '\u2028', '\u0000', '\u001b[31m', '😀', 'é', ' ', '"', '{', '}',
];

/** Hostile text: a few hostile pieces with plain words between them. */
export function hostileText(random: () => number): string {
    let text = '';
    const pieces = 1 + Math.floor(random() * 5);
    for (let i = 0; i < pieces; i++) text += (random() < 0.3 ? 'word ' : '') + pick(HOSTILE, random);
    return text;
}
