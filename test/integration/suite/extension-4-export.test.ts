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

function isPreviewTab(tab: vscode.Tab): boolean {
    return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('certtree.preview');
}

async function closePreviews(): Promise<void> {
    await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap(group => group.tabs).filter(isPreviewTab));
}

/** `promise`, or a failure naming `description` once `timeoutMs` has passed. */
function within<T>(promise: Thenable<T>, timeoutMs: number, description: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${description}.`)), timeoutMs);
        promise.then(
            value => {
                clearTimeout(timer);
                resolve(value);
            },
            (error: unknown) => {
                clearTimeout(timer);
                reject(error instanceof Error ? error : new Error(String(error)));
            },
        );
    });
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
            // The node leaves off "AWS Certified " (the title says AWS); its tooltip has the full name.
            assert.ok(svg.includes(`<title>AWS Certified ${name}`), `the SVG's tooltip names ${name}`);
        }
        assert.equal(editor.document.isDirty, false);
    });

    // Issue: a repository's workspace settings could aim exports at any folder.
    it('takes the export folder from user settings only, never from the workspace', async () => {
        await openExample();
        const settings = vscode.workspace.getConfiguration('certtree');
        await assert.rejects(Promise.resolve(settings.update('export.folder', '../../outside', vscode.ConfigurationTarget.Workspace)),
            'VS Code refuses a workspace value for a machine-scoped setting');
        const target = workspaceUri(EXAMPLE.replace(/\.certtree$/, '.svg'));
        if (await exists(target)) await vscode.workspace.fs.delete(target);
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('certtree.exportSvg');
        assert.equal(written?.toString(), target.toString(), 'the SVG still goes beside the .certtree file');
    });

    it('writes a PNG at twice the SVG size, drawn by a preview it opens for the purpose', async () => {
        await openExample();
        // Close any preview, so the export has to open one and wait until it is ready.
        await closePreviews();
        assert.equal((await certTreeApi()).previewDocument(), undefined, 'no preview is open');
        const target = workspaceUri('export-test.png');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('certtree.exportPng', undefined, { destination: target });
        assert.equal(written?.toString(), target.toString());
        const png = await vscode.workspace.fs.readFile(target);
        assert.equal(new TextDecoder().decode(png.subarray(1, 4)), 'PNG');
        const width = new DataView(png.buffer, png.byteOffset).getUint32(16);
        assert.ok(width > 1000, `a 2x drawing of the example is wide (${width} px)`);
    });

    it('gives up on a PNG, writing nothing, when the preview it opened is closed before it is drawn', async () => {
        await openExample();
        await closePreviews();
        const target = workspaceUri('export-closed.png');
        // Close the preview the export opens as soon as its tab appears, before its page has loaded.
        const closed = new Promise<void>(resolve => {
            const subscription = vscode.window.tabGroups.onDidChangeTabs(event => {
                const preview = event.opened.find(isPreviewTab);
                if (!preview) return;
                subscription.dispose();
                void vscode.window.tabGroups.close(preview).then(() => resolve());
            });
        });
        // Well under the export's own 30 s deadline: closing the preview must end the wait at once.
        const written = await within(vscode.commands.executeCommand<vscode.Uri | undefined>('certtree.exportPng', undefined, { destination: target }), 10_000, 'the PNG export to give up');
        await closed;
        assert.equal(written, undefined, 'the export reports that it wrote nothing');
        assert.equal(await exists(target), false, 'no file was written');
    });

    it('writes nothing for a document with errors', async () => {
        const editor = await openNewFile('export-broken.certtree', 'use aws\n\ncloud_practitioner -> not_a_cert\n');
        const target = workspaceUri('export-broken.svg');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('certtree.exportSvg', editor.document.uri);
        assert.equal(written, undefined);
        assert.equal(await exists(target), false, 'no file was written');
    });
});
