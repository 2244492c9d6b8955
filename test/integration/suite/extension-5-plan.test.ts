// Planning from the editor: the plan command's quick picks and the preview node menu's commands edit the text; undo restores it.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CertTreeExtensionApi } from '../../../src/extension/extension.js';
import type { RenderedPreview } from '../../../src/extension/preview-panel.js';
import { nextEvent } from './waiting.js';
import { certTreeApi, openNewFile } from './workspace-files.js';

const TREE = 'use aws\n\nrole "Ops" {\n  cloud_practitioner -> developer -> devops_engineer\n}\n\nearned cloud_practitioner\n';

describe('planning from the editor', () => {
    let api: CertTreeExtensionApi;
    let editor: vscode.TextEditor;
    let drawn: RenderedPreview;
    const developer = (preview: RenderedPreview) => preview.nodes.find(node => node.cert === 'developer')?.marks;
    const redrawn = (after: RenderedPreview, description: string) => nextEvent(api.onDidRenderPreview,
        preview => preview.uri === editor.document.uri.toString() && preview.version > after.version, description);

    before(async () => {
        await vscode.workspace.getConfiguration('certtree').update('planning.today', '2026-12-03', vscode.ConfigurationTarget.Global);
        api = await certTreeApi();
        editor = await openNewFile('plan.certtree', TREE);
        const rendered = nextEvent(api.onDidRenderPreview, preview => preview.uri === editor.document.uri.toString(), 'the preview to draw the plan');
        await vscode.commands.executeCommand('certtree.showPreviewToSide');
        drawn = await rendered;
    });
    after(async () => {
        await vscode.workspace.getConfiguration('certtree').update('planning.today', undefined, vscode.ConfigurationTarget.Global);
    });

    it('Plan Next Certification → Mark as earned adds the `earned` entry and the preview redraws; undo restores both', async () => {
        // cloud_practitioner is held: Developer (in role Ops) is next up, not yet earned.
        assert.deepEqual(developer(drawn), { earned: false, goal: false, nextUp: true });
        const certs = nextEvent(api.onDidShowPlanPick, () => true, 'the next-up quick pick');
        const command = vscode.commands.executeCommand('certtree.planNext');
        const shown = await certs;
        assert.deepEqual(shown.labels, ['AWS Certified Developer – Associate']);
        assert.match(shown.title, /^Next up, planned for 2026-12-03/);
        const actions = nextEvent(api.onDidShowPlanPick, pick => pick.labels.includes('$(check) Mark as earned'), 'the actions quick pick');
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        assert.deepEqual((await actions).labels, ['$(check) Mark as earned', '$(flag) Set as goal', '$(link-external) Open exam guide']);
        const afterEdit = redrawn(drawn, 'the preview to redraw after Mark as earned');
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await command;
        assert.equal(editor.document.getText(), TREE.replace('earned cloud_practitioner', 'earned cloud_practitioner, developer'));
        const earned = await afterEdit;
        assert.deepEqual(developer(earned), { earned: true, goal: false, nextUp: false });

        const afterUndo = redrawn(earned, 'the preview to redraw after undo');
        await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
        await vscode.commands.executeCommand('undo');
        assert.equal(editor.document.getText(), TREE);
        drawn = await afterUndo;
        assert.deepEqual(developer(drawn), { earned: false, goal: false, nextUp: true });
    });

    it('the preview node menu\'s Set as goal and Remove goal edit the text', async () => {
        // What VS Code passes a `webview/context` command: the node's data-vscode-context.
        const node = { webview: 'certtree.preview', webviewSection: 'certNode', certId: 'devops_engineer', certtreeEarned: false, certtreeGoal: false };
        const goalSet = redrawn(drawn, 'the preview to redraw after Set as goal');
        await vscode.commands.executeCommand('certtree.setGoal', node);
        assert.equal(editor.document.getText(), `${TREE.trimEnd()}\ngoal devops_engineer\n`);
        const withGoal = await goalSet;
        assert.equal(withGoal.nodes.find(n => n.cert === 'devops_engineer')?.marks?.goal, true);
        // Developer then DevOps: the plan's two exams, numbered.
        assert.equal(developer(withGoal)?.planStep, 1);

        const goalRemoved = redrawn(withGoal, 'the preview to redraw after Remove goal');
        await vscode.commands.executeCommand('certtree.removeGoal', { ...node, certtreeGoal: true });
        assert.equal(editor.document.getText(), `${TREE.trimEnd()}\n`);
        assert.equal((await goalRemoved).nodes.find(n => n.cert === 'devops_engineer')?.marks?.goal, false);
    });
});
