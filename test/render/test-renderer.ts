// A renderer for tests and benchmarks run from compiled sources: its worker is the compiled render-worker.js.
import { fileURLToPath } from 'node:url';
import { SvgRenderer } from '../../src/render/svg-renderer.js';

export const COMPILED_WORKER = fileURLToPath(new URL('../../src/render/render-worker.js', import.meta.url));

export function testRenderer(): SvgRenderer {
    return new SvgRenderer(COMPILED_WORKER);
}
