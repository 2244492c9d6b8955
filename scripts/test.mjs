// Runs every test layer in order and ends with one line: "N passed, N failed[, N skipped]".
// Each layer writes its counts as JSON to the file named by CERTTREE_TEST_SUMMARY.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSystemPackages } from './system-packages.mjs';

// A `.only` or a pending test fails the run instead of quietly hiding the rest.
const mocha = ['node_modules/mocha/bin/mocha.js', '--forbid-only', '--forbid-pending', '--reporter', 'scripts/mocha-summary-reporter.cjs'];

/** The layers, cheapest first. Each is a command whose counts land in the summary file;
 *  `needs` names the Debian packages it needs (scripts/system-packages.mjs). */
const layers = [
    { name: 'build', command: 'npm', args: ['run', '--silent', 'build'], counts: false },
    { name: 'unit', command: 'node', args: [...mocha, 'out/test/unit/**/*.test.js'] },
    { name: 'lsp', command: 'node', args: [...mocha, '--timeout', '30000', 'out/test/lsp/**/*.test.js'] },
    { name: 'render', command: 'node', args: [...mocha, '--timeout', '30000', 'out/test/render/**/*.test.js'] },
    { name: 'cli', command: 'node', args: [...mocha, '--timeout', '60000', 'out/test/cli/**/*.test.js'] },
    { name: 'webview', command: 'node', args: [...mocha, '--timeout', '60000', 'out/test/webview/**/*.test.js'], needs: 'webview' },
    { name: 'integration', command: 'node', args: ['scripts/run-integration-tests.mjs'], needs: 'integration' },
];

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const work = mkdtempSync(join(tmpdir(), 'certtree-test-'));

for (const layer of layers) {
    if (only.length > 0 && layer.name !== 'build' && !only.includes(layer.name)) continue;
    const summary = join(work, `${layer.name}.json`);
    console.log(`\n=== ${layer.name} tests`);
    const missing = layer.needs ? ensureSystemPackages([layer.needs]) : undefined;
    if (missing) {
        console.error(`${missing}\nThe ${layer.name} layer did not run; counted as one failure.`);
        totals.failed += 1;
        continue;
    }
    const run = spawnSync(layer.command, layer.args, {
        stdio: 'inherit',
        env: { ...process.env, CERTTREE_TEST_SUMMARY: summary },
    });
    if (layer.counts === false) {
        if (run.status !== 0) {
            console.error(`The ${layer.name} step failed; no test ran.`);
            totals.failed += 1;
            break;
        }
        continue;
    }
    const counts = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : undefined;
    if (counts) {
        totals.passed += counts.passed;
        totals.failed += counts.failed;
        totals.skipped += counts.skipped ?? 0;
    }
    if (run.status !== 0 && (!counts || counts.failed === 0)) {
        console.error(`The ${layer.name} layer exited with ${run.status ?? run.signal} without reporting a failed test; counted as one failure.`);
        totals.failed += 1;
    } else if (run.status === 0 && (!counts || counts.passed + counts.failed === 0)) {
        console.error(`The ${layer.name} layer ran no test; counted as one failure.`);
        totals.failed += 1;
    }
}
rmSync(work, { recursive: true, force: true });

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
