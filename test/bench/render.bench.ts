// Benchmark: document -> SVG for the §1 example and generated trees, viz.js start-up, and memory over 500 renders.
// Prints medians and sizes; never fails on time. Run with `npm run bench -- render` (node --expose-gc).
import { instance } from '@viz-js/viz';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliWorkspace } from '../../src/cli/cli-workspace.js';
import { buildDiagram } from '../../src/diagram/build-diagram.js';
import { generateDot } from '../../src/diagram/dot-generator.js';
import type { Model } from '../../src/language/generated/ast.js';
import { exportDiagram } from '../../src/render/export-diagram.js';
import { SvgRenderer } from '../../src/render/svg-renderer.js';
import type { DiagramView } from '../../src/shared/protocol.js';
import { generatedTree } from '../fixtures/diagram/generate-diagram-tree.js';
import { COMPILED_WORKER } from '../render/test-renderer.js';
import { budget } from './budget.js';

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function timeRenders(model: Model, view: DiagramView, renderer: SvgRenderer, runs: number): Promise<{ median: number; bytes: number }> {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const outcome = await exportDiagram(model, { format: 'svg', view, renderer, timeoutMs: 120_000 });
        times.push(performance.now() - started);
        if (outcome.kind !== 'exported') throw new Error(`render failed: ${outcome.message} ${outcome.detail ?? ''}`);
        bytes = outcome.content.length;
    }
    return { median: median(times), bytes };
}

async function main(): Promise<void> {
    const gc = (globalThis as { gc?: () => void }).gc;
    const folder = mkdtempSync(join(tmpdir(), 'certtree-bench-'));
    try {
        const files = {
            '§1 example': 'examples/aws-certification-paths.certtree',
            '200 certs': join(folder, 'g200.certtree'),
            '1,000 certs': join(folder, 'g1000.certtree'),
        };
        writeFileSync(files['200 certs'], generatedTree(200));
        writeFileSync(files['1,000 certs'], generatedTree(1000));

        // Start-up: the worker and its Graphviz instance, then the first render, measured apart.
        const [example] = await new CliWorkspace().load([files['§1 example']]);
        const renderer = new SvgRenderer(COMPILED_WORKER);
        let started = performance.now();
        await renderer.start();
        const startup = performance.now() - started;
        started = performance.now();
        await exportDiagram(example.parseResult.value, { format: 'svg', renderer });
        const first = performance.now() - started;
        console.log(`viz.js start-up (worker thread + WebAssembly instance): ${ms(startup)}`);
        console.log(`first render of the §1 example after start-up: ${ms(first)}; start-up + first render: ${ms(startup + first)} ${budget(startup + first, 150)}`);

        const viz = await instance();
        const dot = generateDot(buildDiagram(example.parseResult.value, 'paths'));
        const gvTimes: number[] = [];
        for (let i = 0; i < 30; i++) {
            const t = performance.now();
            viz.render(dot, { format: 'svg' });
            gvTimes.push(performance.now() - t);
        }
        console.log(`Graphviz alone (in-process viz.render of the §1 DOT): ${ms(median(gvTimes))}`);

        console.log('\nwarm document -> SVG (validated model -> diagram -> DOT -> worker -> SVG), median:');
        for (const [name, file] of Object.entries(files)) {
            const [document] = name === '§1 example' ? [example] : await new CliWorkspace().load([file]);
            const model = document.parseResult.value;
            for (const view of ['paths', 'graph'] as const) {
                const diagram = buildDiagram(model, view);
                const runs = diagram.nodes.length > 500 ? 3 : diagram.nodes.length > 100 ? 10 : 30;
                await timeRenders(model, view, renderer, 1);
                const { median: time, bytes } = await timeRenders(model, view, renderer, runs);
                // Budgets by size: the §1 example < 20 ms, about 200 nodes < 100 ms, about 1,000 nodes < 500 ms.
                const budgetMs = diagram.nodes.length < 100 ? 20 : diagram.nodes.length < 600 ? 100 : 500;
                console.log(`  ${name.padEnd(12)} ${view.padEnd(5)} ${String(diagram.nodes.length).padStart(5)} nodes ${String(diagram.edges.length).padStart(5)} edges: ${ms(time).padStart(10)}  (${(bytes / 1024).toFixed(0)} KB SVG, ${runs} runs) ${budget(time, budgetMs)}`);
            }
        }

        // Memory: one renderer, 500 renders of the §1 example; process rss includes the worker's WebAssembly heap.
        const model = example.parseResult.value;
        const sample = async (label: string) => {
            gc?.();
            const heap = await renderer.workerHeapUsed();
            console.log(`  after ${label.padEnd(4)} renders: main heapUsed ${mb(process.memoryUsage().heapUsed)}, worker heapUsed ${mb(heap)}, rss ${mb(process.memoryUsage().rss)}`);
        };
        console.log(`\nmemory of one renderer over 500 renders of the §1 example${gc ? '' : ' (run with --expose-gc for stable figures)'}:`);
        await sample('0');
        for (let i = 1; i <= 500; i++) {
            await exportDiagram(model, { format: 'svg', renderer });
            if (i === 100 || i === 250 || i === 500) await sample(String(i));
        }
        await renderer.dispose();
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

await main();
