// The launchers in bin/ run by hand on a Node older than 22: one line naming the Node they need,
// never a TypeError from inside Langium.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');

/** Runs a launcher in this Node, made to report another version before anything else loads. */
function launchAs(version: string, launcher: string, ...args: string[]) {
    const pretend = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:${JSON.stringify(version)}})`;
    return spawnSync(process.execPath, ['--import', pretend, join(root, 'bin', launcher), ...args], { encoding: 'utf8', timeout: 30_000, input: '' });
}

describe('bin launchers on an old Node', function () {
    this.timeout(30_000);

    for (const launcher of ['certtree.js', 'certtree-language-server.js']) {
        const command = launcher.replace(/\.js$/, '');
        it(`${command} stops on Node 20 with one line that names Node 22, exit code 2`, () => {
            const run = launchAs('20.20.2', launcher, '--version');
            assert.equal(run.status, 2, run.stderr);
            assert.equal(run.stdout, '');
            const lines = run.stderr.split('\n').filter(Boolean);
            assert.equal(lines.length, 1, run.stderr);
            assert.match(lines[0], new RegExp(`^${command} needs Node\\.js 22 or newer; this is Node\\.js 20\\.20\\.2\\.`));
        });
    }

    it('certtree runs on Node 22', () => {
        const run = launchAs('22.0.0', 'certtree.js', '--version');
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^\d+\.\d+\.\d+/);
    });
});
