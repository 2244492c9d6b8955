// Quick fixes: each fix's edit is applied to the text, and the result is checked again.
import assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'langium';
import { IssueCodes } from '../../../src/language/diagnostic-codes.js';
import { checkText, clearTestDocuments, createTestServices, diagnosticsOf } from '../helpers/certtree-services.js';

const services = createTestServices();

async function fixesFor(document: LangiumDocument, code: string): Promise<CodeAction[]> {
    const diagnostics = diagnosticsOf(document).filter(d => (d.data as { code?: string }).code === code);
    assert.ok(diagnostics.length > 0, `expected a diagnostic with code ${code}`);
    const actions = await services.CertTree.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostics[0].range,
        context: { diagnostics: [diagnostics[0]] },
    });
    return (actions ?? []) as CodeAction[];
}

/** The document's text after the action's edit. */
function apply(document: LangiumDocument, action: CodeAction): string {
    const edits = action.edit?.changes?.[document.textDocument.uri] ?? [];
    assert.ok(edits.length > 0, `the fix '${action.title}' edits the document`);
    const text = TextDocument.create(document.textDocument.uri, 'certtree', 0, document.textDocument.getText());
    return TextDocument.applyEdits(text, edits);
}

function codes(document: LangiumDocument): string[] {
    return diagnosticsOf(document).map(d => (d.data as { code: string }).code);
}

describe('quick fixes', () => {
    afterEach(() => clearTestDocuments(services));

    it('replaces an unknown id by the one it most likely meant', async () => {
        const document = await checkText(services, 'use aws\ncloud_practitioner -> developr');
        const [replace] = await fixesFor(document, IssueCodes.UnknownCert);
        assert.equal(replace.title, "Replace with 'developer'");
        const fixed = apply(document, replace);
        assert.equal(fixed, 'use aws\ncloud_practitioner -> developer');
        assert.deepEqual(codes(await checkText(services, fixed)), []);
    });

    it('declares an unknown cert after the last cert', async () => {
        const document = await checkText(services, 'tree "Mine"\ncert a "A" { level associate }\n\na -> kube_admin');
        const actions = await fixesFor(document, IssueCodes.UnknownCert);
        const declare = actions.find(a => a.title === "Declare certification 'kube_admin'");
        assert.ok(declare, `expected a declare fix among ${actions.map(a => a.title).join(', ')}`);
        const fixed = apply(document, declare);
        assert.equal(fixed, 'tree "Mine"\ncert a "A" { level associate }\n\ncert kube_admin "Kube Admin" {\n  level associate\n}\n\na -> kube_admin');
        assert.deepEqual(codes(await checkText(services, fixed)), []);
    });

    it('declares an unknown cert after the header when the file has no cert yet', async () => {
        const document = await checkText(services, 'tree "Mine"\nuse aws\n\ndeveloper -> cka');
        const actions = await fixesFor(document, IssueCodes.UnknownCert);
        assert.deepEqual(actions.map(a => a.title), ["Declare certification 'cka'"], 'nothing is close to cka, so no replace fix');
        const fixed = apply(document, actions[0]);
        assert.equal(fixed, 'tree "Mine"\nuse aws\n\ncert cka "Cka" {\n  level associate\n}\n\ndeveloper -> cka');
        assert.deepEqual(codes(await checkText(services, fixed)), []);
    });

    it('declares an unknown cert at the top of a file that starts with paths', async () => {
        const document = await checkText(services, 'x -> y');
        const actions = await fixesFor(document, IssueCodes.UnknownCert);
        const fixed = apply(document, actions[0]);
        assert.equal(fixed, 'cert x "X" {\n  level associate\n}\n\nx -> y');
    });

    it('replaces a renamed cert by its new name, saying it is the same credential', async () => {
        const document = await checkText(services, 'date "2026-11-26"\nuse aws\ncloud_practitioner -> sysops_admin ~> devops_engineer');
        const [replace] = await fixesFor(document, IssueCodes.RetiredCert);
        assert.equal(replace.title, "Replace with its new name 'cloudops_engineer' (the same credential)");
        const fixed = apply(document, replace);
        assert.equal(fixed, 'date "2026-11-26"\nuse aws\ncloud_practitioner -> cloudops_engineer ~> devops_engineer');
        assert.deepEqual(codes(await checkText(services, fixed)), []);
    });

    it('replaces a retired cert by its successor, saying it is another certification', async () => {
        const document = await checkText(services, 'date "2026-11-26"\nuse aws\nsolutions_architect_associate -> data_analytics');
        const [replace] = await fixesFor(document, IssueCodes.RetiredCert);
        assert.equal(replace.title, "Replace with its successor 'data_engineer' (the certification that replaced it)");
        assert.equal(apply(document, replace), 'date "2026-11-26"\nuse aws\nsolutions_architect_associate -> data_engineer');
    });

    it('offers no replacement that would make a role\'s path loop, and says why', async () => {
        // As in the 2024 chart's Data Scientist role: the successor already comes earlier on the path.
        const text = 'date "2026-11-26"\nuse aws\ncert old_ml "Old ML" { level specialty retired "2026-03-31" successor machine_learning_engineer }\n'
            + 'role "Data Scientist" { solutions_architect_associate -> machine_learning_engineer -> old_ml }';
        const document = await checkText(services, text);
        assert.deepEqual(await fixesFor(document, IssueCodes.RetiredCert), []);
        const [diagnostic] = diagnosticsOf(document).filter(d => (d.data as { code?: string }).code === IssueCodes.RetiredCert);
        assert.match(diagnostic.message as string, /Putting 'machine_learning_engineer' here would make the steps in role 'Data Scientist' loop, as it already stands on them; change the path by hand\./);
        // The same successor in another role, where it is not on the path yet, is offered.
        const elsewhere = await checkText(services, text.replace('machine_learning_engineer -> old_ml', 'developer -> old_ml'));
        assert.equal((await fixesFor(elsewhere, IssueCodes.RetiredCert)).length, 1);
    });

    it('offers no successor fix when the successor cannot be named here', async () => {
        const document = await checkText(services, 'date "2026-11-26"\ncert old { level associate retired "2020-01-01" successor missing_one }\nold');
        const fixes = await fixesFor(document, IssueCodes.RetiredCert);
        assert.deepEqual(fixes, []);
    });

    it('replaces a misspelt role name, keeping it quoted', async () => {
        const document = await checkText(services, 'use aws\nrole "Cloud \\"Data\\" Engineer" { developer }\nhighlight "Cloud \\"Data\\" Enginer"');
        const [replace] = await fixesFor(document, IssueCodes.UnknownRole);
        const fixed = apply(document, replace);
        assert.equal(fixed, 'use aws\nrole "Cloud \\"Data\\" Engineer" { developer }\nhighlight "Cloud \\"Data\\" Engineer"');
        assert.deepEqual(codes(await checkText(services, fixed)), []);
    });

    it('chooses fixes by code, not by message text', async () => {
        const document = await checkText(services, 'use aws\ncloud_practitioner -> developr');
        const diagnostic = diagnosticsOf(document)[0];
        const actions = await services.CertTree.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: diagnostic.range,
            context: { diagnostics: [{ ...diagnostic, message: 'reworded by a translation' }] },
        });
        assert.ok((actions ?? []).some(a => a.title === "Replace with 'developer'"));
    });
});
