// Benchmarks of the VS Code extension: .vsix size, activation with the server's start, and
// keystroke -> redrawn preview, measured inside real VS Code (code-server, headless Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
}

const RUNS = Number(process.env.CERTTREE_BENCH_RUNS ?? 3);
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
        env: { ...process.env, CERTTREE_BENCH_RESULT: resultFile },
        maxBuffer: 64 * 1024 * 1024,
    });
    if (!existsSync(resultFile)) {
        console.error(`Run ${run} measured nothing:\n${(result.stdout + result.stderr).slice(-4000)}`);
        return undefined;
    }
    return JSON.parse(readFileSync(resultFile, 'utf8')) as BenchRun;
}

try {
    const size = vsixSize();
    if (size !== undefined) console.log(`vsix size: ${(size / 1024 / 1024).toFixed(2)} MB (budget 3 MB)`);
    const runs: BenchRun[] = [];
    for (let run = 1; run <= RUNS; run++) {
        const figures = measureInCodeServer(run);
        if (figures) runs.push(figures);
    }
    if (runs.length > 0) {
        const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
        console.log(`activation over ${runs.length} VS Code starts (budget 300 ms), medians:`);
        console.log(`  activate() itself: ${ms(runs.map(r => r.activationMs))}`);
        console.log(`  opening a .certtree file until the extension is active (VS Code loads the bundle, fires the event): ${ms(runs.map(r => r.openToActiveMs))}`);
        console.log(`  opening a .certtree file until the language server has started and answered initialize: ${ms(runs.map(r => r.openToServerReadyMs))}`);
        for (const [name, budget] of [['example', 50], ['large', 300]] as const) {
            const figures = runs.map(r => r[name]);
            console.log(
                `keystroke -> redrawn preview, ${name === 'example' ? 'the §1 example' : 'a generated tree'} (${figures[0].nodes} nodes), debounce 0: ` +
                    `median ${median(figures.map(f => f.keystrokeToDiagramMs)).toFixed(0)} ms, of which the diagram request ${median(figures.map(f => f.diagramRequestMs)).toFixed(0)} ms ` +
                    `and layout and drawing in the webview ${median(figures.map(f => f.webviewLayoutAndDrawMs)).toFixed(0)} ms ` +
                    `(${figures[0].samples} edits x ${runs.length} runs; budget ${budget} ms)`,
            );
        }
    }
} finally {
    rmSync(work, { recursive: true, force: true });
}
