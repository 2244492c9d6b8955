// Messages between the preview page and its layout worker (Graphviz runs in the worker).

export interface RenderJob {
    id: number;
    dot: string;
    /** Sizes of the images the DOT names, which Graphviz needs for layout. */
    images: Array<{ name: string; width: number; height: number }>;
}

export type RenderReply =
    | { id: number; ok: true; svg: string; layoutMs: number }
    | { id: number; ok: false; errors: string[] };
