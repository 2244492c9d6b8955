// The checks of the language reference's diagnostics table, one method per kind of statement.
import type { AstNode, Reference, FileSystemProvider, LangiumDocument, LangiumDocuments, Properties, ValidationAcceptor, ValidationChecks, WorkspaceManager } from 'langium';
import { AstUtils, URI } from 'langium';
import { isIsoDate, treeDate } from './cert-facts.js';
import { shorten } from './message-text.js';
import type { CertTreeServices } from './certtree-module.js';
import type { CertTreeScopeProvider } from './certtree-scope.js';
import { qualifiedCertName, resolveUsePath, splitQualifiedName } from './certtree-scope.js';
import { builtinCatalogs, isCatalogUri } from './catalogs/index.js';
import { IssueCodes, type IssueCode, type IssueData } from './diagnostic-codes.js';
import { closestName } from './did-you-mean.js';
import type { Area, Cert, CertField, CertTreeAstType, DateStatement, IconField, Model, SourceStatement, Statement, Style, Use } from './generated/ast.js';
import { isArea, isCert, isCertRef, isRenamedField, isRole, isStyle, isSuccessorField, isTreeTitle, isUse } from './generated/ast.js';
import { readIcon } from './icon-files.js';
import { checkPathLength, checkPaths } from './path-checks.js';
import { checkPrerequisiteOrder } from './prerequisites.js';
import { readColor } from './style-colors.js';

/** Registers the validation checks with Langium's validation registry. */
export function registerValidationChecks(services: CertTreeServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.CertTreeValidator;
    const checks: ValidationChecks<CertTreeAstType> = {
        Model: validator.checkModel,
        Cert: validator.checkCert,
        IconField: validator.checkIconField,
        Path: checkPathLength,
        Use: validator.checkUse,
        Area: validator.checkArea,
        Style: validator.checkStyle,
        DateStatement: validator.checkDateStatement,
        SourceStatement: validator.checkSourceStatement,
    };
    registry.register(checks, validator);
}

/** Statements that set one property of the whole tree; a second one is ignored. */
const SETTINGS = {
    SourceStatement: 'source',
    DateStatement: 'date',
    DirectionStatement: 'direction',
    ViewStatement: 'view',
} as const satisfies Partial<Record<Statement['$type'], string>>;

/** Field kinds as written; `retiring` and `retired` both give the exam's last day. */
const FIELD_KEYS: Record<CertField['$type'], string> = {
    LevelField: 'level',
    CodeField: 'code',
    UrlField: 'url',
    IconField: 'icon',
    RetiringField: 'last day',
    RetiredField: 'last day',
    SuccessorField: 'successor',
    RenamedField: 'renamed',
    MinutesField: 'minutes',
    QuestionsField: 'questions',
    PriceField: 'price',
};

export class CertTreeValidator {
    private readonly scopeProvider: CertTreeScopeProvider;
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    private readonly workspaceManager: () => WorkspaceManager;

    constructor(services: CertTreeServices) {
        this.scopeProvider = services.references.ScopeProvider as CertTreeScopeProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.workspaceManager = () => services.shared.workspace.WorkspaceManager;
    }

    /** Document-wide checks: statement order, duplicates, shadowing and everything about paths. */
    checkModel(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model) as LangiumDocument<Model>;
        this.checkTreeTitle(model, accept);
        this.checkSettingsOnce(model, accept);
        this.checkDuplicateCerts(model, accept);
        this.checkDuplicateAreas(model, accept);
        this.checkStylesOnce(model, accept);
        this.checkDuplicateUses(model, accept);
        if (!isCatalogUri(document.uri)) {
            this.checkShadowing(document, accept);
            this.checkAmbiguousIds(document, accept);
        }
        const local = new Map<string, Cert>();
        for (const statement of model.statements) {
            if (isCert(statement) && statement.name && !local.has(statement.name)) local.set(statement.name, statement);
        }
        // Asked once per retired reference; remember answers, a big tree repeats the same few names.
        const resolved = new Map<string, Cert | undefined>();
        const resolve = (name: string) => {
            if (!resolved.has(name)) resolved.set(name, local.get(name) ?? this.importedCert(document, name));
            return resolved.get(name);
        };
        checkPaths(model, treeDate(model), resolve, accept);
        checkPrerequisiteOrder(model, accept);
    }

    checkCert(cert: Cert, accept: ValidationAcceptor): void {
        const seen = new Map<string, CertField>();
        let hasLevel = false;
        for (const field of cert.fields) {
            const key = FIELD_KEYS[field.$type];
            const earlier = seen.get(key);
            if (earlier) {
                const message = key === 'last day' && earlier.$type !== field.$type
                    ? `\`retired\` and \`retiring\` both give the exam's last day; keep one (the last one counts).`
                    : `\`${keyword(field)}\` is already given on line ${lineOf(earlier)}; the last one counts, so remove the other.`;
                report(accept, 'warning', message, field, IssueCodes.FieldTwice);
            }
            seen.set(key, field);
            if (field.$type === 'LevelField') hasLevel = true;
            // A field whose value is missing is a syntax error, reported by the parser.
            if (field.value === undefined) continue;
            switch (field.$type) {
                case 'RetiredField':
                case 'RetiringField': this.checkDate(field.value, field, accept); break;
                case 'UrlField':
                    if (!isWebUrl(field.value)) {
                        report(accept, 'error', `The url '${shorten(field.value)}' is not a web address; write it with http:// or https://.`, field, IssueCodes.InvalidUrl, 'value');
                    }
                    break;
                case 'MinutesField':
                case 'QuestionsField':
                    if (!Number.isInteger(field.value) || field.value <= 0) {
                        report(accept, 'error', `\`${keyword(field)}\` must be a whole number greater than 0.`, field, IssueCodes.InvalidNumber, 'value');
                    }
                    break;
                case 'SuccessorField':
                    if (field.value?.ref === cert) {
                        report(accept, 'warning', `'${shorten(cert.name)}' cannot succeed itself; name the certification that replaces it.`, field, IssueCodes.SelfSuccessor, 'value');
                    }
                    break;
                case 'RenamedField':
                    if (field.value?.ref === cert) {
                        report(accept, 'warning', `'${shorten(cert.name)}' cannot be renamed to itself; name the certification it is now called.`, field, IssueCodes.SelfSuccessor, 'value');
                    }
                    break;
            }
        }
        const renamed = seen.get('renamed');
        if (renamed && seen.has('successor')) {
            report(accept, 'warning', `A certification is either renamed (the same credential under a new name) or replaced by a successor (a different one), not both; keep \`renamed\` or \`successor\`.`, renamed, IssueCodes.RenamedAndReplaced);
        }
        if (!hasLevel && cert.name) {
            report(accept, 'error', `Certification '${shorten(cert.name)}' has no level; add \`level foundational\`, \`associate\`, \`professional\` or \`specialty\`.`, cert, IssueCodes.MissingLevel, 'name');
        }
    }

    checkUse(use: Use, accept: ValidationAcceptor): void {
        const catalogs = builtinCatalogs.map(catalog => catalog.name);
        const available = `The available catalogs are: ${catalogs.join(', ')}.`;
        if (use.catalog !== undefined) {
            if (catalogs.includes(use.catalog)) return;
            const suggestion = closestName(use.catalog, catalogs);
            const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
            report(accept, 'error', `Unknown catalog '${shorten(use.catalog)}'.${hint} ${available}`, use, IssueCodes.UnknownCatalog, 'catalog');
            return;
        }
        if (use.path === undefined) return;
        const document = AstUtils.getDocument(use);
        const uri = resolveUsePath(document, use);
        if (!uri) {
            const problem = use.path.length === 0 ? 'is empty' : 'is not a valid file path';
            report(accept, 'error', `The \`use\` path ${problem}; name a .certtree file relative to this one, or a catalog. ${available}`, use, IssueCodes.MissingUseFile, 'path');
            return;
        }
        if (uri.toString() === document.uri.toString()) {
            report(accept, 'error', 'A file cannot use itself; name another .certtree file.', use, IssueCodes.SelfUse, 'path');
            return;
        }
        if (this.documents.hasDocument(uri)) return;
        const kind = isCatalogUri(uri) ? 'missing' : this.diskEntryKind(uri);
        const message = kind === 'folder'
            ? `'${shorten(use.path)}' is a folder; name a .certtree file in it.`
            : kind === 'file'
                ? `The file '${shorten(use.path)}' could not be loaded: it lies outside the open workspace or cannot be read. Open a folder that holds both files.`
                : `The file '${shorten(use.path)}' does not exist (the path is relative to this file). ${available}`;
        report(accept, 'error', message, use, IssueCodes.MissingUseFile, 'path');
    }

    checkArea(area: Area, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const role of area.roles) {
            if (role.name === undefined) continue;
            const earlier = seen.get(role.name);
            if (earlier) {
                report(accept, 'warning', `Area '${shorten(area.name ?? '')}' already has a role '${shorten(role.name)}' (line ${lineOf(earlier)}); give each role its own name.`, role, IssueCodes.DuplicateRole, 'name');
            } else {
                seen.set(role.name, role);
            }
        }
    }

    checkStyle(style: Style, accept: ValidationAcceptor): void {
        const seen = new Map<string, AstNode>();
        for (const field of style.fields) {
            const earlier = seen.get(field.$type);
            if (earlier) {
                report(accept, 'warning', `\`${keyword(field)}\` is already given on line ${lineOf(earlier)}; the last one counts, so remove the other.`, field, IssueCodes.FieldTwice);
            }
            seen.set(field.$type, field);
            if (field.value === undefined) continue;
            if (field.$type === 'ColorField') {
                const color = readColor(field.value);
                if (color.kind === 'invalid') report(accept, 'error', color.message, field, IssueCodes.InvalidColor, 'value');
            }
            if (field.$type === 'WidthField' && !(field.value > 0 && field.value <= 20)) {
                report(accept, 'error', 'A line `width` must be greater than 0 and at most 20.', field, IssueCodes.InvalidNumber, 'value');
            }
        }
    }

    checkDateStatement(statement: DateStatement, accept: ValidationAcceptor): void {
        if (statement.value !== undefined) this.checkDate(statement.value, statement, accept);
    }

    /** `source` may be free text ("AWS's chart"), but a link in it must be a web address. */
    checkSourceStatement(statement: SourceStatement, accept: ValidationAcceptor): void {
        if (statement.url !== undefined && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(statement.url) && !isWebUrl(statement.url)) {
            report(accept, 'error', `The source '${shorten(statement.url)}' is not a web address; write it with http:// or https://, or as plain text.`, statement, IssueCodes.InvalidUrl, 'url');
        }
    }

    private checkDate(value: string, node: AstNode, accept: ValidationAcceptor): void {
        if (!isIsoDate(value)) {
            report(accept, 'error', `'${shorten(value)}' is not a date; write it as YYYY-MM-DD, e.g. "2024-04-08".`, node, IssueCodes.InvalidDate, 'value');
        }
    }

    /** Asynchronous: the icon is a user-named path, and a slow or hostile file must not hold up the server. */
    async checkIconField(field: IconField, accept: ValidationAcceptor): Promise<void> {
        const document = AstUtils.getDocument(field);
        // Catalog icons ship with the extension; documents not on disk have no folder to look in.
        if (document.uri.scheme !== 'file' || field.value === undefined) return;
        const roots = (this.workspaceManager().workspaceFolders ?? [])
            .map(folder => folder.uri)
            .filter(uri => uri.startsWith('file:'))
            .map(uri => URI.parse(uri).fsPath);
        const result = await readIcon(document.uri.fsPath, field.value, roots, 'head');
        if (result.kind === 'image') return;
        const code = result.severity === 'warning' ? IssueCodes.MissingIcon : IssueCodes.InvalidIcon;
        report(accept, result.severity, result.message, field, code, 'value');
    }

    private checkTreeTitle(model: Model, accept: ValidationAcceptor): void {
        const titles = model.statements.filter(isTreeTitle);
        if (titles.length === 0) return;
        if (model.statements[0] !== titles[0]) {
            report(accept, 'warning', 'Put the `tree` title first, before every other statement.', titles[0], IssueCodes.TreeTitleNotFirst, undefined, 'tree');
        }
        for (const title of titles.slice(1)) {
            report(accept, 'error', `The tree already has a title (line ${lineOf(titles[0])}); a tree has one \`tree\` statement.`, title, IssueCodes.TreeTitleTwice, undefined, 'tree');
        }
    }

    private checkSettingsOnce(model: Model, accept: ValidationAcceptor): void {
        const first = new Map<string, Statement>();
        for (const statement of model.statements) {
            const name = (SETTINGS as Partial<Record<string, string>>)[statement.$type];
            if (!name) continue;
            const earlier = first.get(name);
            if (earlier) {
                report(accept, 'warning', `\`${name}\` is already given on line ${lineOf(earlier)}; only the first one counts, so remove this one.`, statement, IssueCodes.SettingTwice, undefined, name);
            } else {
                first.set(name, statement);
            }
        }
    }

    private checkDuplicateCerts(model: Model, accept: ValidationAcceptor): void {
        const first = new Map<string, Cert>();
        for (const statement of model.statements) {
            if (!isCert(statement) || !statement.name) continue;
            const earlier = first.get(statement.name);
            if (earlier) {
                report(accept, 'error', `Certification '${shorten(statement.name)}' is already declared on line ${lineOf(earlier)}; give this one another id or remove it.`, statement, IssueCodes.DuplicateCert, 'name');
            } else {
                first.set(statement.name, statement);
            }
        }
    }

    private checkDuplicateAreas(model: Model, accept: ValidationAcceptor): void {
        const first = new Map<string, Area>();
        for (const statement of model.statements) {
            if (!isArea(statement) || statement.name === undefined) continue;
            const earlier = first.get(statement.name);
            if (earlier) {
                report(accept, 'warning', `There is already an area '${shorten(statement.name)}' (line ${lineOf(earlier)}); put its roles together in one area.`, statement, IssueCodes.DuplicateArea, 'name');
            } else {
                first.set(statement.name, statement);
            }
        }
        // Roles outside areas share one namespace too.
        const topRoles = new Map<string, AstNode>();
        for (const statement of model.statements) {
            if (!isRole(statement) || statement.name === undefined) continue;
            const earlier = topRoles.get(statement.name);
            if (earlier) {
                report(accept, 'warning', `There is already a role '${shorten(statement.name)}' (line ${lineOf(earlier)}); give each role its own name.`, statement, IssueCodes.DuplicateRole, 'name');
            } else {
                topRoles.set(statement.name, statement);
            }
        }
    }

    private checkStylesOnce(model: Model, accept: ValidationAcceptor): void {
        const first = new Map<string, Style>();
        for (const statement of model.statements) {
            if (!isStyle(statement) || !statement.kind) continue;
            const earlier = first.get(statement.kind);
            if (earlier) {
                report(accept, 'warning', `The style of \`${statement.kind}\` is already given on line ${lineOf(earlier)}; merge the two.`, statement, IssueCodes.StyleTwice, 'kind');
            } else {
                first.set(statement.kind, statement);
            }
        }
    }

    private checkDuplicateUses(model: Model, accept: ValidationAcceptor): void {
        const first = new Map<string, Use>();
        const document = AstUtils.getDocument(model);
        for (const use of model.statements.filter(isUse)) {
            const key = use.catalog !== undefined ? `catalog:${use.catalog}` : `file:${resolveUsePath(document, use)?.toString() ?? ''}`;
            const earlier = first.get(key);
            if (earlier) {
                report(accept, 'warning', `This is already used on line ${lineOf(earlier)}; remove the repetition.`, use, IssueCodes.DuplicateUse, use.catalog !== undefined ? 'catalog' : 'path');
            } else {
                first.set(key, use);
            }
        }
    }

    /** A local cert with the id of one a `use` brings in wins; say so, since it may be a mistake. */
    private checkShadowing(document: LangiumDocument<Model>, accept: ValidationAcceptor): void {
        const model = document.parseResult.value;
        const local = model.statements.filter(isCert).filter(cert => cert.name);
        if (local.length === 0) return;
        for (const use of model.statements.filter(isUse)) {
            const target = this.scopeProvider.usedDocument(document, use);
            if (!target || target === document) continue;
            const names = new Set(target.parseResult.value.statements.filter(isCert).map(cert => cert.name));
            const from = use.catalog !== undefined ? `catalog '${use.catalog}'` : `'${shorten(use.path ?? '')}'`;
            for (const cert of local) {
                if (names.has(cert.name)) {
                    report(accept, 'hint', `Certification '${shorten(cert.name)}' shadows the one with the same id from ${from}; references in this file mean this one.`, cert, IssueCodes.ShadowedCert, 'name');
                }
            }
        }
    }

    /** A bare id that several used catalogs declare (and this document does not) must say which it means. */
    private checkAmbiguousIds(document: LangiumDocument<Model>, accept: ValidationAcceptor): void {
        const ambiguous = this.scopeProvider.ambiguousIds(document);
        if (ambiguous.size === 0) return;
        const catalogsOf = new Map<string, string[]>();
        for (const { node, property, reference } of certReferences(document.parseResult.value)) {
            const id = reference.$refText;
            if (!ambiguous.has(id)) continue;
            let catalogs = catalogsOf.get(id);
            if (!catalogs) catalogsOf.set(id, catalogs = this.scopeProvider.catalogsDeclaring(document, id).map(entry => entry.catalog));
            const candidates = catalogs.map(catalog => qualifiedCertName(catalog, id));
            const data: IssueData = { code: IssueCodes.AmbiguousCert, refText: id, candidates };
            const written = candidates.map(candidate => `'${candidate}'`);
            accept('error', `'${shorten(id)}' is in the catalogs ${listed(catalogs)}; write ${written.slice(0, -1).join(', ')} or ${written.at(-1)} to say which.`, {
                node, property, code: data.code, data,
            });
        }
    }

    /** The cert a name means here through the document's `use` statements; none when the bare id is ambiguous. */
    private importedCert(document: LangiumDocument<Model>, name: string): Cert | undefined {
        const qualified = splitQualifiedName(name);
        if (qualified) return this.scopeProvider.catalogsDeclaring(document, qualified.id).find(entry => entry.catalog === qualified.catalog)?.cert;
        if (this.scopeProvider.ambiguousIds(document).has(name)) return undefined;
        for (const use of document.parseResult.value.statements.filter(isUse)) {
            const target = this.scopeProvider.usedDocument(document, use);
            if (!target || target === document) continue;
            const found = target.parseResult.value.statements.find((s): s is Cert => isCert(s) && s.name === name);
            if (found) return found;
        }
        return undefined;
    }

    private diskEntryKind(uri: URI): 'file' | 'folder' | 'missing' {
        try {
            if (!this.fileSystem.existsSync(uri)) return 'missing';
            return this.fileSystem.statSync(uri).isDirectory ? 'folder' : 'file';
        } catch {
            return 'missing';
        }
    }
}

/** Every reference to a cert in a document: path steps, `earned` and `goal` lists, `successor` and `renamed`. */
function* certReferences(model: Model): Generator<{ node: AstNode; property: string; reference: Reference<Cert> }> {
    for (const node of AstUtils.streamAst(model)) {
        if (isCertRef(node) && node.cert) yield { node, property: 'cert', reference: node.cert };
        else if ((isSuccessorField(node) || isRenamedField(node)) && node.value) yield { node, property: 'value', reference: node.value };
    }
}

/** `aws and azure`, `aws, azure and google`. */
function listed(names: string[]): string {
    return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function report<N extends AstNode>(
    accept: ValidationAcceptor,
    severity: 'error' | 'warning' | 'info' | 'hint',
    message: string,
    node: N,
    code: IssueCode,
    property?: Properties<N>,
    keywordText?: string,
): void {
    const data: IssueData = { code };
    accept(severity, message, { node, property, keyword: keywordText, code, data });
}

/** The keyword that starts a field, as the author wrote it. */
function keyword(field: AstNode): string {
    return field.$cstNode?.text.split(/\s/, 1)[0] ?? field.$type;
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

function isWebUrl(text: string): boolean {
    try {
        const url = new URL(text);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
        return false;
    }
}
