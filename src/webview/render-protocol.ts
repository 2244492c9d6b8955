// Messages between the preview page and its layout worker (Graphviz runs in the worker).

export interface RenderJob {
    id: number;
    dot: string;
}

export type RenderReply =
    | { id: number; ok: true; svg: string; layoutMs: number }
    | { id: number; ok: false; errors: string[] };
