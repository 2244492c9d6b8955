// `certtree catalog` as a user runs it: the catalogs, one catalog's rows as a table and as JSON.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const bin = join(root, 'bin', 'certtree.js');

function catalog(...args: string[]) {
    const run = spawnSync('node', [bin, 'catalog', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('certtree catalog', function () {
    this.timeout(60_000);

    before(() => {
        assert.ok(existsSync(join(root, 'dist', 'cli.cjs')), 'dist/cli.cjs is missing: build it with `node esbuild.mjs` (npm test does)');
    });

    it('lists the four catalogs with their as-of dates', () => {
        const run = catalog();
        assert.equal(run.status, 0, run.stderr);
        const lines = run.stdout.split('\n');
        assert.match(lines[0], /^NAME\s+AS OF\s+CERTS\s+DESCRIPTION$/);
        assert.match(lines[1], /^aws\s+2026-09-01\s+17\s+Amazon Web Services certifications$/);
        assert.match(lines[2], /^azure\s+2026-10-09\s+36\s+Microsoft Azure certifications$/);
        assert.match(lines[3], /^google\s+2026-09-29\s+16\s+Google Cloud certifications$/);
        assert.match(lines[4], /^cncf\s+2026-09-25\s+16\s+CNCF and Linux Foundation cloud-native certifications$/);
        const json = JSON.parse(catalog('--json').stdout) as Array<{ name: string; asOf: string }>;
        assert.deepEqual(json.map(c => `${c.name} ${c.asOf}`), ['aws 2026-09-01', 'azure 2026-10-09', 'google 2026-09-29', 'cncf 2026-09-25']);
    });

    it('gives one catalog\'s rows as JSON: status with dates, successor or rename, unknown facts as null', () => {
        const run = catalog('azure', '--json', '--today', '2026-12-03');
        assert.equal(run.status, 0, run.stderr);
        const answer = JSON.parse(run.stdout) as { name: string; today: string; certs: Array<Record<string, unknown>> };
        assert.equal(answer.today, '2026-12-03');
        const row = (id: string) => answer.certs.find(cert => cert.id === id);
        assert.deepEqual(row('azure_developer'), {
            id: 'azure_developer', name: 'Microsoft Certified: Azure Developer Associate', code: 'AZ-204', level: 'associate',
            status: 'retired', lastDay: '2026-07-31', successor: 'azure_ai_cloud_developer', renamedTo: null,
            minutes: 100, questions: null, priceUsd: 165, url: 'https://learn.microsoft.com/en-us/credentials/certifications/azure-developer/',
        });
        assert.equal(row('azure_ai_fundamentals_ai900')?.renamedTo, 'azure_ai_fundamentals');
        assert.equal(row('azure_ai_fundamentals')?.code, 'AI-901');
        // A fact the reference leaves unconfirmed stays missing.
        assert.deepEqual([row('windows_server_administrator')?.minutes, row('windows_server_administrator')?.priceUsd], [null, null]);
    });

    it('judges status against --today: AZ-204 is retiring before its last day', () => {
        const answer = JSON.parse(catalog('azure', '--json', '--today', '2026-06-01').stdout) as { certs: Array<{ id: string; status: string; lastDay: string }> };
        const developer = answer.certs.find(cert => cert.id === 'azure_developer')!;
        assert.deepEqual([developer.status, developer.lastDay], ['retiring', '2026-07-31']);
    });

    it('prints the same rows as a table', () => {
        const run = catalog('cncf', '--today', '2026-12-03');
        assert.equal(run.status, 0, run.stderr);
        const lines = run.stdout.split('\n').filter(line => line.length > 0);
        assert.equal(lines[0], "CNCF and Linux Foundation cloud-native certifications (catalog 'cncf', facts as of 2026-09-25; status as of 2026-12-03)");
        assert.match(lines[1], /^ID\s+NAME\s+CODE\s+LEVEL\s+STATUS\s+SUCCESSOR \/ RENAMED\s+MIN\s+QUESTIONS\s+USD\s+GUIDE$/);
        const json = JSON.parse(catalog('cncf', '--json', '--today', '2026-12-03').stdout) as { certs: Array<{ id: string }> };
        assert.deepEqual(lines.slice(2).map(line => line.split(/\s+/)[0]), json.certs.map(cert => cert.id));
        const cka = lines.find(line => line.startsWith('cka '))!;
        assert.match(cka, /^cka\s+Certified Kubernetes Administrator\s+CKA\s+associate\s+active\s+-\s+120\s+-\s+445\s+https:\/\/training\.linuxfoundation\.org\/certification\/certified-kubernetes-administrator-cka\/$/);
        const azure = catalog('azure', '--today', '2026-12-03').stdout.split('\n').find(line => line.startsWith('azure_developer '))!;
        assert.match(azure, /\sretired 2026-07-31\s+replaced by azure_ai_cloud_developer\s/);
    });

    it('refuses an unknown catalog or option with exit code 2 and says what exists', () => {
        const unknown = catalog('oracle');
        assert.equal(unknown.status, 2);
        assert.equal(unknown.stderr, "certtree catalog: there is no catalog 'oracle'. The available catalogs are: aws, azure, google, cncf.\n");
        const badDate = catalog('aws', '--today', 'tomorrow');
        assert.equal(badDate.status, 2);
        assert.match(badDate.stderr, /--today needs a date written YYYY-MM-DD/);
    });

    it('has an example per vendor and a mixed one, each checking clean and rendering', () => {
        const examples = ['azure-roles', 'google-cloud-roles', 'cncf-kubernetes', 'kubernetes-on-aws'].map(name => `examples/${name}.certtree`);
        const check = spawnSync('node', [bin, 'check', ...examples], { cwd: root, encoding: 'utf8', timeout: 60_000 });
        assert.equal(check.status, 0, check.stderr);
        assert.equal(check.stdout, '', 'no problem at all, not even a hint');
        for (const example of examples) {
            const render = spawnSync('node', [bin, 'render', example, '-o', '-'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
            assert.equal(render.status, 0, `${example}: ${render.stderr}`);
            assert.match(render.stdout, /<svg[\s\S]*<\/svg>\s*$/, example);
        }
        const mixed = spawnSync('node', [bin, 'render', 'examples/kubernetes-on-aws.certtree', '-o', '-', '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
        const codes = new Set((JSON.parse(mixed.stdout) as { nodes: Array<{ code?: string }> }).nodes.map(node => node.code));
        assert.ok(codes.has('SAA-C03') && codes.has('CKA'), 'the mixed example draws AWS and CNCF certs');
    });
});
