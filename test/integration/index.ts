// Entry the extension host loads (`extensionTestsPath`): the suite against the extension under development.
import { runSuite } from './run-suite.js';

export function run(): Promise<void> {
    return runSuite(__dirname, 'extension-');
}
