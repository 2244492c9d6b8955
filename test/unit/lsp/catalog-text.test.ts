// The `certtree/catalogText` request: catalog text for clients that cannot open the catalog scheme.
import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver';
import { catalogText } from '../../../src/language/lsp/catalog-text-handler.js';
import { awsCatalogText } from '../../../src/language/catalogs/aws.js';

describe('catalog text request', () => {
    it('answers the catalog text for both spellings of its URI', () => {
        assert.equal(catalogText('certtree-catalog:///aws.certtree'), awsCatalogText);
        assert.equal(catalogText('certtree-catalog:/aws.certtree'), awsCatalogText);
    });

    it('answers an error naming the known catalogs for anything else', () => {
        for (const uri of ['certtree-catalog:///oracle.certtree', 'file:///aws.certtree', 'not a uri']) {
            assert.throws(() => catalogText(uri), (error: unknown) =>
                error instanceof ResponseError && /is not a built-in catalog\. Known catalogs: certtree-catalog:\/aws\.certtree, certtree-catalog:\/azure\.certtree, certtree-catalog:\/google\.certtree, certtree-catalog:\/cncf\.certtree\./.test(error.message));
        }
    });
});
