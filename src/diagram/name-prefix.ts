// The vendor prefix every cert name of a tree shares ("AWS Certified "), which nodes may leave off.

/**
 * The words all `names` begin with, with the space after them, when the title already names
 * their first word (the vendor); '' otherwise. It is never a whole name, and never leaves a name
 * beginning with a dash or other punctuation. Fewer than two different names share nothing.
 */
export function sharedNamePrefix(names: readonly string[], title: string | undefined): string {
    const distinct = [...new Set(names)];
    if (distinct.length < 2 || title === undefined) return '';
    const split = distinct.map(name => name.split(' '));
    let words = 0;
    while (split.every(parts => parts.length > words + 1 && parts[words] === split[0][words] && parts[words].length > 0)) words++;
    // The prefix ends with a word, not a dash: "AWS Certified – One" shares "AWS Certified" at most.
    while (words > 0 && !/^[\p{L}\p{N}]/u.test(split[0][words - 1])) words--;
    if (words === 0) return '';
    const prefix = split[0].slice(0, words).join(' ') + ' ';
    if (distinct.some(name => !/^[\p{L}\p{N}]/u.test(name.slice(prefix.length)))) return '';
    const vendor = split[0][0].toLowerCase();
    const titleWords = title.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return titleWords.includes(vendor) ? prefix : '';
}
