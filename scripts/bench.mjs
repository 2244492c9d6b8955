// `npm run bench`: runs every compiled benchmark in test/bench, one process each, and prints figures.
// Benchmarks measure and print medians and sizes; they never pass or fail on timing. A figure over
// its budget is marked where it is printed (test/bench/budget.ts) and listed again at the end.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureSystemPackages } from './system-packages.mjs';

const OVER_BUDGET = 'OVER BUDGET';
const folder = 'out/test/bench';
const only = process.argv.slice(2);
const benches = readdirSync(folder).filter(f => f.endsWith('.bench.js')).sort()
    .filter(f => only.length === 0 || only.some(name => f.startsWith(name)));
// The extension benchmark drives code-server and the webview in Chromium, as the tests do.
if (benches.some(file => file.startsWith('extension'))) {
    const missing = ensureSystemPackages(['integration']);
    if (missing) {
        console.error(missing);
        process.exit(1);
    }
}

let failed = 0;
const overBudget = [];
for (const file of benches) {
    const name = file.replace(/\.bench\.js$/, '');
    console.log(`\n=== ${name}`);
    const status = await new Promise(resolve => {
        const child = spawn('node', ['--expose-gc', `${folder}/${file}`], { stdio: ['ignore', 'pipe', 'inherit'] });
        let partial = '';
        child.stdout.on('data', chunk => {
            process.stdout.write(chunk);
            const lines = (partial + chunk.toString()).split('\n');
            partial = lines.pop() ?? '';
            for (const line of lines) if (line.includes(OVER_BUDGET)) overBudget.push(`${name}: ${line.trim()}`);
        });
        child.on('close', code => {
            if (partial.includes(OVER_BUDGET)) overBudget.push(`${name}: ${partial.trim()}`);
            resolve(code);
        });
    });
    if (status !== 0) failed++;
}
console.log(overBudget.length === 0 ? '\nEvery figure is within its budget.' : `\n${overBudget.length} figure(s) over budget:\n${overBudget.map(line => `  ${line}`).join('\n')}`);
process.exit(failed > 0 ? 1 : 0);
