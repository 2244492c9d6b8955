// Bundles the extension, the language server, the CLI (Node) and the preview (browser).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
    bundle: true,
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    loader: { '.certtree': 'text' },
    define: { CERTTREE_VERSION: JSON.stringify(version) },
};

const node = {
    ...common,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    external: ['vscode'],
    entryPoints: {
        extension: 'src/extension/extension.ts',
        server: 'src/language/main.ts',
        cli: 'src/cli/main.ts',
        // Graphviz runs in this worker thread, so a render that runs too long can be stopped.
        'render-worker': 'src/render/render-worker.ts',
    },
};

const browser = {
    ...common,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    outdir: 'dist/webview',
    entryPoints: {
        preview: 'src/webview/preview.ts',
        'render-worker': 'src/webview/render-worker.ts',
    },
};

const builds = [node, browser];
if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
