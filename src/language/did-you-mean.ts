// Finds the name a misspelt reference most likely meant, for "Did you mean …?" messages and fixes.

/** Longer references are not compared: they are no typo, and the distance would cost too much. */
const MAX_COMPARED_LENGTH = 64;

/**
 * The candidate closest to `text` by edit distance (case-insensitive), when it is close enough
 * to be a plausible typo: at most a third of the longer name's letters differ (at least one from three letters on), or `text` is a
 * prefix of the candidate (a shortened id such as `sysops` for `sysops_admin`).
 */
export function closestName(text: string, candidates: Iterable<string>): string | undefined {
    if (text.length === 0 || text.length > MAX_COMPARED_LENGTH) return undefined;
    const wanted = text.toLowerCase();
    let best: { name: string; distance: number } | undefined;
    for (const name of candidates) {
        if (name === text || name.length > MAX_COMPARED_LENGTH) continue;
        const lower = name.toLowerCase();
        // One letter off is a typo for names of three letters or more; below that, anything is.
        const limit = Math.max(wanted.length >= 3 ? 1 : 0, Math.floor(Math.max(wanted.length, lower.length) / 3));
        const isPrefix = wanted.length >= 3 && lower.startsWith(wanted);
        if (!isPrefix && Math.abs(lower.length - wanted.length) > limit) continue;
        const distance = isPrefix ? 0.5 : editDistance(wanted, lower);
        if (distance > limit && !isPrefix) continue;
        if (!best || distance < best.distance || (distance === best.distance && name < best.name)) {
            best = { name, distance };
        }
    }
    return best?.name;
}

/** Damerau–Levenshtein distance (optimal string alignment): swapped letters count as one edit. */
export function editDistance(a: string, b: string): number {
    const rows = a.length + 1;
    const columns = b.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => {
        const row = new Array<number>(columns).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < columns; j++) d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < columns; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
