// The export commands: SVG beside the document, PNG through the preview, nothing for a broken file.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { certTreeApi, EXAMPLE, openExample, openNewFile, workspaceUri } from './workspace-files.js';

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

/** The display names of the certs of the §1 example, as the AWS catalog gives them. */
const EXAMPLE_CERT_NAMES = [
    'Cloud Practitioner',
    'Solutions Architect – Associate',
    'Developer – Associate',
    'SysOps Administrator – Associate',
    'Solutions Architect – Professional',
    'DevOps Engineer – Professional',
    'Security – Specialty',
    'Data Engineer – Associate',
    'Advanced Networking – Specialty',
    'Machine Learning',
];

describe('export commands', () => {
    before(async () => {
        await certTreeApi();
    });

    it('writes an SVG beside the document that holds every cert of the §1 example', async () => {
        const editor = await openExample();
        const target = workspaceUri(EXAMPLE.replace(/\.certtree$/, '.svg'));
        if (await exists(target)) await vscode.workspace.fs.delete(target);
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('certtree.exportSvg');
        assert.equal(written?.toString(), target.toString(), 'the SVG goes beside the .certtree file');
        const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.match(svg, /^(<\?xml[^>]*>\s*)?(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg/);
        // Labels may be wrapped over several lines; compare with whitespace and line breaks evened out.
        const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(match => match[1]).join(' ').replace(/&#45;/g, '-').replace(/\s+/g, ' ');
        for (const name of EXAMPLE_CERT_NAMES) {
            const words = name.split(' ');
            assert.ok(words.every(word => text.includes(word)), `the SVG names ${name}`);
        }
        assert.equal(editor.document.isDirty, false);
    });

    it('writes a PNG at twice the SVG size, drawn by a preview it opens for the purpose', async () => {
        await openExample();
        // Close any preview, so the export has to open one and wait until it is ready.
        const previews = vscode.window.tabGroups.all.flatMap(group => group.tabs).filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('certtree.preview'));
        await vscode.window.tabGroups.close(previews);
        assert.equal((await certTreeApi()).previewDocument(), undefined, 'no preview is open');
        const target = workspaceUri('export-test.png');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('certtree.exportPng', undefined, { destination: target });
        assert.equal(written?.toString(), target.toString());
        const png = await vscode.workspace.fs.readFile(target);
        assert.equal(new TextDecoder().decode(png.subarray(1, 4)), 'PNG');
        const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
        assert.ok(width > 1000, `a 2x drawing of the example is wide (${width} px)`);
    });

    it('writes nothing for a document with errors', async () => {
        const editor = await openNewFile('export-broken.certtree', 'use aws\n\ncloud_practitioner -> not_a_cert\n');
        const target = workspaceUri('export-broken.svg');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('certtree.exportSvg', editor.document.uri);
        assert.equal(written, undefined);
        assert.equal(await exists(target), false, 'no file was written');
    });
});
