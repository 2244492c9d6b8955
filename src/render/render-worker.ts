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

let viz: Promise<Viz> | undefined;

parentPort?.on('message', (request: WorkerRequest) => {
    viz ??= instance();
    viz.then(
        v => v.render(request.dot, { format: 'svg', engine: 'dot', images: request.images }),
    ).then(
        result => parentPort!.postMessage({ id: request.id, result } satisfies WorkerResponse),
        (error: unknown) => parentPort!.postMessage({ id: request.id, result: { status: 'crashed', message: String((error as Error)?.message ?? error) } } satisfies WorkerResponse),
    );
});
