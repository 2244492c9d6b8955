// String literals the language server writes into documents read back as the text they quote.
import assert from 'node:assert/strict';
import { parseHelper } from 'langium/test';
import { certtreeString } from '../../../src/language/certtree-text.js';
import type { Model, Role } from '../../../src/language/generated/ast.js';
import { createTestServices } from '../helpers/certtree-services.js';

const parse = parseHelper<Model>(createTestServices().CertTree);

describe('certtreeString', () => {
    it('quotes text so the parser reads the same text back', async () => {
        for (const name of ['Data Engineer', 'Data "Wizard"', 'back\\slash', 'ends with \\', '"']) {
            const literal = certtreeString(name);
            const document = await parse(`role ${literal} { }`);
            assert.deepEqual(document.parseResult.parserErrors.map(e => e.message), [], literal);
            assert.equal((document.parseResult.value.statements[0] as Role).name, name, literal);
        }
        assert.equal(certtreeString('Data "Wizard"'), '"Data \\"Wizard\\""');
    });
});
