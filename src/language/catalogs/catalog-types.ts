// What a built-in catalog says beyond its certs' fields: prerequisite rules, required or only recommended.

/**
 * A vendor's rule that `cert` comes after one of `anyOf` (ids in the same catalog). `required`
 * rules are the vendor's conditions (CKS needs a passed CKA); `recommended` ones are its advice.
 */
export interface CatalogPrerequisite {
    readonly cert: string;
    readonly anyOf: readonly string[];
    readonly kind: 'required' | 'recommended';
    /** What the rule means precisely, and how sure its source is. */
    readonly note: string;
}
