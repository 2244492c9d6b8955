// The edits of "Mark as earned", "Set as goal" and "Remove goal": formatted as the formatter writes, one batch.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planEdits } from '../../../src/language/lsp/plan-edits.js';
import type { PlanEditAction } from '../../../src/shared/protocol.js';
import { checkText, createTestServices } from '../helpers/certtree-services.js';

describe('plan edits', () => {
    const services = createTestServices();
    const edited = async (text: string, action: PlanEditAction, cert: string): Promise<string> => {
        const document = await checkText(services, text);
        const edits = planEdits(document, action, cert);
        if (typeof edits === 'string') return `unchanged: ${edits}`;
        return TextDocument.applyEdits(TextDocument.create('file:///x.certtree', 'certtree', 1, text), edits);
    };
    const TREE = 'use aws\ncloud_practitioner -> developer -> devops_engineer\n';

    it('marks a cert earned: added to the first `earned`, or a new `earned` line', async () => {
        assert.equal(await edited(`${TREE}earned cloud_practitioner\n`, 'earn', 'developer'), `${TREE}earned cloud_practitioner, developer\n`);
        assert.equal(await edited(TREE, 'earn', 'developer'), `${TREE}\nearned developer\n`);
    });

    it('marking a goal earned takes it out of the goals in the same edit', async () => {
        assert.equal(await edited(`${TREE}earned cloud_practitioner\ngoal developer, devops_engineer\n`, 'earn', 'developer'),
            `${TREE}earned cloud_practitioner, developer\ngoal devops_engineer\n`);
        assert.equal(await edited(`${TREE}goal developer\n`, 'earn', 'developer'), `${TREE}\nearned developer\n`);
    });

    it('sets and removes goals; a `goal` left empty goes with its line', async () => {
        assert.equal(await edited(`${TREE}earned cloud_practitioner\n`, 'setGoal', 'devops_engineer'), `${TREE}earned cloud_practitioner\ngoal devops_engineer\n`);
        assert.equal(await edited(`${TREE}goal developer\n`, 'setGoal', 'devops_engineer'), `${TREE}goal developer, devops_engineer\n`);
        assert.equal(await edited(`${TREE}goal developer, devops_engineer\n`, 'removeGoal', 'developer'), `${TREE}goal devops_engineer\n`);
        assert.equal(await edited(`${TREE}goal developer\nearned cloud_practitioner\n`, 'removeGoal', 'developer'), `${TREE}earned cloud_practitioner\n`);
    });

    it('says why nothing changes', async () => {
        assert.equal(await edited(`${TREE}earned developer\n`, 'earn', 'developer'), "unchanged: 'developer' is already earned.");
        assert.equal(await edited(`${TREE}earned developer\n`, 'setGoal', 'developer'), "unchanged: 'developer' is already earned; it needs no goal.");
        assert.equal(await edited(TREE, 'removeGoal', 'developer'), "unchanged: 'developer' is not a goal.");
    });
});
