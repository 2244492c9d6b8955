// Completion: ranked cert ids with their facts, catalogs, `use` paths, highlighted roles, snippets.
import type { AstNodeDescription, FileSystemProvider, LangiumDocument, LangiumDocuments, ReferenceInfo, Stream, TextDocument } from 'langium';
import { AstUtils, GrammarAST, GrammarUtils, stream, URI } from 'langium';
import type { CompletionAcceptor, CompletionBacktrackingInformation, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider, findNextFeatures } from 'langium/lsp';
import type { CancellationToken, CompletionItem, CompletionParams, Position, Range } from 'vscode-languageserver';
import { CompletionItemKind, CompletionList, InsertTextFormat } from 'vscode-languageserver';
import type { CertTreeServices } from '../certtree-module.js';
import { certtreeString } from '../certtree-text.js';
import { certFacts, certName, tierOf, treeDate } from '../cert-facts.js';
import { builtinCatalogs } from '../catalogs/index.js';
import type { Cert, Model } from '../generated/ast.js';
import { isArea, isCert, isPath, isRole } from '../generated/ast.js';
import { rolesOf } from '../model-queries.js';
import { referenceTargetType, type CertTreeScopeProvider } from '../certtree-scope.js';
import { certMarkdown, certSummary } from './cert-markdown.js';
import type { PreparedSearchText } from './cert-matching.js';
import { prepareSearchText, rankCertMatch } from './cert-matching.js';
import { keywordDocumentation } from './keyword-documentation.js';
import { nearbyCertTreeFiles } from './nearby-files.js';
import { topLevelStatementEnd, topLevelStatementStart } from './statement-window.js';

/** At most this many certs are sent per request; the list is marked incomplete, so typing asks again. */
const MAX_CERT_ITEMS = 100;

const SNIPPETS: Record<string, { body: string; description: string }> = {
    cert: {
        body: 'cert ${1:id} "${2:Name}" {\n\tlevel ${3|foundational,associate,professional,specialty|}\n\tcode "${4:CODE}"\n}$0',
        description: 'declare a certification',
    },
    area: {
        body: 'area "${1:Area}" {\n\trole "${2:Role}" {\n\t\t$0\n\t}\n}',
        description: 'a job area with a role',
    },
    role: {
        body: 'role "${1:Role}" {\n\t$0\n}',
        description: 'a job role with its paths',
    },
};

export class CertTreeCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions = { triggerCharacters: ['"', '/', '>', ',', '.'] };
    private readonly fileSystem: FileSystemProvider;
    private readonly documents: LangiumDocuments;
    private readonly certScopes: CertTreeScopeProvider;
    /** Documents whose completion is being computed, to find a document by its text. */
    private readonly pending: Array<LangiumDocument<Model>> = [];
    /** Sort keys of the cert candidates of the request being answered. */
    private certSortKeys = new Map<AstNodeDescription, string>();
    /** Cert candidates of the request being answered that matched by their name (not id or code), with the text typed. */
    private matchedByName = new Map<AstNodeDescription, string>();
    private readonly searchTexts = new WeakMap<Cert, PreparedSearchText>();
    /** The best-ranked cert of the request being answered: the one the editor selects. */
    private bestCert: AstNodeDescription | undefined;

    constructor(services: CertTreeServices) {
        super(services);
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.certScopes = services.references.ScopeProvider as CertTreeScopeProvider;
    }

    override async getCompletion(
        document: LangiumDocument,
        params: CompletionParams,
        cancelToken?: CancellationToken
    ): Promise<CompletionList | undefined> {
        const inString = await this.completeInsideString(document, params.position);
        if (inString) return CompletionList.create(inString, false);
        const model = document as LangiumDocument<Model>;
        this.pending.push(model);
        try {
            const list = await super.getCompletion(document, params, cancelToken);
            // Certs are ranked here, by what was typed; the editor must ask again as the user types
            // rather than filter this list itself (it would rank by its own fuzzy match).
            if (list && list.items.some(item => item.kind === CompletionItemKind.Value)) list.isIncomplete = true;
            return list;
        } catch (error) {
            // The completion parser recurses per nesting level; in absurdly deep groups it runs out
            // of stack. Offering nothing beats an error popup while typing.
            if (error instanceof RangeError) return CompletionList.create([], false);
            throw error;
        } finally {
            this.pending.splice(this.pending.indexOf(model), 1);
        }
    }

    /**
     * Inside an open string the parser sees no token, so the line's text decides:
     * `use "…` completes file paths, `highlight "…` role names.
     */
    private async completeInsideString(document: LangiumDocument, position: Position): Promise<CompletionItem[] | undefined> {
        const lineText = document.textDocument.getText({ start: { line: position.line, character: 0 }, end: position });
        const open = openStringAt(lineText);
        if (open === undefined) return undefined;
        const statement = lineText.slice(0, open).trimStart();
        const lineRest = document.textDocument.getText({
            start: position,
            end: { line: position.line, character: position.character + 1 },
        });
        const range: Range = {
            start: { line: position.line, character: open },
            end: { line: position.line, character: position.character + (lineRest === '"' ? 1 : 0) },
        };
        if (/^use\s+$/.test(statement)) {
            const files = await nearbyCertTreeFiles(this.fileSystem, document);
            return files.map(path => this.fileItem(path, range));
        }
        if (/^highlight\b/.test(statement)) {
            // A role without a name (still being typed, or blank) cannot be highlighted.
            return rolesOf(document.parseResult.value as Model).filter(role => role.name).map(role => ({
                label: role.name,
                kind: CompletionItemKind.Class,
                detail: isArea(role.$container) ? `role in area ${role.$container.name}` : 'role',
                filterText: `"${role.name}"`,
                textEdit: { range, newText: certtreeString(role.name) },
            }));
        }
        return [];
    }

    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        // Top-level statements are independent, so parsing from the one the cursor is in gives the
        // same features as parsing the whole file, and stays fast in a 10,000-line tree.
        const document = this.documents.getDocument(URI.parse(textDocument.uri)) as LangiumDocument<Model> | undefined;
        const start = document ? topLevelStatementStart(document, offset) : 0;
        const parsed = this.completionParser.parse(textDocument.getText().slice(start, offset));
        if (parsed.tokenIndex === 0) {
            const entry = GrammarUtils.getEntryRule(this.grammar)!;
            return findNextFeatures([[this.buildSyntheticEntryRuleCall(entry)]], parsed.tokens);
        }
        const leftover = [...parsed.tokens].splice(parsed.tokenIndex);
        return findNextFeatures([parsed.elementStack.map(feature => ({ feature }))], leftover);
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        // Tokenize only from the start of the cursor's top-level statement, for the same reason.
        const document = this.pending.find(candidate => candidate.textDocument.getText() === text);
        const start = document ? topLevelStatementStart(document, offset) : 0;
        const end = document ? topLevelStatementEnd(document, offset) : text.length;
        const result = super.backtrackToAnyToken(text.slice(start, end), offset - start);
        const shift = (value: number | undefined) => (value === undefined ? undefined : value + start);
        return {
            nextTokenStart: result.nextTokenStart + start,
            nextTokenEnd: result.nextTokenEnd + start,
            previousTokenStart: shift(result.previousTokenStart),
            previousTokenEnd: shift(result.previousTokenEnd),
        };
    }

    override async completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): Promise<void> {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        if (rule?.name === 'Use' && assignment?.feature === 'catalog') {
            for (const catalog of builtinCatalogs) {
                acceptor(context, {
                    label: catalog.name,
                    kind: CompletionItemKind.Module,
                    detail: catalog.description,
                    documentation: { kind: 'markdown', value: `Built-in catalog: ${catalog.description}. Brings its certifications into scope.` },
                    sortText: '0',
                });
            }
            return;
        }
        if (rule?.name === 'Use' && assignment?.feature === 'path') {
            for (const path of await nearbyCertTreeFiles(this.fileSystem, context.document)) {
                acceptor(context, { ...this.fileItem(path, undefined), sortText: '1' });
            }
            return;
        }
        await super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        if (!this.filterKeyword(context, keyword)) return;
        const typed = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        const preferred = typed.length > 0 && keyword.value.startsWith(typed);
        const documentation = keywordDocumentation(keyword.value);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: 'Keyword',
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
            sortText: preferred ? '0' : '2',
        });
        const snippet = SNIPPETS[keyword.value];
        if (snippet && this.snippetsSupported()) {
            acceptor(context, {
                label: keyword.value,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description,
                labelDetails: { description: snippet.description },
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: preferred ? '0' : '2',
            });
        }
    }

    /** Prepared once per cert node; a changed document gets new nodes, so nothing goes stale. */
    private searchText(cert: Cert): PreparedSearchText {
        let text = this.searchTexts.get(cert);
        if (!text) {
            text = prepareSearchText({ id: cert.name, name: cert.title, code: certFacts(cert).code });
            this.searchTexts.set(cert, text);
        }
        return text;
    }

    private matchesIdOrCode(query: string, description: AstNodeDescription): boolean {
        const cert = description.node;
        if (!isCert(cert)) return false;
        const text = this.searchText(cert);
        const q = query.toLowerCase();
        return text.id.includes(q) || text.code.includes(q) || text.idWords.some(word => word.startsWith(q));
    }

    private snippetsSupported(): boolean {
        // Without an initialize request (tests, embedding) there is no client to ask; assume a modern one.
        return this.clientCapabilities?.completionItem?.snippetSupport ?? this.clientCapabilities === undefined;
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (referenceTargetType(this.astReflection, refInfo) !== 'Cert') return candidates;
        const { qualifier, query } = splitTyped(typedCertText(context).text);
        const documentUri = context.document.uri.toString();
        const ambiguous = this.certScopes.ambiguousIds(context.document as LangiumDocument<Model>);
        // `successor` inside a cert never names the cert itself.
        const declaring = certBeingDeclared(context);
        // After `a ->`, certs below a's tier come last: such a step down earns a warning.
        const floor = previousStepTier(context);
        const ranked: Array<{ description: AstNodeDescription; key: string }> = [];
        for (const description of candidates) {
            const cert = description.node;
            if (!isCert(cert) || cert === declaring) continue;
            // `aws.|` offers aws's certs; elsewhere an imported cert is offered by its bare id, or by its
            // qualified ids where the bare one is ambiguous.
            const local = description.documentUri.toString() === documentUri;
            const qualified = description.name.includes('.');
            const offered = qualifier !== undefined
                ? description.name.startsWith(`${qualifier}.`)
                : local || qualified === ambiguous.has(cert.name);
            if (!offered) continue;
            const rank = rankCertMatch(query, this.searchText(cert));
            if (rank === undefined) continue;
            const stepsDown = floor !== undefined && tierOf(certFacts(cert).level) < floor ? 1 : 0;
            const origin = description.documentUri.toString() === documentUri ? 0 : 1;
            ranked.push({ description, key: `${rank}${stepsDown}${origin}${description.name}` });
        }
        ranked.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const kept = ranked.slice(0, MAX_CERT_ITEMS);
        this.certSortKeys = new Map(kept.map((entry, index) => [entry.description, `1${String(index).padStart(4, '0')}`]));
        this.matchedByName = new Map(kept.filter(entry => !this.matchesIdOrCode(query, entry.description)).map(entry => [entry.description, query]));
        this.bestCert = kept[0]?.description;
        return stream(kept.map(entry => entry.description));
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): CompletionValueItem {
        const node = description.node;
        if (isRole(node)) {
            return {
                nodeDescription: description,
                label: node.name,
                kind: CompletionItemKind.Class,
                detail: isArea(node.$container) ? `role in area ${node.$container.name}` : 'role',
                insertText: certtreeString(node.name),
                sortText: '0',
            };
        }
        if (!isCert(node)) return super.createReferenceCompletionItem(description, refInfo, context);
        const facts = certFacts(node);
        const model = context.document.parseResult.value as Model;
        const start = context.textDocument.positionAt(typedCertText(context).start);
        return {
            nodeDescription: description,
            kind: CompletionItemKind.Value,
            detail: `${certName(node)} (${certSummary(node)})`,
            labelDetails: { detail: facts.code ? ` ${facts.code}` : undefined, description: `${facts.level ?? 'no level'} · ${certName(node)}` },
            documentation: { kind: 'markdown', value: certMarkdown(node, { treeDate: treeDate(model) }) },
            // The id and code only: a name's many words let the editor's fuzzy filter rank a wrong cert
            // first while the user types on (`sec` matched "Database – S·pe·c·ialty"). A cert found by
            // its name keeps the typed text, so the editor does not drop what this server found.
            filterText: [this.matchedByName.get(description), description.name, facts.code].filter(Boolean).join(' '),
            sortText: this.certSortKeys.get(description) ?? '19999',
            preselect: description === this.bestCert ? true : undefined,
            textEdit: { range: { start, end: context.position }, newText: description.name },
        };
    }

    private fileItem(path: string, range: Range | undefined): CompletionItem {
        return {
            label: path,
            kind: CompletionItemKind.File,
            detail: 'CertTree file',
            filterText: certtreeString(path),
            ...(range ? { textEdit: { range, newText: certtreeString(path) } } : { insertText: certtreeString(path) }),
        };
    }
}

/**
 * What the author typed of a cert reference, and where it starts. Besides the token being
 * completed, it takes in a catalog name and dot before it (`aws.sec`) and text an id cannot hold
 * but an exam code can (`az-1`, which the lexer splits).
 */
function typedCertText(context: CompletionContext): { start: number; text: string } {
    const text = context.textDocument.getText();
    const before = text.slice(Math.max(0, context.offset - 200), context.offset);
    const word = /[A-Za-z_][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]*)*$/.exec(before)?.[0];
    if (word !== undefined && context.offset - word.length < context.tokenOffset) return { start: context.offset - word.length, text: word };
    return { start: context.tokenOffset, text: text.slice(context.tokenOffset, context.offset) };
}

/** `aws.sec` -> catalog `aws`, query `sec`; a code such as `az-1` has no catalog. */
function splitTyped(typed: string): { qualifier?: string; query: string } {
    const dot = typed.indexOf('.');
    return dot < 0 ? { query: typed } : { qualifier: typed.slice(0, dot), query: typed.slice(dot + 1) };
}

/** The cert whose braces hold the cursor, if any. */
function certBeingDeclared(context: CompletionContext): Cert | undefined {
    const cert = AstUtils.getContainerOfType(context.node, isCert);
    const cst = cert?.$cstNode;
    if (!cert || !cst) return undefined;
    const closed = cst.text.endsWith('}');
    return context.offset > cst.offset && (!closed || context.offset < cst.end) ? cert : undefined;
}

/** The highest tier among the certs of the step before the cursor in a path, if any. */
function previousStepTier(context: CompletionContext): number | undefined {
    const path = AstUtils.getContainerOfType(context.node, isPath);
    if (!path) return undefined;
    const previous = path.steps.filter(step => step.$cstNode !== undefined && step.$cstNode.end <= context.tokenOffset).at(-1);
    const tiers = (previous?.refs ?? [])
        .map(ref => (ref.cert.ref ? tierOf(certFacts(ref.cert.ref).level) : -1))
        .filter(tier => tier >= 0);
    return tiers.length > 0 ? Math.max(...tiers) : undefined;
}

/** The column of the `"` opening a string that is still open at the end of `lineText`. */
function openStringAt(lineText: string): number | undefined {
    let open: number | undefined;
    for (let i = 0; i < lineText.length; i++) {
        const char = lineText[i];
        if (open === undefined && char === '/' && lineText[i + 1] === '/') return undefined;
        if (char === '\\' && open !== undefined) i++;
        else if (char === '"') open = open === undefined ? i : undefined;
    }
    return open;
}
