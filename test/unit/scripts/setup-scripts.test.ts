// The set-up scripts that `npm test` runs before its layers: a child npm gets a clean environment,
// and the system-package check asks for what each layer needs.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../../..');

/** The scripts are plain .mjs files run by node, outside the TypeScript build: import them at run time. */
async function script<T>(name: string): Promise<T> {
    return (await import(pathToFileURL(join(root, 'scripts', name)).href)) as T;
}

describe('set-up scripts', () => {
    it('give a child npm an environment without what the outer npm run left in it', async () => {
        const { cleanEnvironment } = await script<{ cleanEnvironment(overrides?: Record<string, string>): Record<string, string | undefined> }>('clean-environment.mjs');
        const saved = { ...process.env };
        try {
            // What `npm test` on Node 22 leaves for its children: code-server's postinstall reads the user agent and refuses.
            process.env.npm_config_user_agent = 'npm/11.19.1 node/v22.23.3 linux x64 workspaces/false';
            process.env.npm_config_nodedir = '/somewhere/node22';
            process.env.npm_lifecycle_event = 'test';
            process.env.npm_package_name = 'certtree';
            process.env.INIT_CWD = '/project';
            process.env.npm_config_cafile = '/etc/ssl/certs/ca-certificates.crt';
            process.env.npm_config_globalconfig = '/usr/etc/npmrc';
            process.env.npm_config_registry = 'https://registry.example/';
            process.env.CERTTREE_KEEP = 'kept';
            const env = cleanEnvironment({ npm_config_nodedir: '/cache/node24' });
            assert.equal(env.npm_config_user_agent, undefined);
            assert.equal(env.npm_lifecycle_event, undefined);
            assert.equal(env.npm_package_name, undefined);
            assert.equal(env.INIT_CWD, undefined);
            assert.equal(env.npm_config_nodedir, '/cache/node24', 'an override is kept');
            // How to reach the registry stays: on a machine whose CA is set in the global npmrc, a
            // child npm on another Node would not find that file and could not verify the registry.
            assert.equal(env.npm_config_cafile, '/etc/ssl/certs/ca-certificates.crt');
            assert.equal(env.npm_config_globalconfig, '/usr/etc/npmrc');
            assert.equal(env.npm_config_registry, 'https://registry.example/');
            assert.equal(env.CERTTREE_KEEP, 'kept');
            assert.equal(env.PATH, process.env.PATH);
        } finally {
            for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
            Object.assign(process.env, saved);
        }
    });

    it('ask only for the packages a layer needs, and not for Chromium when $CHROMIUM names one', async () => {
        type IsInstalled = (name: string) => boolean | undefined;
        const { missingPackages } = await script<{ missingPackages(purposes: string[], env: Record<string, string>, isInstalled: IsInstalled): string[] }>('system-packages.mjs');
        const machine = (...lacking: string[]): IsInstalled => name => !lacking.includes(name);
        assert.deepEqual(missingPackages(['webview'], {}, machine('chromium', 'libkrb5-dev')), ['chromium']);
        assert.deepEqual(missingPackages(['integration'], {}, machine('chromium', 'libkrb5-dev', 'graphviz')), ['chromium', 'libkrb5-dev']);
        assert.deepEqual(missingPackages(['webview', 'integration'], {}, machine('fonts-liberation')), ['fonts-liberation'], 'each package once');
        assert.deepEqual(missingPackages(['webview'], { CHROMIUM: '/opt/chrome/chrome' }, machine('chromium')), []);
        assert.deepEqual(missingPackages(['unit'], {}, machine('chromium')), [], 'the unit layer needs no system package');
        assert.deepEqual(missingPackages(['webview'], {}, () => undefined), [], 'without dpkg nothing is claimed missing');
    });
});
