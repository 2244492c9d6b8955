// The colour names the validator accepts are exactly ones the shipped Graphviz draws without a warning.
import assert from 'node:assert/strict';
import { instance } from '@viz-js/viz';
import { COLOR_NAMES, readColor } from '../../src/language/style-colors.js';

/** Graphviz's warnings when it draws one edge per colour, as the DOT writer writes a styled edge. */
async function graphvizWarnings(colors: string[]): Promise<string[]> {
    const viz = await instance();
    const dot = colors.map((color, i) => `  n${i} -> m${i} [color="${color}"];`).join('\n');
    const result = viz.render(`digraph {\n${dot}\n}`, { format: 'svg' });
    return result.errors.map(error => error.message);
}

describe('style colours in Graphviz', () => {
    it('draws every known colour name, and warns about an unknown one', async () => {
        const names = [...COLOR_NAMES];
        assert.ok(names.length > 600, `only ${names.length} names`);
        assert.ok(names.every(name => readColor(name).kind === 'color'));
        assert.deepEqual(await graphvizWarnings(names), []);
        assert.ok((await graphvizWarnings(['notacolour'])).some(message => message.includes('notacolour')));
    });
});
