// The stable code of every CertTree diagnostic: sent in `data.code`, switched on by quick fixes.
// Codes never change once released; docs/language.md lists them with their meaning.

export const IssueCodes = {
    // Names and references
    UnknownCert: 'unknown-cert',
    UnknownRole: 'unknown-role',
    DuplicateCert: 'duplicate-cert',
    ShadowedCert: 'shadowed-cert',
    AmbiguousCert: 'ambiguous-cert',
    // `use`
    UnknownCatalog: 'unknown-catalog',
    MissingUseFile: 'missing-use-file',
    SelfUse: 'self-use',
    DuplicateUse: 'duplicate-use',
    // Paths
    PathLoop: 'path-loop',
    PrerequisiteAfter: 'prerequisite-after',
    TierStepDown: 'tier-step-down',
    RetiredCert: 'retired-cert',
    RetiringCert: 'retiring-cert',
    MarkNotOnPath: 'mark-not-on-path',
    GoalAlreadyEarned: 'goal-already-earned',
    PathTooLong: 'path-too-long',
    // Structure
    DuplicateRole: 'duplicate-role',
    DuplicateArea: 'duplicate-area',
    TreeTitleTwice: 'tree-title-twice',
    TreeTitleNotFirst: 'tree-title-not-first',
    SettingTwice: 'setting-twice',
    StyleTwice: 'style-twice',
    // Cert fields and values
    MissingLevel: 'missing-level',
    FieldTwice: 'field-twice',
    InvalidDate: 'invalid-date',
    InvalidUrl: 'invalid-url',
    MissingIcon: 'missing-icon',
    InvalidIcon: 'invalid-icon',
    InvalidNumber: 'invalid-number',
    SelfSuccessor: 'self-successor',
    RenamedAndReplaced: 'renamed-and-replaced',
    InvalidColor: 'invalid-color',
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

/** What a diagnostic carries in `data`; the extra fields feed the quick fixes. */
export interface IssueData {
    code: IssueCode;
    /** The text of the reference the diagnostic is about (unknown and retired certs). */
    refText?: string;
    /** The closest name in scope, for "Did you mean …?". */
    suggestion?: string;
    /** The id of a retired cert's successor (or new name), when replacing the reference with it is safe. */
    successor?: string;
    /** `renamed` when `successor` is the cert's new name (the same credential), `replaced` when a different one. */
    replacement?: 'renamed' | 'replaced';
    /** The qualified ids an ambiguous reference may mean (`aws.security`, `other.security`). */
    candidates?: string[];
}
