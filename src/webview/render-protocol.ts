// Messages between the preview page and its layout worker (Graphviz runs in the worker).

export interface RenderJob {
    id: number;
    dot: string;
    /** Sizes of the images the DOT names, which Graphviz needs for layout. */
    images: Array<{ name: string; width: number; height: number }>;
}

export type RenderReply =
    /** Graphviz is compiled and the worker takes jobs (or it could not start). */
    | { kind: 'started'; error?: string }
    | { kind: 'result'; id: number; ok: true; svg: string; layoutMs: number }
    | { kind: 'result'; id: number; ok: false; errors: string[] };
