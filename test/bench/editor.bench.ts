// Benchmark: completion and hover latency at a cert reference deep in generated 10,000- and 20,000-line
// trees (2,000 and 4,000 certs), opened as an editor opens them. Prints medians; never fails on time.
import { performance } from 'node:perf_hooks';
import type { LangiumDocument } from 'langium';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { setTextDocument } from 'langium/test';
import type { Position } from 'vscode-languageserver';
import { createCertTreeServices } from '../../src/language/certtree-module.js';
import { generateTree } from '../fixtures/language/generate-tree.js';
import { budget } from './budget.js';

const { shared, CertTree } = createCertTreeServices(EmptyFileSystem);

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function open(name: string, text: string): Promise<LangiumDocument> {
    const uri = URI.parse(`file:///bench/${name}.certtree`);
    setTextDocument(CertTree, TextDocument.create(uri.toString(), 'certtree', 1, text));
    await shared.workspace.DocumentBuilder.update([uri], []);
    return shared.workspace.LangiumDocuments.getDocument(uri)!;
}

/** The position `delta` characters into the first occurrence of `needle` after `from`. */
function positionOf(document: LangiumDocument, needle: string, from: number, delta: number): Position {
    const offset = document.textDocument.getText().indexOf(needle, from);
    if (offset < 0) throw new Error(`'${needle}' is not in the generated tree.`);
    return document.textDocument.positionAt(offset + delta);
}

async function measure(label: string, runs: number, budgetMs: number, action: () => Promise<string>): Promise<void> {
    let outcome = '';
    for (let i = 0; i < 5; i++) outcome = await action();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        outcome = await action();
        times.push(performance.now() - start);
    }
    console.log(`${label}: median ${median(times).toFixed(2)} ms over ${runs} runs (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}) ${budget(median(times), budgetMs)} — ${outcome}`);
}

async function benchTree(lines: number): Promise<void> {
    const text = generateTree(lines);
    const document = await open(`tree-${lines}`, text);
    const certs = (text.match(/^cert /gm) ?? []).length;
    console.log(`\n${text.split('\n').length} lines, ${(text.length / 1024).toFixed(0)} KB, ${certs} local certs + the aws catalog`);
    const uri = document.uri.toString();
    const middle = Math.floor(text.length * 0.6);
    // A reference in a role path, 60% into the file: `-> c2_…`, cursor after the typed prefix.
    const reference = positionOf(document, '-> c2_', middle, 3 + 3);
    const afterArrow = positionOf(document, '-> c2_', middle, 3);
    const completion = CertTree.lsp.CompletionProvider!;
    const hover = CertTree.lsp.HoverProvider!;

    await measure('completion, prefix "c2_" typed', 30, 50, async () => {
        const list = await completion.getCompletion(document, { textDocument: { uri }, position: reference });
        return `${list?.items.length ?? 0} items, first ${list?.items[0]?.label}`;
    });
    await measure('completion, nothing typed yet after "-> "', 30, 50, async () => {
        const list = await completion.getCompletion(document, { textDocument: { uri }, position: afterArrow });
        return `${list?.items.length ?? 0} items`;
    });
    await measure('hover on that reference', 30, 20, async () => {
        const result = await hover.getHoverContent(document, { textDocument: { uri }, position: reference });
        return result ? 'hover shown' : 'NO HOVER';
    });
    // The first hover after an edit also rebuilds the roles-per-cert index; the rebuild itself is not timed.
    const titleAt = text.indexOf('"Cert 1 ') + 1;
    const times: number[] = [];
    for (let run = 0; run < 12; run++) {
        const edited = text.slice(0, titleAt) + (run % 2 ? 'X' : 'Y') + text.slice(titleAt + 1);
        setTextDocument(CertTree, TextDocument.create(uri, 'certtree', run + 2, edited));
        await shared.workspace.DocumentBuilder.update([document.uri], []);
        const current = shared.workspace.LangiumDocuments.getDocument(document.uri)!;
        const start = performance.now();
        await hover.getHoverContent(current, { textDocument: { uri }, position: reference });
        if (run >= 2) times.push(performance.now() - start);
    }
    console.log(`first hover after an edit: median ${median(times).toFixed(2)} ms over ${times.length} runs (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}) ${budget(median(times), 20)}`);
}

console.log(`Node ${process.version}`);
await benchTree(10_000);
// 20,000 lines (880 KB) is the largest generated tree under the 1 MB document limit.
await benchTree(20_000);
