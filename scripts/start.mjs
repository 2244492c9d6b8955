// `npm start`: build everything, package the extension, and check and render the examples.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

function run(command, args) {
    console.log(`\n> ${[command, ...args].join(' ')}`);
    const result = spawnSync(command, args, { stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`\n'${[command, ...args].join(' ')}' failed.`);
        process.exit(result.status ?? 1);
    }
}

const examples = readdirSync('examples').filter(f => f.endsWith('.certtree')).map(f => `examples/${f}`);

run('npm', ['run', '--silent', 'build']);
if (existsSync('src/extension/extension.ts')) run('npm', ['run', '--silent', 'package']);
run('node', ['bin/certtree.js', 'check', ...examples]);
// Each example's diagram lands beside it (examples/x.certtree -> examples/x.svg).
for (const example of examples) run('node', ['bin/certtree.js', 'render', example]);
