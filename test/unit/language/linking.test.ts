// Linking: references into the built-in catalog and across files, and re-checking a file's users when it changes.
import assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { AstUtils, TextDocument, URI } from 'langium';
import { setTextDocument } from 'langium/test';
import { isCatalogUri } from '../../../src/language/catalogs/index.js';
import { IssueCodes } from '../../../src/language/diagnostic-codes.js';
import type { Model, Path } from '../../../src/language/generated/ast.js';
import { checkText, clearTestDocuments, createTestServices, diagnosticsOf, messageOf } from '../helpers/certtree-services.js';

function codes(document: LangiumDocument): string[] {
    return diagnosticsOf(document).map(d => (d.data as { code: string }).code);
}

function firstPath(document: LangiumDocument<Model>): Path {
    return document.parseResult.value.statements.find((s): s is Path => s.$type === 'Path')!;
}

describe('linking', () => {
    const services = createTestServices();
    afterEach(() => clearTestDocuments(services));

    it('resolves `use aws` references into the read-only catalog document', async () => {
        const document = await checkText(services, 'use aws\ncloud_practitioner -> solutions_architect_associate ~> security');
        assert.deepEqual(codes(document), []);
        const refs = firstPath(document).steps.map(step => step.refs[0].cert.ref);
        assert.deepEqual(refs.map(cert => cert?.title), [
            'AWS Certified Cloud Practitioner',
            'AWS Certified Solutions Architect – Associate',
            'AWS Certified Security – Specialty',
        ]);
        for (const cert of refs) assert.ok(isCatalogUri(AstUtils.getDocument(cert!).uri), 'the target lives in the catalog document');
    });

    it('holds every AWS certification of the reference in the catalog', async () => {
        const ids = ['cloud_practitioner', 'ai_practitioner', 'solutions_architect_associate', 'developer', 'sysops_admin',
            'cloudops_engineer', 'data_engineer', 'machine_learning_engineer', 'solutions_architect_professional', 'devops_engineer',
            'generative_ai_developer', 'advanced_networking', 'security', 'machine_learning', 'data_analytics', 'database', 'sap_on_aws'];
        const document = await checkText(services, `use aws\n${ids.join('\n')}`);
        assert.deepEqual(codes(document).filter(code => code === IssueCodes.UnknownCert), []);
    });

    it('does not see catalog certs without `use aws`', async () => {
        const document = await checkText(services, 'developer');
        assert.deepEqual(codes(document), [IssueCodes.UnknownCert]);
    });

    it('prefers a local cert over the catalog cert it shadows', async () => {
        const document = await checkText(services, 'use aws\ncert developer "Mine" { level associate }\ndeveloper');
        assert.equal(firstPath(document).steps[0].refs[0].cert.ref?.title, 'Mine');
    });

    it('resolves certs declared in a `use`d file', async () => {
        await checkText(services, 'cert cka "CKA" { level associate }', URI.parse('file:///test/k8s/certs.certtree'));
        const document = await checkText(services, 'use "./k8s/certs.certtree"\ncka', URI.parse('file:///test/tree.certtree'));
        assert.deepEqual(codes(document), []);
        assert.equal(firstPath(document).steps[0].refs[0].cert.ref?.title, 'CKA');
    });

    it('does not pass certs on transitively: a file sees only what it uses itself', async () => {
        await checkText(services, 'cert deep { level associate }', URI.parse('file:///test/c.certtree'));
        await checkText(services, 'use "./c.certtree"\ncert mid { level associate }', URI.parse('file:///test/b.certtree'));
        const document = await checkText(services, 'use "./b.certtree"\nmid -> deep', URI.parse('file:///test/a.certtree'));
        assert.deepEqual(diagnosticsOf(document).map(messageOf), ["Unknown certification 'deep'. Declare it with `cert`, or `use` the catalog or file that declares it."]);
    });
});

describe('re-checking users of a changed file', () => {
    const services = createTestServices();
    const builder = services.shared.workspace.DocumentBuilder;
    const usedUri = URI.parse('file:///test/used.certtree');
    const userUri = URI.parse('file:///test/user.certtree');
    let version = 0;

    /** Gives `uri` new text as an editor would, then lets the builder react as to a change. */
    async function edit(uri: URI, text: string): Promise<void> {
        setTextDocument(services.CertTree, TextDocument.create(uri.toString(), 'certtree', ++version, text));
        await builder.update([uri], []);
    }

    function user(): LangiumDocument {
        return services.shared.workspace.LangiumDocuments.getDocument(userUri)!;
    }

    afterEach(() => clearTestDocuments(services));

    it('relinks a user when a cert it refers to is renamed away and back', async () => {
        await edit(usedUri, 'cert cka "CKA" { level associate }');
        await edit(userUri, 'use "./used.certtree"\ncka');
        assert.deepEqual(codes(user()), []);
        await edit(usedUri, 'cert ckad "CKAD" { level associate }');
        assert.deepEqual(diagnosticsOf(user()).map(messageOf), ["Unknown certification 'cka'. Did you mean 'ckad'?"]);
        await edit(usedUri, 'cert cka "CKA" { level associate }');
        assert.deepEqual(codes(user()), []);
    });

    it('re-validates a user when a used file gains a retirement', async () => {
        await edit(usedUri, 'cert cka "CKA" { level associate }');
        await edit(userUri, 'date "2026-11-26"\nuse "./used.certtree"\ncka');
        assert.deepEqual(codes(user()), []);
        await edit(usedUri, 'cert cka "CKA" { level associate retired "2025-01-31" }');
        assert.deepEqual(codes(user()), [IssueCodes.RetiredCert]);
    });

    it('re-checks a user whose `use`d file is created and then deleted', async () => {
        const laterUri = URI.parse('file:///test/later.certtree');
        await edit(userUri, 'use "./later.certtree"\ncert own { level associate }\nown');
        assert.deepEqual(codes(user()), [IssueCodes.MissingUseFile]);
        // The user refers to nothing in the new file, so only the `use` statement ties them.
        await edit(laterUri, 'cert other { level associate }');
        assert.deepEqual(codes(user()), []);
        await builder.update([], [laterUri]);
        assert.deepEqual(codes(user()), [IssueCodes.MissingUseFile]);
    });
});
