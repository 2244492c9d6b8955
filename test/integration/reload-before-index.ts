// First half of the reload check: leaves a preview open; the runner then reloads the window.
import { runSuite } from './run-suite.js';

export function run(): Promise<void> {
    return runSuite(__dirname, 'reload-before-');
}
