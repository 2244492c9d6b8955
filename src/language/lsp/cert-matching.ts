// Ranks certifications against the text typed so far: id first, then id words, name words and code.

/** What a cert can be found by. */
export interface CertSearchText {
    id: string;
    name?: string;
    code?: string;
}

/** How well a cert matches; lower is better. */
export enum MatchRank {
    ExactId = 0,
    IdPrefix = 1,
    IdWordPrefix = 2,
    NameOrCodePrefix = 3,
    Initials = 4,
    Substring = 5,
}

/** A cert's search text, lower-cased and split into words once. */
export interface PreparedSearchText {
    id: string;
    idWords: string[];
    initials: string;
    nameWords: string[];
    code: string;
    whole: string;
}

export function prepareSearchText(cert: CertSearchText): PreparedSearchText {
    const id = cert.id.toLowerCase();
    const idWords = id.split('_').filter(word => word.length > 0);
    const name = (cert.name ?? '').toLowerCase();
    const code = (cert.code ?? '').toLowerCase();
    return {
        id,
        idWords,
        initials: idWords.map(word => word[0]).join(''),
        nameWords: name.split(/[^\p{L}\p{N}]+/u).filter(word => word.length > 0),
        code,
        whole: `${id} ${name} ${code}`,
    };
}

/**
 * How `query` matches `cert`, or undefined when it does not. Typing `sec` finds `security`
 * by its id, `arch` the solutions architect certs by an id word, `kube` a cert named
 * "Kubernetes …", `saa` both `SAA-C03` (code) and `solutions_architect_associate` (initials).
 */
export function rankCertMatch(query: string, cert: CertSearchText | PreparedSearchText): MatchRank | undefined {
    const q = query.toLowerCase();
    const text = 'whole' in cert ? cert : prepareSearchText(cert);
    if (q.length === 0) return MatchRank.IdPrefix;
    if (text.id === q) return MatchRank.ExactId;
    if (text.id.startsWith(q)) return MatchRank.IdPrefix;
    if (text.idWords.some(word => word.startsWith(q))) return MatchRank.IdWordPrefix;
    if (text.nameWords.some(word => word.startsWith(q)) || (text.code.length > 0 && text.code.startsWith(q))) {
        return MatchRank.NameOrCodePrefix;
    }
    if (q.length > 1 && text.initials.startsWith(q)) return MatchRank.Initials;
    if (q.length > 1 && text.whole.includes(q)) return MatchRank.Substring;
    return undefined;
}
