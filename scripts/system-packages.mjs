// The Debian packages that the browser and VS Code test layers need, checked before those layers
// run: installed with apt when this runs as root on Debian, otherwise the one command to run.
import { spawnSync } from 'node:child_process';

/** Chromium drives the webview and the workbench; Liberation fonts are metric-compatible with the
 *  Arial/Helvetica the diagrams use; code-server's native `kerberos` module builds with
 *  libkrb5-dev, python3, make and g++. */
const NEEDS = {
    webview: ['chromium', 'fonts-liberation'],
    integration: ['chromium', 'fonts-liberation', 'libkrb5-dev', 'python3', 'make', 'g++'],
};

/** The packages that `purposes` (layer names) need and this machine lacks; [] where it cannot tell (no dpkg). */
export function missingPackages(purposes, env = process.env, isInstalled = debianPackageInstalled) {
    const wanted = [...new Set(purposes.flatMap(purpose => NEEDS[purpose] ?? []))]
        // A Chromium named by $CHROMIUM stands in for Debian's.
        .filter(name => !(name === 'chromium' && env.CHROMIUM));
    return wanted.filter(name => isInstalled(name) === false);
}

/** true or false from dpkg; undefined on a machine without dpkg, where nothing is checked. */
let hasDpkg;
function debianPackageInstalled(name) {
    hasDpkg ??= hasCommand('dpkg-query');
    if (!hasDpkg) return undefined;
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return status.status === 0 && status.stdout.includes('install ok installed');
}

/**
 * Makes sure the packages `purposes` need are installed. Returns undefined when they are, or a
 * sentence saying what is missing and the command that installs it.
 */
export function ensureSystemPackages(purposes, log = console.log) {
    const missing = missingPackages(purposes);
    if (missing.length === 0) return undefined;
    const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!root || !hasCommand('apt-get')) {
        return `The ${purposes.join(' and ')} tests need Debian packages this machine lacks: ${missing.join(', ')}. Install them with: sudo ${command}`;
    }
    log(`Installing the Debian packages the ${purposes.join(' and ')} tests need: ${missing.join(', ')} …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env })
        : update;
    if (install.status !== 0) return `Installing ${missing.join(', ')} with apt-get failed (see its message above). Try: ${command}`;
    const still = missingPackages(purposes);
    return still.length === 0 ? undefined : `apt-get ran, but these packages are still missing: ${still.join(', ')}. Try: ${command}`;
}

function hasCommand(name) {
    return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const problem = ensureSystemPackages(process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(NEEDS));
    if (problem) {
        console.error(problem);
        process.exit(1);
    }
}
