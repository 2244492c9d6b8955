// The VS Code integration layer: runs the mocha suite of test/integration inside real VS Code.
// Here and in CI that VS Code is code-server (installed from npm into a cache, driven by headless
// Chromium); `--electron` runs the same suite in desktop VS Code through @vscode/test-electron,
// for machines that can download it. Then the packaged .vsix is installed into a fresh
// code-server and must activate on a .certtree file. Counts go to $CERTTREE_TEST_SUMMARY.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { ensureCodeServer } from './code-server-install.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'out', 'integration');
const RUN_TIMEOUT_MS = 3 * 60_000;
const RESULT_MARKER = 'CERTTREE_INTEGRATION_RESULT';
/** What the Markdown preview probe logs (see markdownProbeExtension). */
const MARKDOWN_UPDATED = 'CERTTREE_MARKDOWN_UPDATED';
/** Log lines of a code-server with no internet that say nothing about the tests. */
const NOISE = [/ChatModelSelection/, /AgentHost/, /AccountPolicyGate/, /Creating a socket/, /connection token/, /reconnection-grace-time/, /ENOTFOUND/, /open-vsx/, /telemetry/i, /vsda/, /github/i, /Failed to load resource/, /\[Extension Host\] \(node:\d+\) /, /punycode/,
    // The workbench's own chatter: its start-up timings, service worker, shutdown, and the stack of an error in its chat feature.
    /^Creation of workbench contribution/, /^Updating additional builtin extensions cache/, /^\[Service Worker\]/, /^\[lifecycle\]/, /chatEditingSession/, /^\s+at .*\/static\/out\/vs\//];

const electron = process.argv.includes('--electron');
/** `--bench`: measure instead of test (test/bench/extension.bench.ts runs this); figures go to $CERTTREE_BENCH_RESULT. */
const bench = process.argv.includes('--bench');
/** `--only dev|reload|installed`: run one part of the code-server runs (while working on it). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const part = name => only === undefined || only === name;
const work = mkdtempSync(join(tmpdir(), 'certtree-integration-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

try {
    if (!existsSync(join(ROOT, 'dist', 'extension.cjs'))) throw new Error('dist/extension.cjs is missing; run `npm run build` first.');
    bundleSuite();
    const workspace = makeWorkspace();
    if (bench) {
        const codeServer = ensureCodeServer(message => console.log(message));
        // Compiled by the build, which runs before this script.
        const { awsRolesTree } = await import('../out/test/fixtures/diagram/generate-diagram-tree.js');
        const benchWorkspace = name => {
            const folder = makeWorkspace(name);
            writeFileSync(join(folder, 'bench-200-nodes.certtree'), awsRolesTree(200));
            // A Markdown document to compare with: VS Code's own preview of the project's README.
            cpSync(join(ROOT, 'README.md'), join(folder, 'bench.md'));
            cpSync(join(ROOT, 'docs'), join(folder, 'docs'), { recursive: true });
            // The figures are "after the debounce": measure with none.
            mkdirSync(join(folder, '.vscode'));
            writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'certtree.preview.debounceMs': 0 }));
            return folder;
        };
        // Two windows of one code-server, each with a workspace of its own (so neither restores the
        // other's editors): a minimal extension that activates on the same event as CertTree, then
        // CertTree itself, with a probe that reports when VS Code's Markdown preview has updated.
        // The run number alternates which window goes first, so neither always meets a cold server.
        const run = Number(process.env.CERTTREE_BENCH_RUN ?? 1);
        // code-server honours one extension under development per window: the probe is installed.
        const extensionsDir = join(work, 'bench', 'extensions');
        installVsix(codeServer, markdownProbeVsix(), extensionsDir);
        const baseline = { name: 'baseline', workspace: benchWorkspace('bench-baseline'), extensionDevelopmentPaths: [baselineExtension()], testsEntry: join(OUT, 'bench-baseline-index.cjs') };
        const certtree = { name: 'certtree', workspace: benchWorkspace('bench-certtree'), extensionDevelopmentPaths: [ROOT], testsEntry: join(OUT, 'bench-index.cjs') };
        const counts = await runInCodeServer(codeServer, { name: 'bench', extensionsDir, sessions: run % 2 === 1 ? [baseline, certtree] : [certtree, baseline] });
        if (counts.failed > 0) totals.failed += 1;
    } else if (electron) {
        add(await runInDesktopVsCode(workspace));
    } else {
        const codeServer = ensureCodeServer(message => console.log(message));
        if (part('dev')) {
            console.log('\n--- the extension under development, in code-server');
            add(await runInCodeServer(codeServer, { workspace, extensionDevelopmentPath: ROOT, testsEntry: join(OUT, 'index.cjs'), name: 'dev' }));
        }
        if (part('reload')) {
            console.log('\n--- the preview after a window reload, in code-server');
            add(await runInCodeServer(codeServer, {
                workspace: makeWorkspace('reload-workspace'),
                extensionDevelopmentPath: ROOT,
                testsEntry: [join(OUT, 'reload-before-index.cjs'), join(OUT, 'reload-after-index.cjs')],
                name: 'reload',
            }));
        }
        if (part('installed')) {
            console.log('\n--- the packaged .vsix, installed into a fresh code-server');
            const vsix = packageVsix();
            const extensionsDir = join(work, 'installed', 'extensions');
            installVsix(codeServer, vsix, extensionsDir);
            add(await runInCodeServer(codeServer, {
                workspace: makeWorkspace('installed-workspace'),
                extensionsDir,
                // VS Code runs a test suite only for an extension under development: give it an empty one.
                extensionDevelopmentPath: emptyExtension(),
                testsEntry: join(OUT, 'installed-index.cjs'),
                name: 'installed',
            }));
        }
    }
} catch (error) {
    console.error(`The integration tests could not run: ${error instanceof Error ? error.message : String(error)}`);
    totals.failed += 1;
} finally {
    rmSync(work, { recursive: true, force: true });
}

if (process.env.CERTTREE_TEST_SUMMARY && !bench) writeFileSync(process.env.CERTTREE_TEST_SUMMARY, JSON.stringify(totals));
console.log(`\nintegration: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);

function add(counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
}

/** Type-checks the suite and bundles each entry to CommonJS, the format the extension host loads. */
function bundleSuite() {
    const check = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'test', 'integration', 'tsconfig.json')], { stdio: 'inherit' });
    if (check.status !== 0) throw new Error('the integration suite does not type-check.');
    rmSync(OUT, { recursive: true, force: true });
    const suite = join(ROOT, 'test', 'integration', 'suite');
    const entryPoints = [
        join(ROOT, 'test', 'integration', 'index.ts'),
        join(ROOT, 'test', 'integration', 'installed-index.ts'),
        join(ROOT, 'test', 'integration', 'bench-index.ts'),
        join(ROOT, 'test', 'integration', 'bench-baseline-index.ts'),
        join(ROOT, 'test', 'integration', 'reload-before-index.ts'),
        join(ROOT, 'test', 'integration', 'reload-after-index.ts'),
        ...readdirSync(suite).filter(file => file.endsWith('.test.ts')).map(file => join(suite, file)),
    ];
    esbuild.buildSync({
        entryPoints,
        outdir: OUT,
        outbase: ROOT,
        entryNames: '[name]',
        outExtension: { '.js': '.cjs' },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        sourcemap: 'inline',
        external: ['vscode', 'mocha', 'mocha/*'],
        logLevel: 'warning',
    });
}

/** A fresh workspace folder holding copies of the examples, so tests may write into it. */
function makeWorkspace(name = 'workspace') {
    const folder = join(work, name);
    mkdirSync(folder, { recursive: true });
    for (const file of readdirSync(join(ROOT, 'examples')).filter(f => f.endsWith('.certtree'))) {
        cpSync(join(ROOT, 'examples', file), join(folder, file));
    }
    return folder;
}

/**
 * Writes a small extension the runner needs into `work`: its manifest (publisher certtree-tests,
 * version 0.0.0, for this VS Code) and its files. Returns the folder.
 */
function writeExtension(name, manifest, files = {}) {
    const folder = join(work, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, publisher: 'certtree-tests', version: '0.0.0', engines: { vscode: '^1.101.0' }, ...manifest }));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
    return folder;
}

/** An extension that contributes nothing, to host the suite that checks the installed .vsix. */
function emptyExtension() {
    return writeExtension('certtree-test-host', {});
}

/** For the activation baseline: an extension that does nothing but activate on CertTree's event. */
function baselineExtension() {
    return writeExtension('certtree-bench-baseline', {
        main: './extension.js',
        activationEvents: ['onLanguage:certtree'],
        // Without CertTree in this window, the file is only a `certtree` document if something says so.
        contributes: { languages: [{ id: 'certtree', extensions: ['.certtree'] }] },
    }, { 'extension.js': 'exports.activate = () => ({ activatedAt: Date.now() });\n' });
}

/**
 * For the keystroke baseline: a script in VS Code's Markdown preview that logs when the preview has
 * taken new content. The runner hears it on the page's console and appends its time to the file
 * named by CERTTREE_BENCH_MARKDOWN_LOG, which the benchmark in the extension host watches.
 */
function markdownProbeVsix() {
    const folder = writeExtension('certtree-bench-markdown-probe', { contributes: { 'markdown.previewScripts': ['./probe.js'] } }, {
        'probe.js': `window.addEventListener('vscode.markdown.updateContent', () => console.log('${MARKDOWN_UPDATED} ' + Date.now()));\nconsole.log('${MARKDOWN_UPDATED} ' + Date.now());\n`,
        LICENSE: 'MIT\n',
    });
    const vsix = join(work, 'markdown-probe.vsix');
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const result = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--no-dependencies', '-o', vsix], { cwd: folder, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Packaging the Markdown preview probe failed: ${result.stderr || result.stdout}`);
    return vsix;
}

function packageVsix() {
    const vsix = join(work, 'certtree.vsix');
    // The same command as `npm run package`, written to a temporary file.
    const result = spawnSync('npm', ['run', '--silent', 'package', '--', '-o', vsix], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0 || !existsSync(vsix)) throw new Error('`npm run package` failed.');
    return vsix;
}

function installVsix(codeServer, vsix, extensionsDir) {
    const home = join(extensionsDir, '..', 'install');
    const result = spawnSync(codeServer.node, [codeServer.entry, '--extensions-dir', extensionsDir, '--user-data-dir', join(home, 'user-data'), '--install-extension', vsix], {
        encoding: 'utf8',
        env: isolatedEnv(home),
    });
    process.stdout.write(result.stdout ?? '');
    if (result.status !== 0) throw new Error(`code-server --install-extension failed: ${result.stderr}`);
}

/** XDG folders under `folder`, so code-server neither reads nor writes the user's own settings. */
function isolatedEnv(folder, extra = {}) {
    const env = { ...process.env, ...extra };
    for (const [name, sub] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache']]) {
        env[name] = join(folder, sub);
        mkdirSync(env[name], { recursive: true });
    }
    return env;
}

function freePort() {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolvePort(port));
        });
    });
}

/**
 * Starts code-server, opens its workbench in headless Chromium with the test payload, and waits for
 * the suite to end. With several entries, each runs after the one before in the same window,
 * reloaded (the workbench restores what the previous one left open), and the counts add up.
 * `sessions` instead runs several windows one after another, each with its own workspace,
 * extensions under development and tests entry.
 */
async function runInCodeServer(codeServer, { workspace, extensionDevelopmentPath, extensionsDir, testsEntry, name, sessions }) {
    const entries = sessions ?? (Array.isArray(testsEntry) ? testsEntry : [testsEntry]).map(entry => ({
        testsEntry: entry,
        workspace,
        extensionDevelopmentPaths: extensionDevelopmentPath ? [extensionDevelopmentPath] : [],
    }));
    const { chromium } = await import('playwright-core');
    // Compiled by the build, which runs before this script.
    const { chromiumPath } = await import('../out/test/helpers/chromium-path.js');
    const folder = join(work, name);
    const resultFile = join(folder, 'result.json');
    const port = await freePort();
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'config.yaml'), 'auth: none\n');
    const args = [
        codeServer.entry,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        '--vscode-option', 'enable-smoke-test-driver',
        '--user-data-dir', join(folder, 'user-data'),
        '--extensions-dir', extensionsDir ?? join(folder, 'extensions'),
        '--config', join(folder, 'config.yaml'),
    ];
    // Before a reload, the suite waits for this file: the runner writes it once the workbench has saved its editors.
    const savedMarker = join(folder, 'workbench-saved');
    const server = spawn(codeServer.node, args, { env: isolatedEnv(folder, { CERTTREE_INTEGRATION_RESULT: resultFile, CERTTREE_WORKBENCH_SAVED: savedMarker }), stdio: ['ignore', 'pipe', 'pipe'] });
    const serverLog = [];
    const listening = new Promise((resolveListening, reject) => {
        const onData = chunk => {
            serverLog.push(chunk.toString());
            if (serverLog.join('').includes('HTTP server listening')) resolveListening();
        };
        server.stdout.on('data', onData);
        server.stderr.on('data', onData);
        server.once('exit', code => reject(new Error(`code-server exited (${code}) before it listened:\n${serverLog.join('')}`)));
    });
    let browser;
    let markerCounts;
    try {
        await withTimeout(listening, 60_000, 'code-server to start');
        const profile = join(folder, 'chromium');
        mkdirSync(join(profile, 'Default'), { recursive: true });
        // Webviews run in a service worker, which Chromium refuses when third-party cookies are blocked.
        writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
        browser = await chromium.launchPersistentContext(profile, {
            executablePath: chromiumPath(),
            args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
            viewport: { width: 1400, height: 900 },
        });
        const page = browser.pages()[0] ?? (await browser.newPage());
        let onExit = () => undefined;
        await page.exposeFunction('codeAutomationExit', code => onExit(code));
        const markdownLog = process.env.CERTTREE_BENCH_MARKDOWN_LOG;
        if (markdownLog) {
            // The Markdown preview probe logs from the preview's frame, which is not the workbench's.
            page.on('console', message => {
                const text = message.text();
                if (text.startsWith(MARKDOWN_UPDATED)) appendFileSync(markdownLog, `${text.slice(MARKDOWN_UPDATED.length).trim()}\n`);
            });
        }
        await page.exposeFunction('codeAutomationLog', (type, args) => {
            const text = format(...(Array.isArray(args) ? args : [args]));
            const marker = text.indexOf(RESULT_MARKER);
            if (marker >= 0) markerCounts = JSON.parse(text.slice(marker + RESULT_MARKER.length).trim().split('\n')[0]);
            if (!NOISE.some(pattern => pattern.test(text))) console.log(text);
        });
        const remote = path => `vscode-remote://127.0.0.1:${port}${path}`;
        const total = { passed: 0, failed: 0, skipped: 0 };
        for (const entry of entries) {
            rmSync(resultFile, { force: true });
            markerCounts = undefined;
            const exited = new Promise(resolveExit => (onExit = resolveExit));
            const payload = [
                ...entry.extensionDevelopmentPaths.map(path => ['extensionDevelopmentPath', remote(path)]),
                ['extensionTestsPath', remote(entry.testsEntry)],
                ['skipWelcome', 'true'],
            ];
            await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(entry.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
            // A next entry in the same workspace reloads the window. The workbench saves its editors a
            // few seconds after a change, and a save during the reload itself can be lost on a busy
            // machine; so while this entry runs, the runner watches the browser's storage and tells
            // the suite (through savedMarker) once the preview is saved, and the suite ends after that.
            rmSync(savedMarker, { force: true });
            if (entries[entries.indexOf(entry) + 1]?.workspace === entry.workspace) {
                void savedPreviewState(page, RUN_TIMEOUT_MS).then(saved => saved && writeFileSync(savedMarker, ''));
            }
            const code = await withTimeout(exited, RUN_TIMEOUT_MS, `the ${name} suite to finish`);
            const counts = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : markerCounts;
            if (!counts) {
                total.failed += 1;
                break;
            }
            total.passed += counts.passed;
            total.failed += counts.failed === 0 && code !== 0 ? 1 : counts.failed;
            total.skipped += counts.skipped ?? 0;
        }
        return total;
    } finally {
        await browser?.close().catch(() => undefined);
        server.kill('SIGTERM');
        await new Promise(resolveExit => (server.exitCode !== null ? resolveExit() : server.once('exit', resolveExit)));
    }
}

/**
 * Waits until the workbench has saved its editor layout, with the preview in it, in the browser's
 * storage, which a reload restores from; true once it has, false after `timeoutMs`.
 */
async function savedPreviewState(page, timeoutMs) {
    const saved = () => page.evaluate(async () => {
        const database = (await indexedDB.databases()).map(db => db.name).find(name => /^vscode-web-state-db-(?!global)/.test(name ?? ''));
        if (!database) return false;
        const db = await new Promise((resolve, reject) => {
            const request = indexedDB.open(database);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
        });
        try {
            const value = await new Promise(resolve => {
                const request = db.transaction('ItemTable').objectStore('ItemTable').get('memento/workbench.parts.editor');
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => resolve(undefined);
            });
            if (typeof value !== 'string') return false;
            const found = [];
            JSON.stringify(JSON.parse(value), (key, item) => {
                if (key === 'value' && typeof item === 'string' && item.includes('certtree.preview')) found.push(JSON.parse(item));
                return item;
            });
            return found.length > 0;
        } finally {
            db.close();
        }
    }).catch(() => false);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (await saved()) return true;
        await new Promise(resolveWait => setTimeout(resolveWait, 250));
    }
    return false;
}

/** The same suite in desktop VS Code, downloaded by @vscode/test-electron (needs internet). */
async function runInDesktopVsCode(workspace) {
    const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
    const resultFile = join(work, 'electron-result.json');
    let vscodeExecutablePath;
    try {
        vscodeExecutablePath = await downloadAndUnzipVSCode();
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up/i.test(reason);
        throw new Error(
            `\`npm run test:electron\` runs the suite in desktop VS Code, which it downloads first, and the download failed` +
                (offline ? ' because this machine cannot reach it' : '') + ` (${reason.split('\n')[0]}). ` +
                'Without that download, `npm test` runs the same suite in real VS Code through code-server, installed from the npm registry.',
        );
    }
    try {
        await runTests({
            vscodeExecutablePath,
            extensionDevelopmentPath: ROOT,
            extensionTestsPath: join(OUT, 'index.cjs'),
            launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
            extensionTestsEnv: { CERTTREE_INTEGRATION_RESULT: resultFile },
        });
    } catch (error) {
        console.error(String(error));
    }
    return existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { passed: 0, failed: 1 };
}

function withTimeout(promise, ms, what) {
    let timer;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}`)), ms);
        }),
    ]);
}

