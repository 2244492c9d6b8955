// Renders DOT to SVG with Graphviz (viz.js) in a worker thread: errors come back as messages, never as exceptions.
import type { ImageSize, RenderError } from '@viz-js/viz';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DIAGRAM_FAILED_MESSAGE, LAYOUT_TIME_LIMIT_MS, layoutStoppedMessage } from '../shared/diagram-rendering.js';
import type { WorkerRequest, WorkerResponse } from './render-worker.js';

export type RenderOutcome =
    | { kind: 'svg'; svg: string }
    /** `message` is a sentence for the user; `detail` holds what Graphviz said, for a bug report. */
    | { kind: 'failed'; message: string; detail?: string };

export interface RenderOptions {
    /** Sizes of the images the DOT names (icons), so Graphviz can lay them out without reading files. */
    images?: ImageSize[];
    /** Milliseconds before the render is stopped; default LAYOUT_TIME_LIMIT_MS. */
    timeoutMs?: number;
}


/** A render waiting for its turn or running; its time limit counts from the moment it runs. */
interface Job {
    id: number;
    dot: string;
    images: ImageSize[];
    timeoutMs: number;
    resolve: (outcome: RenderOutcome) => void;
}

/**
 * One Graphviz instance in one worker thread, started on the first render. Renders run one at a
 * time, in the order they were asked; each one's time limit starts when it starts, so a render
 * never times out for waiting behind others. A render that runs past its limit terminates the
 * worker (Graphviz cannot be interrupted otherwise) and fails alone: the renders waiting behind it
 * run in a fresh worker.
 */
export class SvgRenderer {
    private worker: Worker | undefined;
    private readonly queue: Job[] = [];
    private running: { job: Job; timer: NodeJS.Timeout } | undefined;
    private nextId = 1;

    constructor(private readonly workerScript = defaultWorkerScript()) {}

    /** Starts the worker and Graphviz in the background, so they are ready by the first render. */
    warmUp(): void {
        this.ensureWorker();
    }

    /** Starts the worker and Graphviz now rather than on the first render; resolves when ready. */
    async start(): Promise<void> {
        const outcome = await this.render('digraph{}');
        if (outcome.kind === 'failed') throw new Error(outcome.message);
    }

    render(dot: string, options: RenderOptions = {}): Promise<RenderOutcome> {
        return new Promise(resolve => {
            this.queue.push({ id: this.nextId++, dot, images: options.images ?? [], timeoutMs: options.timeoutMs ?? LAYOUT_TIME_LIMIT_MS, resolve });
            this.runNext();        });
    }

    /** The worker's used JavaScript heap in bytes (0 when no worker runs), for benchmarks. */
    async workerHeapUsed(): Promise<number> {
        const worker = this.worker;
        if (!worker) return 0;
        worker.ref();
        try {
            return (await worker.getHeapStatistics()).used_heap_size;
        } finally {
            if (!this.busy()) worker.unref();
        }
    }

    /** Stops the worker; renders still waiting are answered with a message. */
    async dispose(): Promise<void> {
        const message = 'The renderer was shut down before the diagram was drawn.';
        for (const job of this.queue.splice(0)) job.resolve({ kind: 'failed', message });
        this.finishRunning({ kind: 'failed', message });
        const worker = this.worker;
        this.worker = undefined;
        await worker?.terminate();
    }

    private busy(): boolean {
        return this.running !== undefined || this.queue.length > 0;
    }

    /** Hands the next waiting render to the worker, when none is running. */
    private runNext(): void {
        if (this.running || this.queue.length === 0) return;
        const job = this.queue.shift()!;
        const worker = this.ensureWorker();
        const timer = setTimeout(() => {
            this.stopWorker(worker, layoutStoppedMessage(job.timeoutMs));
        }, job.timeoutMs);
        this.running = { job, timer };
        // While a render is running, the worker keeps the process alive; idle, it does not.
        worker.ref();
        worker.postMessage({ id: job.id, dot: job.dot, images: job.images } satisfies WorkerRequest);
    }

    /** Answers the running render, if any, and lets the next one run. */
    private finishRunning(outcome: RenderOutcome): void {
        const running = this.running;
        if (!running) return;
        this.running = undefined;
        clearTimeout(running.timer);
        running.job.resolve(outcome);
    }

    private ensureWorker(): Worker {
        if (this.worker) return this.worker;
        const worker = new Worker(this.workerScript);
        worker.on('message', (response: WorkerResponse) => {
            if (this.worker !== worker || this.running?.job.id !== response.id) return;
            this.finishRunning(toOutcome(response.result));
            if (!this.busy()) worker.unref();
            this.runNext();
        });
        worker.on('error', error => this.stopWorker(worker, `The diagram renderer stopped unexpectedly (${error.message}); try again.`));
        worker.on('exit', () => { if (this.worker === worker) this.stopWorker(worker, 'The diagram renderer stopped unexpectedly; try again.'); });
        // An idle renderer must not keep the process alive (after the listeners: adding them refs it again).
        worker.unref();
        this.worker = worker;
        return worker;
    }

    /** Ends a worker that timed out or broke: its running render fails with `message`; the others run in a new worker. */
    private stopWorker(worker: Worker, message: string): void {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.finishRunning({ kind: 'failed', message });
        void worker.terminate();
        this.runNext();
    }
}

/** Graphviz may answer `success` and still report errors (e.g. a malformed HTML label): both count. */
function toOutcome(result: WorkerResponse['result']): RenderOutcome {
    if (result.status === 'crashed') {
        return { kind: 'failed', message: 'Graphviz failed while drawing the diagram; this is a bug in CertTree, please report it with the document.', detail: result.message };
    }
    const errors = result.errors.filter((e: RenderError) => e.level !== 'warning');
    if (result.status === 'success' && errors.length === 0) return { kind: 'svg', svg: result.output };
    return {
        kind: 'failed',
        message: DIAGRAM_FAILED_MESSAGE,
        detail: (errors.length > 0 ? errors : result.errors).map(e => e.message).join('\n'),
    };
}


/**
 * The bundles (CommonJS files in dist/) ship the worker as dist/render-worker.cjs. Code run from
 * compiled ES modules (tests, benchmarks) passes the compiled render-worker.js to the constructor.
 */
function defaultWorkerScript(): string {
    return typeof __dirname === 'string' ? join(__dirname, 'render-worker.cjs') : 'render-worker.js';
}

let shared: SvgRenderer | undefined;

/** The process's renderer, created on first use. */
export function sharedRenderer(): SvgRenderer {
    shared ??= new SvgRenderer();
    return shared;
}
