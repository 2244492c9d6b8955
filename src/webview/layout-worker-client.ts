// Runs one layout at a time in a Web Worker; a newer request or a runaway layout ends the worker.
import type { RenderJob, RenderReply } from './render-protocol.js';

export type LayoutOutcome =
    | { kind: 'svg'; svg: string; layoutMs: number }
    | { kind: 'failed'; errors: string[] }
    /** A newer layout was asked for before this one finished. */
    | { kind: 'superseded' }
    /** The layout ran longer than the time limit and was stopped. */
    | { kind: 'timeout' };

interface PendingLayout {
    id: number;
    settle: (outcome: LayoutOutcome) => void;
    timer: ReturnType<typeof setTimeout>;
}

export class LayoutWorkerClient {
    private worker: Worker | undefined;
    private pending: PendingLayout | undefined;
    private nextId = 1;
    /** The worker bundle as a blob: URL; fetched once and reused for every new worker. */
    private scriptUrl: Promise<string> | undefined;

    constructor(
        private readonly workerSourceUri: string,
        private readonly timeoutMs: number,
    ) {}

    /** Starts the worker early, so Graphviz is compiled by the time the first diagram arrives. */
    warmUp(): void {
        this.ensureWorker().catch(() => {
            // Reported by the next layout, which tries again.
            this.scriptUrl = undefined;
        });
    }

    /** Lays out `dot`. A layout still running is cancelled and settles as `superseded`. */
    async layout(dot: string, images: RenderJob['images'] = []): Promise<LayoutOutcome> {
        if (this.pending) this.cancelPending({ kind: 'superseded' });
        const id = this.nextId++;
        const outcome = new Promise<LayoutOutcome>(settle => {
            const timer = setTimeout(() => this.cancelPending({ kind: 'timeout' }), this.timeoutMs);
            this.pending = { id, settle, timer };
        });
        try {
            const worker = await this.ensureWorker();
            // A newer layout may have started while the worker was being created.
            if (this.pending?.id === id) worker.postMessage({ id, dot, images } satisfies RenderJob);
        } catch (error) {
            this.scriptUrl = undefined;
            const pending = this.pending;
            if (pending?.id === id) {
                this.pending = undefined;
                clearTimeout(pending.timer);
                pending.settle({ kind: 'failed', errors: [String(error)] });
            }
        }
        return outcome;
    }

    dispose(): void {
        if (this.pending) this.cancelPending({ kind: 'superseded' });
        this.worker?.terminate();
        this.worker = undefined;
    }

    /** Ends the worker (the only way to stop a WebAssembly call) and settles the pending layout. */
    private cancelPending(outcome: LayoutOutcome): void {
        const pending = this.pending;
        if (!pending) return;
        this.pending = undefined;
        clearTimeout(pending.timer);
        this.worker?.terminate();
        this.worker = undefined;
        pending.settle(outcome);
        // Have a fresh worker compiling Graphviz while the user keeps typing.
        this.warmUp();
    }

    private async ensureWorker(): Promise<Worker> {
        if (this.worker) return this.worker;
        this.scriptUrl ??= fetchWorkerScript(this.workerSourceUri);
        const url = await this.scriptUrl;
        if (this.worker) return this.worker;
        const worker = new Worker(url, { name: 'certtree-layout' });
        worker.onmessage = (event: MessageEvent<RenderReply>) => this.onReply(worker, event.data);
        worker.onerror = event => {
            event.preventDefault();
            if (this.worker === worker && this.pending) {
                this.cancelPending({ kind: 'failed', errors: [event.message || 'The layout worker stopped.'] });
            }
        };
        this.worker = worker;
        return worker;
    }

    private onReply(worker: Worker, reply: RenderReply): void {
        const pending = this.pending;
        if (worker !== this.worker || !pending || pending.id !== reply.id) return;
        this.pending = undefined;
        clearTimeout(pending.timer);
        pending.settle(reply.ok ? { kind: 'svg', svg: reply.svg, layoutMs: reply.layoutMs } : { kind: 'failed', errors: reply.errors });
    }
}

/** A worker must come from the page's own origin; the extension's files do not, so wrap the bundle in a blob. */
async function fetchWorkerScript(uri: string): Promise<string> {
    const response = await fetch(uri);
    if (!response.ok) throw new Error(`The layout worker could not be loaded (${response.status}).`);
    const source = await response.blob();
    return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
