// Entry the extension host loads to check the packaged .vsix, installed like a user would install it.
import { runSuite } from './run-suite.js';

export function run(): Promise<void> {
    return runSuite(__dirname, 'installed-');
}
