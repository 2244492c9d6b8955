// Trees that use several catalogs: qualified ids, the ambiguity diagnostic with a fix per catalog, prerequisite order.
import assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { AstUtils, TextDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { buildDiagram } from '../../../src/diagram/build-diagram.js';
import { IssueCodes } from '../../../src/language/diagnostic-codes.js';
import type { CertRef, Model } from '../../../src/language/generated/ast.js';
import { isCertRef } from '../../../src/language/generated/ast.js';
import { checkText, clearTestDocuments, createTestServices, diagnosticsOf, messageOf, textAt } from '../helpers/certtree-services.js';

const services = createTestServices();

function refs(document: LangiumDocument<Model>): CertRef[] {
    return AstUtils.streamAst(document.parseResult.value).filter(isCertRef).toArray();
}

/** "catalog:id" of what each reference links to. */
function targets(document: LangiumDocument<Model>): string[] {
    return refs(document).map(ref => `${AstUtils.getDocument(ref.cert.ref!).uri.path}:${ref.cert.ref!.name}`);
}

function withCode(document: LangiumDocument, code: string): string[] {
    return diagnosticsOf(document).filter(d => (d.data as { code?: string }).code === code).map(d => `${d.range.start.line + 1}:${textAt(document, d)}: ${messageOf(d)}`);
}

async function fixes(document: LangiumDocument, code: string): Promise<CodeAction[]> {
    const diagnostic = diagnosticsOf(document).find(d => (d.data as { code?: string }).code === code);
    assert.ok(diagnostic, `expected a diagnostic with code ${code}`);
    const actions = await services.CertTree.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    });
    return (actions ?? []) as CodeAction[];
}

function apply(document: LangiumDocument, action: CodeAction): string {
    const text = TextDocument.create(document.textDocument.uri, 'certtree', 0, document.textDocument.getText());
    return TextDocument.applyEdits(text, action.edit?.changes?.[document.textDocument.uri] ?? []);
}

describe('several catalogs in one tree', () => {
    afterEach(() => clearTestDocuments(services));

    it('links `catalog.id` to that catalog\'s cert, and bare ids where they are unique', async () => {
        const document = await checkText(services, 'use aws\nuse azure\nuse cncf\naws.devops_engineer -> azure.devops_engineer\ncka -> aws . security\n');
        assert.deepEqual(diagnosticsOf(document).map(messageOf), []);
        assert.deepEqual(targets(document), ['/aws.certtree:devops_engineer', '/azure.certtree:devops_engineer', '/cncf.certtree:cka', '/aws.certtree:security']);
    });

    it('draws two catalogs\' certs of one id as two nodes, named by their qualified ids', async () => {
        const document = await checkText(services, 'use aws\nuse azure\naws.developer -> aws.devops_engineer\nazure.azure_administrator -> azure.devops_engineer\ngoal azure.devops_engineer\n');
        for (const view of ['paths', 'graph'] as const) {
            const diagram = buildDiagram(document.parseResult.value, view);
            assert.deepEqual(diagram.nodes.map(node => node.cert).sort(), ['aws.devops_engineer', 'azure.devops_engineer', 'azure_administrator', 'developer'], view);
            assert.deepEqual(diagram.nodes.filter(node => node.marks.goal).map(node => `${node.cert} ${node.code}`), ['azure.devops_engineer AZ-400'], view);
        }
    });

    it('does not know a catalog\'s qualified ids without `use` of that catalog', async () => {
        const document = await checkText(services, 'use aws\nazure.devops_engineer\n');
        assert.deepEqual(diagnosticsOf(document).map(d => (d.data as { code: string }).code), [IssueCodes.UnknownCert]);
    });

    it('reports a bare id two used catalogs declare, naming both catalogs', async () => {
        const document = await checkText(services, 'use aws\nuse azure\ndeveloper -> devops_engineer\ngoal devops_engineer\n');
        const message = "'devops_engineer' is in the catalogs aws and azure; write 'aws.devops_engineer' or 'azure.devops_engineer' to say which.";
        assert.deepEqual(withCode(document, IssueCodes.AmbiguousCert), [`3:devops_engineer: ${message}`, `4:devops_engineer: ${message}`]);
    });

    it('offers one quick fix per catalog, each leaving the tree clean and pointing at that catalog', async () => {
        const text = 'use aws\nuse azure\ndevops_engineer\n';
        const document = await checkText(services, text);
        const actions = await fixes(document, IssueCodes.AmbiguousCert);
        assert.deepEqual(actions.map(action => action.title), ["Write 'aws.devops_engineer'", "Write 'azure.devops_engineer'"]);
        assert.ok(actions.every(action => !action.isPreferred), 'neither catalog is preferred');
        for (const [index, catalog] of ['aws', 'azure'].entries()) {
            const fixed = await checkText(services, apply(document, actions[index]));
            assert.equal(fixed.textDocument.getText(), `use aws\nuse azure\n${catalog}.devops_engineer\n`);
            assert.deepEqual(diagnosticsOf(fixed).map(messageOf), []);
            assert.deepEqual(targets(fixed), [`/${catalog}.certtree:devops_engineer`]);
        }
    });

    it('is not ambiguous when the same catalog is used twice', async () => {
        const document = await checkText(services, 'use aws\nuse aws\ndevops_engineer\n');
        assert.deepEqual(withCode(document, IssueCodes.AmbiguousCert), []);
        assert.deepEqual(diagnosticsOf(document).map(d => (d.data as { code: string }).code), [IssueCodes.DuplicateUse]);
    });

    it('is not ambiguous when a local cert of that id shadows both catalogs', async () => {
        const document = await checkText(services, 'use aws\nuse azure\ncert devops_engineer "Mine" { level professional }\ngoal devops_engineer\n');
        assert.deepEqual(withCode(document, IssueCodes.AmbiguousCert), []);
    });

    it('offers a retired cert\'s successor by its qualified id when its bare id would be ambiguous', async () => {
        const document = await checkText(services, 'date "2026-12-03"\nuse aws\nuse azure\ncert old "Old" { level professional retired "2025-01-01" successor azure.devops_engineer }\nold\n');
        const [replace] = await fixes(document, IssueCodes.RetiredCert);
        assert.match(replace.title, /^Replace with its successor 'azure\.devops_engineer'/);
    });

    describe('retirements as of today', () => {
        it('offers AZ-204\'s replacement in an Azure tree dated today, and the fixed tree is clean', async () => {
            const document = await checkText(services, 'date "2026-12-03"\nuse azure\nazure_fundamentals -> azure_developer\n');
            assert.deepEqual(withCode(document, IssueCodes.RetiredCert), [
                "3:azure_developer: Certification 'azure_developer' is retired since 2026-07-31 (its exam's last day). Its successor is 'azure_ai_cloud_developer'.",
            ]);
            const [replace] = await fixes(document, IssueCodes.RetiredCert);
            assert.match(replace.title, /^Replace with its successor 'azure_ai_cloud_developer'/);
            const fixed = await checkText(services, apply(document, replace));
            assert.equal(fixed.textDocument.getText(), 'date "2026-12-03"\nuse azure\nazure_fundamentals -> azure_ai_cloud_developer\n');
            assert.deepEqual(diagnosticsOf(fixed).map(messageOf), []);
        });

        it('says a renamed credential lives on under its new name, and offers it', async () => {
            const document = await checkText(services, 'date "2026-12-03"\nuse azure\nazure_ai_fundamentals_ai900 -> azure_ai_apps_agents_developer\n');
            assert.deepEqual(withCode(document, IssueCodes.RetiredCert), [
                "3:azure_ai_fundamentals_ai900: Certification 'azure_ai_fundamentals_ai900' is retired since 2026-06-30 (its exam's last day). It was renamed to 'azure_ai_fundamentals': the same credential, which its holders keep.",
            ]);
            const [replace] = await fixes(document, IssueCodes.RetiredCert);
            assert.match(replace.title, /^Replace with its new name 'azure_ai_fundamentals'/);
            assert.deepEqual(diagnosticsOf(await checkText(services, apply(document, replace))).map(messageOf), []);
        });

        it('offers the successor of Google\'s retired Professional Workspace Administrator', async () => {
            const document = await checkText(services, 'date "2026-12-03"\nuse google\ngcp_professional_workspace_administrator\n');
            const [replace] = await fixes(document, IssueCodes.RetiredCert);
            assert.match(replace.title, /^Replace with its successor 'gcp_associate_workspace_administrator'/);
        });
    });

    describe('prerequisites that are rules', () => {
        it('warns when a path puts CKA after CKS, which requires it', async () => {
            const document = await checkText(services, 'use cncf\ncks -> cka\n');
            assert.deepEqual(withCode(document, IssueCodes.PrerequisiteAfter), [
                "2:cks: 'cks' requires 'cka' first (a vendor rule, not advice), but this path puts 'cka' after it; move it before 'cks'.",
            ]);
        });

        it('accepts any one of the certs an Azure Expert badge accepts, when it comes first', async () => {
            const document = await checkText(services, 'use azure\nazure_developer -> devops_engineer -> azure_administrator\n');
            assert.deepEqual(withCode(document, IssueCodes.PrerequisiteAfter), []);
            const wrong = await checkText(services, 'use azure\nazure_fundamentals -> azure_solutions_architect -> azure_administrator\n');
            assert.deepEqual(withCode(wrong, IssueCodes.PrerequisiteAfter), [
                "2:azure_solutions_architect: 'azure_solutions_architect' requires 'azure_administrator' first (a vendor rule, not advice), but this path puts 'azure_administrator' after it; move it before 'azure_solutions_architect'.",
            ]);
        });

        it('says nothing about advice: PCA after its recommended KCNA is no rule', async () => {
            const document = await checkText(services, 'use cncf\npca -> kcna\n');
            assert.deepEqual(withCode(document, IssueCodes.PrerequisiteAfter), []);
        });

        it('judges a cert the author declares by its own facts, not a catalog\'s rules', async () => {
            const document = await checkText(services, 'use cncf\ncert cks "My CKS" { level professional }\ncks -> cka\n');
            assert.deepEqual(withCode(document, IssueCodes.PrerequisiteAfter), []);
        });
    });
});
