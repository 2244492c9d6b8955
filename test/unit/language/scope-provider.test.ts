// The scope provider names certs and roles by reference type, and nothing for a reference that
// error recovery paired with the wrong node (completion inside broken text asks for such ones).
import * as assert from 'node:assert/strict';
import { isHighlight, isRole, type Highlight, type Role } from '../../../src/language/generated/ast.js';
import { checkText, createTestServices } from '../helpers/certtree-services.js';

describe('scope provider', () => {
    const services = createTestServices();
    const scopes = services.CertTree.references.ScopeProvider;

    it('offers the certs in scope for a cert reference and the roles for a highlight', async () => {
        const document = await checkText(services, 'use aws\narea "A" { role "R" { developer -> security } }\nhighlight "R"\n');
        const model = document.parseResult.value;
        const highlight = model.statements.find(isHighlight) as Highlight;
        const roles = scopes.getScope({ container: highlight, property: 'roles', reference: highlight.roles[0] });
        assert.deepEqual(roles.getAllElements().map(d => d.name).toArray(), ['R']);
        const step = (model.statements[1] as { roles: Role[] }).roles[0].paths[0].steps[0].refs[0];
        const certs = scopes.getScope({ container: step, property: 'cert', reference: step.cert });
        assert.ok(certs.getElement('developer'), 'a catalog cert is in scope');
    });

    it('names nothing, without throwing, for a property the node has no reference for', async () => {
        const document = await checkText(services, 'area "A" { role "R" { } }\n');
        const area = document.parseResult.value.statements[0] as { roles: Role[] };
        const role = area.roles.find(isRole)!;
        const scope = scopes.getScope({ container: role, property: 'roles', reference: { $refText: '', ref: undefined } });
        assert.equal(scope.getAllElements().count(), 0);
    });
});
