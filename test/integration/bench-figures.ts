// What the benchmark windows share: the run's result file, and the Markdown preview's update times.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { whenTrue } from './suite/waiting.js';

/** Adds figures to the result file of this run (both windows of a run write into it). */
export function recordBenchFigures(figures: Record<string, unknown>): void {
    const file = process.env.CERTTREE_BENCH_RESULT;
    if (!file) return;
    const current = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(file, JSON.stringify({ ...current, ...figures }));
}

/**
 * When VS Code's Markdown preview took new content (Date.now() in the preview), in order. The
 * runner appends those times, one a line, to the file named by CERTTREE_BENCH_MARKDOWN_LOG as the
 * preview's probe script logs them.
 */
export function markdownPreviewUpdates(): number[] {
    const file = process.env.CERTTREE_BENCH_MARKDOWN_LOG;
    if (!file) throw new Error('CERTTREE_BENCH_MARKDOWN_LOG is not set; run this through the benchmark runner.');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number) : [];
}

/** Waits for the Markdown preview's next update after the `seen` ones, and returns its time. */
export async function nextMarkdownPreviewUpdate(seen: number, timeoutMs = 30_000): Promise<number> {
    // The time is the preview's own, so how often this looks does not change the figure.
    await whenTrue(() => markdownPreviewUpdates().length > seen, 'the Markdown preview has updated', timeoutMs);
    return markdownPreviewUpdates()[seen];
}
