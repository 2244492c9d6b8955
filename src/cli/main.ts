// The `certtree` command line: dispatches to its subcommands.
import { terminalText } from '../language/message-text.js';
import { runCatalog } from './catalog-command.js';
import { runCheck } from './check-command.js';
import { runNext } from './next-command.js';
import { runRender } from './render-command.js';

const USAGE = `Usage:
  certtree check <files…>     check .certtree files; exit 1 on errors
  certtree render <file> [-o out|-] [--format svg|dot|json] [--view paths|graph] [--theme light|dark] [--today YYYY-MM-DD]
                              draw the diagram (default: <file>.svg beside the source)
  certtree next <file> [--json] [--today YYYY-MM-DD]
                              which certifications to take next, and the plan to reach the goals
  certtree catalog [NAME] [--json] [--today YYYY-MM-DD]
                              the built-in catalogs, or one catalog's certifications
  certtree --help             this text
  certtree --version          the version`;

declare const CERTTREE_VERSION: string | undefined;

async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    const out = safeWriter(process.stdout);
    const err = safeWriter(process.stderr);
    switch (command) {
        case 'check': return runCheck(rest, out, err);
        case 'render': return runRender(rest, out, err);
        case 'next': return runNext(rest, out, err);
        case 'catalog': return runCatalog(rest, out, err);
        case '--version': out(typeof CERTTREE_VERSION === 'string' ? CERTTREE_VERSION : 'development'); return 0;
        case '--help': case '-h': case 'help': out(USAGE); return 0;
        case undefined: err(USAGE); return 2;
        default: err(`certtree: unknown command '${command}'.\n${USAGE}`); return 2;
    }
}

/**
 * The one way the CLI writes: user text (titles, names, paths, ids) may hold terminal escapes, so
 * every control character but tab and newline is shown as U+FFFD. When the reader goes away
 * (`certtree render -o - | head -c 10`), the rest of the output is dropped without a word and the
 * exit code stays the command's own.
 */
function safeWriter(stream: NodeJS.WriteStream): (line: string) => void {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
        closed = true;
        if (error.code !== 'EPIPE') {
            process.exitCode = 2;
            if (stream !== process.stderr) process.stderr.write(`certtree: cannot write the output (${error.code ?? error.message}).\n`);
        }
    });
    return line => {
        if (!closed) stream.write(terminalText(line) + '\n');
    };
}

main(process.argv.slice(2)).then(
    code => { process.exitCode ||= code; },
    error => { process.stderr.write(`certtree: internal error: ${(error as Error).stack ?? error}\n`); process.exitCode = 3; }
);
