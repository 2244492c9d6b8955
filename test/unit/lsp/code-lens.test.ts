// Code lenses over `earned` and `goal`: the next-up certs and each goal's route, worked out by hand.
import * as assert from 'node:assert/strict';
import type { CodeLens } from 'vscode-languageserver';
import { PLAN_TREE } from '../../fixtures/planning/plan-tree.js';
import { checkText, createTestServices, testUri } from '../helpers/certtree-services.js';

describe('code lens', () => {
    const services = createTestServices();
    const lenses = async (text: string): Promise<CodeLens[]> => {
        const document = await checkText(services, text);
        return await services.CertTree.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    };
    const shown = (list: CodeLens[]) => list.map(lens => ({ line: lens.range.start.line, title: lens.command?.title }));

    it('shows above `earned` what is next up and above `goal` the fewest steps to each goal', async () => {
        assert.deepEqual(shown(await lenses(PLAN_TREE)), [
            { line: 6, title: 'Next up: solutions_architect_associate, devops_engineer, security' },
            { line: 7, title: 'solutions_architect_professional: cloud_practitioner → solutions_architect_associate → solutions_architect_professional' },
            { line: 7, title: 'devops_engineer: developer → devops_engineer' },
            // database is on no path: no route, no lens.
            { line: 7, title: 'security: developer → security' },
        ]);
    });

    // Found by the soak benchmark: asked before the new text was validated, the lens planned a tree
    // whose step had no cert yet and failed.
    it('shows nothing for a syntax error even before the text is validated', async () => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString('use aws\ndeveloper -> ?\nearned developer', testUri());
        services.shared.workspace.LangiumDocuments.addDocument(document);
        assert.deepEqual(await services.CertTree.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }), []);
    });

    it('shows nothing while the tree has errors, or when switched off', async () => {
        assert.deepEqual(await lenses(PLAN_TREE.replace('-> developer ->', '-> developr ->')), []);
        const configuration = services.shared.workspace.ConfigurationProvider;
        configuration.updateConfiguration({ settings: { certtree: { codeLens: { nextUp: false } } } });
        try {
            assert.deepEqual(await lenses(PLAN_TREE), []);
        } finally {
            configuration.updateConfiguration({ settings: { certtree: { codeLens: { nextUp: true } } } });
        }
        assert.equal((await lenses(PLAN_TREE)).length, 4);
    });
});
