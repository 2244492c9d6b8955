// The render worker: runs Graphviz (viz.js) off the main thread, so a render that runs too long can be stopped.
import { instance, type ImageSize, type RenderResult, type Viz } from '@viz-js/viz';
import { parentPort } from 'node:worker_threads';

export interface WorkerRequest {
    id: number;
    dot: string;
    images: ImageSize[];
}

export interface WorkerResponse {
    id: number;
    result: RenderResult | { status: 'crashed'; message: string };
}

/**
 * Graphviz starts as soon as the worker does, and lays out one small graph with a cluster and an
 * HTML label: WebAssembly code is compiled lazily, and this way the first real diagram does not
 * pay for it (the CLI starts the worker while it is still reading the document).
 */
const viz: Promise<Viz> = instance().then(v => {
    v.render('digraph { subgraph cluster_a { label=<<B>a</B>>; a [shape=box, style="rounded,filled", label=<<TABLE><TR><TD>a</TD></TR></TABLE>>] } a -> b [style=dashed] }', { format: 'svg' });
    return v;
});

parentPort?.on('message', (request: WorkerRequest) => {
    viz.then(
        v => v.render(request.dot, { format: 'svg', engine: 'dot', images: request.images }),
    ).then(
        result => parentPort!.postMessage({ id: request.id, result } satisfies WorkerResponse),
        (error: unknown) => parentPort!.postMessage({ id: request.id, result: { status: 'crashed', message: String((error as Error)?.message ?? error) } } satisfies WorkerResponse),
    );
});
