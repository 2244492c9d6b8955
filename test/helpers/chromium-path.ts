// Finds the Chromium that the webview tests, the VS Code integration runner and the icon script
// drive: $CHROMIUM if set, else the first Chromium or Chrome on PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Executable names tried in order: Debian's package, Ubuntu's older one, Google's build. */
const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The Chromium executable to launch; throws with what to install when there is none. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
    if (env.CHROMIUM) return env.CHROMIUM;
    const folders = (env.PATH ?? '').split(delimiter).filter(folder => folder !== '');
    for (const name of CANDIDATES) {
        for (const folder of folders) {
            const candidate = join(folder, name);
            if (isExecutable(candidate)) return candidate;
        }
    }
    throw new Error(`No Chromium found on PATH (looked for ${CANDIDATES.join(', ')}). Install Debian's chromium (apt-get install chromium), or set CHROMIUM to a Chromium executable.`);
}

function isExecutable(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}
