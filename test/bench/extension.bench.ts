// Benchmarks of the VS Code extension: .vsix size, activation with the server's start, and
// keystroke -> redrawn preview, measured inside real VS Code (code-server, headless Chromium),
// and the same pipeline without VS Code: the server over stdio and the webview bundle in Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
    ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification,
    InitializeRequest, RegistrationRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { DiagramRequest, DocumentValidatedNotification } from '../../src/shared/protocol.js';
import type { DiagramResult, DocumentValidatedParams } from '../../src/shared/protocol.js';
import { awsRolesTree } from '../fixtures/diagram/generate-diagram-tree.js';
import { launchChromium, openPreviewPage } from '../webview/preview-harness.js';
import { budget } from './budget.js';

/** The preview opened to the side of an editor. */
const PANE = { width: 700, height: 800 };

interface PreviewFigures {
    nodes: number;
    keystrokeToDiagramMs: number;
    webviewLayoutAndDrawMs: number;
    diagramRequestMs: number;
    samples: number;
}
interface BenchRun {
    activationMs: number;
    openToActiveMs: number;
    openToServerReadyMs: number;
    example: PreviewFigures;
    large: PreviewFigures;
    /** The same window's keystroke -> VS Code's Markdown preview updated. */
    markdown: { keystrokeToPreviewMs: number; samples: number; kilobytes: number };
    /** The other window of the same code-server: opening the file until a minimal extension is active. */
    baselineOpenToActiveMs: number;
}

// An even number, so each window goes first equally often.
const RUNS = Number(process.env.CERTTREE_BENCH_RUNS ?? 4);
const work = mkdtempSync(join(tmpdir(), 'certtree-extension-bench-'));

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

function vsixSize(): number | undefined {
    const vsix = join(work, 'certtree.vsix');
    const result = spawnSync('npm', ['run', '--silent', 'package', '--', '-o', vsix], { encoding: 'utf8' });
    if (result.status !== 0 || !existsSync(vsix)) {
        console.error(`Packaging failed:\n${result.stdout}\n${result.stderr}`);
        return undefined;
    }
    return statSync(vsix).size;
}

function measureInCodeServer(run: number): BenchRun | undefined {
    const resultFile = join(work, `run-${run}.json`);
    const result = spawnSync(process.execPath, ['scripts/run-integration-tests.mjs', '--bench'], {
        encoding: 'utf8',
        env: { ...process.env, CERTTREE_BENCH_RESULT: resultFile, CERTTREE_BENCH_RUN: String(run), CERTTREE_BENCH_MARKDOWN_LOG: join(work, `markdown-${run}.log`) },
        maxBuffer: 64 * 1024 * 1024,
    });
    const figures = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as Partial<BenchRun>) : {};
    if (figures.baselineOpenToActiveMs === undefined || figures.example === undefined || figures.markdown === undefined) {
        console.error(`Run ${run} measured only ${JSON.stringify(Object.keys(figures))}:\n${(result.stdout + result.stderr).slice(-4000)}`);
        return undefined;
    }
    return figures as BenchRun;
}

/**
 * The preview's pipeline without VS Code: an edit sent to the bundled server over stdio, its
 * "validated" notification, the diagram request, and layout and drawing by the real webview
 * bundle in headless Chromium.
 */
async function measureWithoutVsCode(name: string, text: string, edits = 20): Promise<void> {
    const server = spawn(process.execPath, ['dist/server.cjs', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => ({})));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    let onValidated: ((params: DocumentValidatedParams) => void) | undefined;
    connection.onNotification(DocumentValidatedNotification, (params: DocumentValidatedParams) => onValidated?.(params));
    connection.listen();
    const browser = await launchChromium();
    try {
        const folder = mkdtempSync(join(work, 'stdio-'));
        const uri = pathToFileURL(join(folder, `${name}.certtree`)).toString();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(folder).toString(), capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name }] });
        await connection.sendNotification(InitializedNotification.type, {});
        const validated = (version: number) => new Promise<void>(resolve => {
            onValidated = params => {
                if (params.uri === uri && params.version >= version) resolve();
            };
        });
        let version = 1;
        let current = text;
        const opened = validated(version);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'certtree', version, text: current } });
        await opened;
        const page = await openPreviewPage(browser, { viewport: PANE });
        await page.waitForPosted(m => m.type === 'ready');
        const toValidated: number[] = [];
        const request: number[] = [];
        const webview: number[] = [];
        const total: number[] = [];
        let nodes = 0;
        for (let i = 0; i < edits; i++) {
            const offset = current.indexOf('role "') + 'role "'.length;
            const line = current.slice(0, offset).split('\n').length - 1;
            const character = offset - current.lastIndexOf('\n', offset - 1) - 1;
            current = current.slice(0, offset) + 'x' + current.slice(offset);
            version += 1;
            const done = validated(version);
            const keystroke = performance.now();
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version },
                contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
            });
            await done;
            const afterValidation = performance.now();
            // As the preview asks: laid out for its pane, the heading shown by the page.
            const result = await connection.sendRequest<DiagramResult>(DiagramRequest, { uri, icons: true, fit: PANE, headingInDiagram: false });
            const afterRequest = performance.now();
            if (result.kind !== 'diagram') throw new Error(`The server drew no diagram: ${JSON.stringify(result).slice(0, 300)}`);
            await page.send({ type: 'diagram', sequence: i + 1, uri, version, view: result.view, dot: result.dot, sources: result.sources.map(({ id, cert, title }) => ({ id, cert, title })), images: result.images ?? [], title: name, heading: result.heading });
            const rendered = await page.waitForPosted((m): m is Extract<typeof m, { type: 'rendered' }> => m.type === 'rendered' && m.sequence === i + 1);
            const end = performance.now();
            nodes = rendered.nodeIds.length;
            toValidated.push(afterValidation - keystroke);
            request.push(afterRequest - afterValidation);
            webview.push(end - afterRequest);
            total.push(end - keystroke);
        }
        await page.close();
        console.log(
            `without VS Code, ${name} (${nodes} nodes): keystroke -> drawn median ${median(total).toFixed(0)} ms = edit to "validated" ${median(toValidated).toFixed(0)} ms + ` +
                `diagram request ${median(request).toFixed(0)} ms + webview layout and drawing ${median(webview).toFixed(0)} ms (${edits} edits; server over stdio, webview bundle in headless Chromium)`,
        );
    } finally {
        await browser.close();
        connection.dispose();
        server.kill();
    }
}

/**
 * The extension's own share of activation: loading dist/extension.cjs (in a fresh Node, with a
 * stand-in for the `vscode` module, which only VS Code provides). Median of several loads.
 */
function bundleLoadMs(): number {
    const script = `
        const Module = require('node:module');
        const load = Module._load;
        const vscode = new Proxy({ Uri: { parse: () => ({}) } }, { get: (target, key) => (key in target ? target[key] : class {}) });
        Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
        const started = process.hrtime.bigint();
        require(${JSON.stringify(join(process.cwd(), 'dist', 'extension.cjs'))});
        console.log(Number(process.hrtime.bigint() - started) / 1e6);`;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
        const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
        times.push(Number(result.stdout.trim()));
    }
    return median(times);
}

try {
    await measureWithoutVsCode('the §1 example', readFileSync('examples/aws-certification-paths.certtree', 'utf8'));
    await measureWithoutVsCode('a generated tree', awsRolesTree(200));
    const size = vsixSize();
    if (size !== undefined) console.log(`vsix size: ${(size / 1024 / 1024).toFixed(2)} MB (budget 3 MB)`);
    const runs: BenchRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
        const figures = measureInCodeServer(run);
        if (figures) runs.push(figures);
    }
    if (runs.length > 0) {
        const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
        console.log(`\nactivation, paired in one code-server per run (${runs.length} runs; each run opens the §1 example in two windows):`);
        const own = runs.map(r => r.openToActiveMs - r.baselineOpenToActiveMs);
        console.log(`  open a .certtree file -> CertTree active: ${ms(runs.map(r => r.openToActiveMs))}`);
        console.log(`  open a .certtree file -> a minimal extension active (same event, same code-server): ${ms(runs.map(r => r.baselineOpenToActiveMs))}`);
        console.log(`  CertTree's own share (difference, median of the runs): ${ms(own)} ${budget(median(own), 100)}`);
        console.log(`  of which activate() itself: ${ms(runs.map(r => r.activationMs))}; loading the bundle dist/extension.cjs (${(statSync('dist/extension.cjs').size / 1024).toFixed(0)} KB, measured in Node): ${bundleLoadMs().toFixed(0)} ms`);
        console.log(`  open a .certtree file -> the language server has started and answered initialize: ${ms(runs.map(r => r.openToServerReadyMs))}`);
        console.log('keystroke -> redrawn preview, CertTree with debounce 0, next to VS Code\'s own Markdown preview in the same window:');
        for (const [name, budgetMs] of [['example', 50], ['large', 300]] as const) {
            const figures = runs.map(r => r[name]);
            const total = median(figures.map(f => f.keystrokeToDiagramMs));
            console.log(
                `  ${name === 'example' ? 'the §1 example' : 'a generated tree'} (${figures[0].nodes} nodes): median ${total.toFixed(0)} ms ${budget(total, budgetMs)}, ` +
                    `of which the diagram request ${median(figures.map(f => f.diagramRequestMs)).toFixed(0)} ms ` +
                    `and layout and drawing in the webview ${median(figures.map(f => f.webviewLayoutAndDrawMs)).toFixed(0)} ms ` +
                    `(${figures[0].samples} edits x ${runs.length} runs)`,
            );
        }
        const markdown = runs.map(r => r.markdown);
        console.log(
            `  VS Code's Markdown preview of the README (${markdown[0].kilobytes.toFixed(0)} KB): median ${ms(markdown.map(m => m.keystrokeToPreviewMs))} ` +
                `(${markdown[0].samples} edits x ${runs.length} runs; that preview waits for typing to pause before it updates)`,
        );
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}
