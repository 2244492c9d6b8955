// Runs one layout at a time in a Web Worker; a newer request or a runaway layout ends the worker.
import type { RenderJob, RenderReply } from './render-protocol.js';

export type LayoutOutcome =
    | { kind: 'svg'; svg: string; layoutMs: number }
    | { kind: 'failed'; errors: string[] }
    /** A newer layout was asked for before this one finished. */
    | { kind: 'superseded' }
    /** The layout ran longer than the time limit and was stopped. */
    | { kind: 'timeout' };

type LayoutResult = Extract<RenderReply, { kind: 'result' }>;

interface PendingLayout {
    id: number;
    settle: (outcome: LayoutOutcome) => void;
    timer?: ReturnType<typeof setTimeout>;
}

/** One worker: `started` settles once it has Graphviz compiled (or could not). */
class LayoutWorker {
    readonly started: Promise<void>;
    private worker: Worker | undefined;
    private ended = false;

    constructor(scriptUrl: Promise<string>, onResult: (result: LayoutResult) => void, onCrash: (message: string) => void) {
        this.started = scriptUrl.then(url => {
            if (this.ended) throw new Error('The layout worker was stopped before it started.');
            const worker = new Worker(url, { name: 'certtree-layout' });
            this.worker = worker;
            return new Promise<void>((resolve, reject) => {
                worker.onmessage = (event: MessageEvent<RenderReply>) => {
                    const reply = event.data;
                    if (reply.kind === 'result') onResult(reply);
                    else if (reply.error) reject(new Error(reply.error));
                    else resolve();
                };
                worker.onerror = event => {
                    event.preventDefault();
                    const message = event.message || 'The layout worker stopped.';
                    reject(new Error(message));
                    onCrash(message);
                };
            });
        });
    }

    post(job: RenderJob): void {
        this.worker?.postMessage(job);
    }

    terminate(): void {
        this.ended = true;
        this.worker?.terminate();
    }
}

export class LayoutWorkerClient {
    private current: LayoutWorker | undefined;
    private pending: PendingLayout | undefined;
    private nextId = 1;
    /** The worker bundle as a blob: URL; fetched once and reused for every new worker. */
    private scriptUrl: Promise<string> | undefined;

    constructor(
        private readonly workerSourceUri: string,
        private readonly timeoutMs: number,
    ) {}

    /** Starts a worker early, so Graphviz is compiled by the time the first diagram arrives. */
    warmUp(): void {
        this.ensureWorker().started.catch(() => {
            // Reported by the next layout, which tries again.
        });
    }

    /** Lays out `dot`. A layout still running is cancelled and settles as `superseded`. */
    async layout(dot: string, images: RenderJob['images'] = []): Promise<LayoutOutcome> {
        if (this.pending) this.cancelPending({ kind: 'superseded' });
        const id = this.nextId++;
        const outcome = new Promise<LayoutOutcome>(settle => {
            this.pending = { id, settle };
        });
        const worker = this.ensureWorker();
        try {
            await worker.started;
        } catch (error) {
            if (this.current === worker) this.current = undefined;
            this.finish(id, { kind: 'failed', errors: [error instanceof Error ? error.message : String(error)] });
            return outcome;
        }
        // A newer layout may have started while Graphviz was compiling.
        const pending = this.pending;
        if (pending?.id !== id || this.current !== worker) return outcome;
        // The time limit counts the layout only, not the start of a fresh worker.
        pending.timer = setTimeout(() => this.cancelPending({ kind: 'timeout' }), this.timeoutMs);
        worker.post({ id, dot, images });
        return outcome;
    }

    dispose(): void {
        if (this.pending) this.cancelPending({ kind: 'superseded' });
        this.current?.terminate();
        this.current = undefined;
    }

    /** Ends the worker (the only way to stop a WebAssembly call) and settles the pending layout. */
    private cancelPending(outcome: LayoutOutcome): void {
        const pending = this.pending;
        if (!pending) return;
        this.current?.terminate();
        this.current = undefined;
        this.finish(pending.id, outcome);
        // Have a fresh worker compiling Graphviz while the user keeps typing.
        this.warmUp();
    }

    private finish(id: number, outcome: LayoutOutcome): void {
        const pending = this.pending;
        if (pending?.id !== id) return;
        this.pending = undefined;
        clearTimeout(pending.timer);
        pending.settle(outcome);
    }

    private ensureWorker(): LayoutWorker {
        if (this.current) return this.current;
        this.scriptUrl ??= fetchWorkerScript(this.workerSourceUri).catch(error => {
            // Try the fetch again next time.
            this.scriptUrl = undefined;
            throw error;
        });
        const worker: LayoutWorker = new LayoutWorker(
            this.scriptUrl,
            result => {
                if (this.current !== worker) return;
                this.finish(result.id, result.ok ? { kind: 'svg', svg: result.svg, layoutMs: result.layoutMs } : { kind: 'failed', errors: result.errors });
            },
            message => {
                if (this.current === worker && this.pending) this.cancelPending({ kind: 'failed', errors: [message] });
            },
        );
        this.current = worker;
        return worker;
    }
}

/** A worker must come from the page's own origin; the extension's files do not, so wrap the bundle in a blob. */
async function fetchWorkerScript(uri: string): Promise<string> {
    const response = await fetch(uri);
    if (!response.ok) throw new Error(`The layout worker could not be loaded (${response.status}).`);
    const source = await response.blob();
    return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
