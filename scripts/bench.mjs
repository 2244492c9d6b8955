// `npm run bench`: runs every compiled benchmark in test/bench, one process each, and prints figures.
// Benchmarks measure and print medians and sizes; they never pass or fail on timing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureSystemPackages } from './system-packages.mjs';

const folder = 'out/test/bench';
const only = process.argv.slice(2);
const benches = readdirSync(folder).filter(f => f.endsWith('.bench.js')).sort()
    .filter(f => only.length === 0 || only.some(name => f.startsWith(name)));
let failed = 0;
// The extension benchmark drives code-server and the webview in Chromium, as the tests do.
if (benches.some(file => file.startsWith('extension'))) {
    const missing = ensureSystemPackages(['integration']);
    if (missing) {
        console.error(missing);
        process.exit(1);
    }
}
for (const file of benches) {
    console.log(`\n=== ${file.replace(/\.bench\.js$/, '')}`);
    const run = spawnSync('node', ['--expose-gc', `${folder}/${file}`], { stdio: 'inherit' });
    if (run.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
