// The `certtree` command line: dispatches to its subcommands.
import { runCheck } from './check-command.js';
import { runNext } from './next-command.js';
import { runRender } from './render-command.js';

const USAGE = `Usage:
  certtree check <files…>     check .certtree files; exit 1 on errors
  certtree render <file> [-o out|-] [--format svg|dot|json] [--view paths|graph] [--theme light|dark]
                              draw the diagram (default: <file>.svg beside the source)
  certtree next <file>        which certifications to take next, and the route to each goal
  certtree --help             this text
  certtree --version          the version`;

declare const CERTTREE_VERSION: string | undefined;

async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    const out = (line: string) => process.stdout.write(line + '\n');
    const err = (line: string) => process.stderr.write(line + '\n');
    switch (command) {
        case 'check': return runCheck(rest, out, err);
        case 'render': return runRender(rest, out, err);
        case 'next': return runNext(rest, out, err);
        case '--version': out(typeof CERTTREE_VERSION === 'string' ? CERTTREE_VERSION : 'development'); return 0;
        case '--help': case '-h': case 'help': out(USAGE); return 0;
        case undefined: err(USAGE); return 2;
        default: err(`certtree: unknown command '${command}'.\n${USAGE}`); return 2;
    }
}

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    error => { process.stderr.write(`certtree: internal error: ${(error as Error).stack ?? error}\n`); process.exitCode = 3; }
);
