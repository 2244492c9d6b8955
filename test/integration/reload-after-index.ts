// Second half of the reload check, in the reloaded window: the preview must be back on its document.
import { runSuite } from './run-suite.js';

export function run(): Promise<void> {
    return runSuite(__dirname, 'reload-after-');
}
