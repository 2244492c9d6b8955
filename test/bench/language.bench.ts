// Benchmark: full parse+link+validate of the §1 example, of generated 10,000- and 20,000-line trees (20,000 lines, 880 KB, is the largest under the 1 MB limit),
// and re-validation after a one-character edit. Prints medians; never fails on time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TextDocument, URI } from 'langium';
import { setTextDocument } from 'langium/test';
import { createTestServices, type TestServices } from '../unit/helpers/certtree-services.js';
import { generateTree } from '../fixtures/language/generate-tree.js';
import { budget } from './budget.js';

const example = readFileSync(new URL('../../../examples/aws-certification-paths.certtree', import.meta.url), 'utf8');
const services = createTestServices();

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function collectGarbage(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

let counter = 0;

interface Timing {
    /** Wall-clock milliseconds. */
    ms: number;
    /** CPU milliseconds of this process: less disturbed than wall time when other work shares the machine. */
    cpu: number;
}

function startTiming(): () => Timing {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    return () => {
        const used = process.cpuUsage(cpu);
        return { ms: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
    };
}

/** Parses, links and validates `text` as a new document; returns its timing and diagnostics count. */
async function fullBuild(s: TestServices, text: string): Promise<Timing & { diagnostics: number }> {
    const uri = URI.parse(`file:///bench/tree-${++counter}.certtree`);
    const documents = s.shared.workspace.LangiumDocuments;
    collectGarbage();
    const stop = startTiming();
    const document = s.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    documents.addDocument(document);
    await s.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const timing = stop();
    const diagnostics = document.diagnostics?.length ?? 0;
    // Remove it as a deleted file is removed, index entries included, so runs do not pile up.
    await s.shared.workspace.DocumentBuilder.update([], [uri]);
    return { ...timing, diagnostics };
}

function describeTimes(times: Timing[]): string {
    const wall = times.map(t => t.ms);
    return `median ${median(wall).toFixed(1)} ms (CPU ${median(times.map(t => t.cpu)).toFixed(1)} ms) over ${times.length} runs, min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)}`;
}

async function measureFull(label: string, text: string, runs: number, warmups: number, budgetMs: number): Promise<void> {
    for (let i = 0; i < warmups; i++) await fullBuild(services, text);
    const times: Timing[] = [];
    let diagnostics = 0;
    for (let i = 0; i < runs; i++) {
        const result = await fullBuild(services, text);
        times.push(result);
        diagnostics = result.diagnostics;
    }
    const lines = text.split('\n').length;
    console.log(`${label}: ${lines} lines, ${(text.length / 1024).toFixed(0)} KB, ${diagnostics} diagnostics — ${describeTimes(times)} ${budget(median(times.map(t => t.ms)), budgetMs)}`);
}

/** Opens the tree as an editor would, then types one character and measures the rebuild. */
async function measureEdit(label: string, text: string, runs: number, budgetMs: number): Promise<void> {
    const uri = URI.parse('file:///bench/edited.certtree');
    const builder = services.shared.workspace.DocumentBuilder;
    let version = 1;
    setTextDocument(services.CertTree, TextDocument.create(uri.toString(), 'certtree', version, text));
    await builder.update([uri], []);
    // Edit a cert title deep in the file, alternating so every run really changes the text.
    const at = text.indexOf('"Cert 1000 ') + 1;
    if (at === 0) throw new Error('The generated tree has no cert 1000 to edit.');
    const times: Timing[] = [];
    for (let i = 0; i < runs + 2; i++) {
        const edited = text.slice(0, at) + (i % 2 ? 'X' : 'Y') + text.slice(at + 1);
        setTextDocument(services.CertTree, TextDocument.create(uri.toString(), 'certtree', ++version, edited));
        collectGarbage();
        const stop = startTiming();
        await builder.update([uri], []);
        if (i >= 2) times.push(stop());
    }
    const document = services.shared.workspace.LangiumDocuments.getDocument(uri);
    console.log(`${label}: ${document?.diagnostics?.length ?? 0} diagnostics — ${describeTimes(times)} ${budget(median(times.map(t => t.ms)), budgetMs)}`);
}

const tenThousand = generateTree(10_000);
const twentyThousand = generateTree(20_000);

console.log(`Node ${process.version}`);
await measureFull('§1 example, full parse+link+validate', example, 30, 10, 15);
await measureFull('10,000-line tree, full parse+link+validate', tenThousand, 7, 2, 400);
await measureEdit('10,000-line tree, re-validate after a one-character edit', tenThousand, 7, 400);
await measureFull('20,000-line tree, full parse+link+validate', twentyThousand, 3, 1, 1000);
