// The layout worker: runs Graphviz (viz.js, WebAssembly) off the page's main thread.
// The page ends this worker to cancel a render, since a WebAssembly call cannot be interrupted.
import { instance } from '@viz-js/viz';
import type { RenderJob, RenderReply } from './render-protocol.js';

/** The worker's global scope, typed as far as this file uses it (the DOM lib has no worker types). */
const scope = self as unknown as {
    onmessage: ((event: MessageEvent<RenderJob>) => void) | null;
    postMessage(reply: RenderReply): void;
};

// Start compiling Graphviz at once, so the first diagram does not wait for it.
const vizReady = instance();
vizReady.then(
    () => scope.postMessage({ kind: 'started' }),
    error => scope.postMessage({ kind: 'started', error: `Graphviz could not start: ${String(error)}` }),
);

scope.onmessage = event => {
    const job = event.data;
    void vizReady.then(viz => {
        const started = performance.now();
        try {
            const result = viz.render(job.dot, { format: 'svg', images: job.images });
            if (result.status === 'success') {
                scope.postMessage({ kind: 'result', id: job.id, ok: true, svg: result.output, layoutMs: performance.now() - started });
            } else {
                scope.postMessage({ kind: 'result', id: job.id, ok: false, errors: result.errors.map(e => e.message) });
            }
        } catch (error) {
            scope.postMessage({ kind: 'result', id: job.id, ok: false, errors: [String(error)] });
        }
    });
};
