// The language server as the editor shows it: diagnostics, completion and hover.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsOf } from './waiting.js';
import { certTreeApi, openExample, openNewFile, positionOf } from './workspace-files.js';

describe('language features in the editor', () => {
    before(async () => {
        await certTreeApi();
    });

    it('marks an unknown certification in a broken file, suggesting the right one', async () => {
        const editor = await openNewFile('broken.certtree', 'use aws\n\ncloud_practitioner -> securty\n');
        const diagnostics = await diagnosticsOf(editor.document.uri, list => list.some(d => d.severity === vscode.DiagnosticSeverity.Error), 'an error on broken.certtree');
        const error = diagnostics.find(d => d.severity === vscode.DiagnosticSeverity.Error)!;
        assert.match(error.message, /Unknown certification 'securty'\. Did you mean 'security'\?/);
        assert.equal(editor.document.getText(error.range), 'securty', 'the error sits on the unknown id');
    });

    it('offers `security` when completing `sec`', async () => {
        const editor = await openNewFile('completion.certtree', 'use aws\n\ncloud_practitioner -> sec\n');
        const position = positionOf(editor.document, '-> sec', '-> sec'.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
        const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
        assert.ok(labels.includes('security'), `completion offered: ${labels.slice(0, 30).join(', ')}`);
    });

    it('describes a certification on hover', async () => {
        const editor = await openExample();
        const position = positionOf(editor.document, 'data_engineer ~> security', 'data_engineer ~> '.length + 2);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        const text = hovers.flatMap(hover => hover.contents.map(content => (typeof content === 'string' ? content : content.value))).join('\n');
        assert.match(text, /AWS Certified Security – Specialty/);
    });
});
