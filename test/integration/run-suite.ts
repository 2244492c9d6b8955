// Runs mocha inside the VS Code extension host and reports the counts the test runner sums up.
// Shared by every host (code-server here, desktop VS Code through @vscode/test-electron).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SuiteCounts {
    passed: number;
    failed: number;
    skipped: number;
}

/** The line the runner reads from the extension host's log when it cannot read the result file. */
export const RESULT_MARKER = 'CERTTREE_INTEGRATION_RESULT';

/** Loads every `<prefix>*.test.cjs` beside this bundle and runs them; rejects when any test failed. */
export async function runSuite(folder: string, prefix: string): Promise<void> {
    // Mocha's package entry is ESM; its CommonJS build is what a CommonJS bundle can require.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Mocha = require('mocha/lib/mocha.cjs') as typeof import('mocha');
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', forbidOnly: true, forbidPending: true });
    const files = readdirSync(folder).filter(file => file.startsWith(prefix) && file.endsWith('.test.cjs')).sort();
    for (const file of files) mocha.addFile(join(folder, file));
    const counts: SuiteCounts = { passed: 0, failed: 0, skipped: 0 };
    await new Promise<void>(resolve => {
        const runner = mocha.run(() => resolve());
        runner.on('pass', () => (counts.passed += 1));
        runner.on('fail', () => (counts.failed += 1));
        runner.on('pending', () => (counts.skipped += 1));
    });
    if (files.length === 0) counts.failed += 1;
    const resultFile = process.env.CERTTREE_INTEGRATION_RESULT;
    if (resultFile) writeFileSync(resultFile, JSON.stringify(counts));
    console.log(`${RESULT_MARKER} ${JSON.stringify(counts)}`);
    if (counts.failed > 0) throw new Error(`${counts.failed} integration test(s) failed.`);
}
