// Loads the real preview bundle (dist/webview) in headless Chromium, in the HTML the extension
// builds (same function, same CSP and nonce). VS Code's webview host cannot run here, so a stub
// of `acquireVsCodeApi` stands in for it: it records what the page posts and keeps its state.
// One more stand-in, for timing: the real layout worker is served with a guard in front of it that
// holds any layout whose DOT contains HELD_LAYOUT until the worker is ended, so tests of
// cancelling and timing out a layout do not depend on how fast this machine runs Graphviz.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { buildPreviewHtml } from '../../src/extension/preview-html.js';
import { chromiumPath } from '../helpers/chromium-path.js';
import type { FromWebviewMessage, PreviewTheme, PreviewWebviewState, ToWebviewMessage } from '../../src/shared/preview-messages.js';

/** Where VS Code serves an extension's files from, the `cspSource` it gives webviews, and a stand-in origin for the page itself. */
export const RESOURCE_ORIGIN = 'https://file+.vscode-resource.vscode-cdn.net';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const PAGE_URL = 'https://webview.certtree.test/index.html';
const ROOT = process.cwd();

export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];

/** A DOT comment that makes the served layout worker hold that layout forever (see above). */
export const HELD_LAYOUT = 'certtree-test:held-layout';

/** Runs in the worker before the real bundle: layouts of DOT marked HELD_LAYOUT never reach Graphviz. */
const HOLD_GUARD = `(() => {
    const marker = ${JSON.stringify(HELD_LAYOUT)};
    let handler = null;
    Object.defineProperty(self, 'onmessage', {
        configurable: true,
        get: () => handler,
        set: value => { handler = value; },
    });
    self.addEventListener('message', event => {
        const job = event.data;
        if (job && typeof job.dot === 'string' && job.dot.includes(marker)) return;
        if (handler) handler.call(self, event);
    });
})();
`;

export function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * The colours VS Code puts on a webview's root element for each kind of theme (a few of them):
 * the default themes' values (Light Modern, Dark Modern, High Contrast, High Contrast Light). A
 * colour a theme leaves undefined is absent here too, as it is from the real page: High Contrast
 * defines no button background and no secondary button background.
 */
export const THEME_COLOURS: Record<PreviewTheme, { bodyClass: string; variables: Record<string, string> }> = {
    light: {
        bodyClass: 'vscode-light',
        variables: {
            '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#3b3b3b',
            '--vscode-button-background': '#005fb8', '--vscode-button-foreground': '#ffffff',
            '--vscode-button-secondaryBackground': '#e5e5e5', '--vscode-button-secondaryForeground': '#3b3b3b',
        },
    },
    dark: {
        bodyClass: 'vscode-dark',
        variables: {
            '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc',
            '--vscode-button-background': '#0078d4', '--vscode-button-foreground': '#ffffff',
            '--vscode-button-secondaryBackground': '#313131', '--vscode-button-secondaryForeground': '#cccccc',
        },
    },
    'high-contrast': {
        bodyClass: 'vscode-high-contrast',
        variables: {
            '--vscode-editor-background': '#000000', '--vscode-editor-foreground': '#ffffff', '--vscode-contrastBorder': '#6fc3df',
            '--vscode-contrastActiveBorder': '#f38518', '--vscode-button-foreground': '#ffffff', '--vscode-button-secondaryForeground': '#ffffff',
            '--vscode-button-border': '#6fc3df',
        },
    },
    'high-contrast-light': {
        bodyClass: 'vscode-high-contrast-light',
        variables: {
            '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#292929', '--vscode-contrastBorder': '#0f4a85',
            '--vscode-contrastActiveBorder': '#006bbd', '--vscode-button-background': '#0f4a85', '--vscode-button-foreground': '#ffffff',
            '--vscode-button-secondaryBackground': '#ffffff', '--vscode-button-secondaryForeground': '#292929', '--vscode-button-border': '#0f4a85',
        },
    },
};

export interface PreviewPage {
    page: Page;
    /** Console errors and `securitypolicyviolation` events seen so far. */
    cspViolations: string[];
    consoleErrors: string[];
    /** How many layout workers the page has started. */
    workers: { started: number };
    /** Everything the page posted to the (stub) extension, in order. */
    posted(): Promise<FromWebviewMessage[]>;
    /** Waits until the page has posted a message matching `predicate`, and returns it. */
    waitForPosted<T extends FromWebviewMessage>(predicate: (message: FromWebviewMessage) => message is T, timeoutMs?: number): Promise<T>;
    /** What the page saved with setState (VS Code restores the preview from it after a reload). */
    state(): Promise<PreviewWebviewState | undefined>;
    /** Delivers a message from the (stub) extension, as VS Code's postMessage does. */
    send(message: ToWebviewMessage): Promise<void>;
    /** Switches the theme the way VS Code does: body class and CSS variables. */
    setTheme(theme: PreviewTheme): Promise<void>;
    close(): Promise<void>;
}

export async function openPreviewPage(
    browser: Browser,
    options: { theme?: PreviewTheme; viewport?: { width: number; height: number }; state?: PreviewWebviewState; layoutTimeoutMs?: number } = {},
): Promise<PreviewPage> {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 900, height: 600 } });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    const consoleErrors: string[] = [];
    page.on('console', message => {
        if (message.type() !== 'error') return;
        consoleErrors.push(message.text());
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', error => consoleErrors.push(String(error)));
    const workers = { started: 0 };
    page.on('worker', () => (workers.started += 1));
    await page.exposeFunction('__certtreeCspViolation', (text: string) => cspViolations.push(text));
    const received: FromWebviewMessage[] = [];
    const waiters = new Set<() => void>();
    await page.exposeFunction('__certtreePost', (message: FromWebviewMessage) => {
        received.push(message);
        for (const wake of waiters) wake();
    });

    const html = buildPreviewHtml({
        cspSource: CSP_SOURCE,
        scriptUri: `${RESOURCE_ORIGIN}${ROOT}/dist/webview/preview.js`,
        workerUri: `${RESOURCE_ORIGIN}${ROOT}/dist/webview/render-worker.js`,
        styleUri: `${RESOURCE_ORIGIN}${ROOT}/media/preview.css`,
        layoutTimeoutMs: options.layoutTimeoutMs,
    });
    // Nothing leaves the machine: the handlers below (registered later, so asked first) serve the page and its files.
    await page.route('**/*', route => route.abort());
    await page.route(PAGE_URL, route => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.route(`${RESOURCE_ORIGIN}/**`, route => {
        const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname));
        const allowed = [join(ROOT, 'dist', 'webview'), join(ROOT, 'media')].some(root => path.startsWith(root + '/'));
        if (!allowed) return route.fulfill({ status: 404, body: 'outside localResourceRoots' });
        const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
        // VS Code's resource loader answers webview fetches with this CORS header too.
        const body = path === join(ROOT, 'dist', 'webview', 'render-worker.js') ? HOLD_GUARD + readFileSync(path, 'utf8') : readFileSync(path);
        return route.fulfill({ status: 200, contentType: types[extname(path)] ?? 'application/octet-stream', headers: { 'Access-Control-Allow-Origin': '*' }, body });
    });

    const theme = THEME_COLOURS[options.theme ?? 'light'];
    await page.addInitScript(({ bodyClass, variables, initialState }) => {
        const host = window as unknown as Record<string, unknown>;
        // VS Code keeps this across reloads of the webview and hands it to the serializer.
        let state: unknown = initialState;
        host.__certtreeState = () => state;
        host.acquireVsCodeApi = () => ({
            postMessage: (message: unknown) => void (host.__certtreePost as (message: unknown) => Promise<void>)(message),
            getState: () => state,
            setState: (value: unknown) => {
                state = value;
            },
        });
        document.addEventListener('securitypolicyviolation', event => {
            (host.__certtreeCspViolation as (text: string) => void)(`${event.violatedDirective} blocked ${event.blockedURI}`);
        });
        // VS Code sets the theme's colours on <html> and its class on <body> as soon as they exist,
        // before the page's script runs.
        let coloured = false;
        new MutationObserver((_, observer) => {
            if (!coloured && document.documentElement) {
                for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
                coloured = true;
            }
            if (!document.body) return;
            document.body.classList.add(bodyClass);
            observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
    }, { ...theme, initialState: options.state });

    await page.goto(PAGE_URL);

    return {
        page,
        cspViolations,
        consoleErrors,
        workers,
        posted: async () => received.slice(),
        state: () => page.evaluate(() => (window as unknown as { __certtreeState: () => PreviewWebviewState | undefined }).__certtreeState()),
        waitForPosted(predicate, timeoutMs = 20_000) {
            return new Promise((resolve, reject) => {
                const check = () => {
                    const found = received.find(predicate);
                    if (!found) return;
                    waiters.delete(check);
                    clearTimeout(timer);
                    resolve(found);
                };
                const timer = setTimeout(() => {
                    waiters.delete(check);
                    reject(new Error(`The preview did not post the expected message within ${timeoutMs} ms; it posted: ${JSON.stringify(received).slice(0, 2000)}`));
                }, timeoutMs);
                waiters.add(check);
                check();
            });
        },
        async send(message) {
            await page.evaluate(data => window.postMessage(data, '*'), message);
        },
        async setTheme(next) {
            const { bodyClass, variables } = THEME_COLOURS[next];
            await page.evaluate(
                ({ bodyClass: cls, variables: vars, all }) => {
                    for (const name of all) document.body.classList.remove(name);
                    document.body.classList.add(cls);
                    // VS Code replaces the whole set: a colour the new theme leaves undefined is gone.
                    document.documentElement.removeAttribute('style');
                    for (const [name, value] of Object.entries(vars)) document.documentElement.style.setProperty(name, value);
                },
                { bodyClass, variables, all: Object.values(THEME_COLOURS).map(t => t.bodyClass) },
            );
        },
        close: () => context.close(),
    };
}
