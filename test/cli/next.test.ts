// `certtree next` as a user runs it: what to take next and the route to each goal, worked out by hand.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAN_TREE } from '../fixtures/planning/plan-tree.js';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const bin = join(root, 'bin', 'certtree.js');

function next(cwd: string, ...args: string[]) {
    const run = spawnSync('node', [bin, 'next', ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stdout: run.stdout.split('\n'), stderr: run.stderr };
}

describe('certtree next', function () {
    this.timeout(60_000);
    let folder: string;

    before(() => {
        assert.ok(existsSync(join(root, 'dist', 'cli.cjs')), 'dist/cli.cjs is missing: build it with `node esbuild.mjs` (npm test does)');
        folder = mkdtempSync(join(tmpdir(), 'certtree-next-'));
        writeFileSync(join(folder, 'plan.certtree'), PLAN_TREE);
        writeFileSync(join(folder, 'fresh.certtree'), [
            'cert a "Alpha" { level foundational code "A-1" }',
            'cert b "Beta" { level associate retired "2020-01-01" }',
            'cert c "Gamma" { level professional }',
            'a -> b? -> c',
            'goal c',
            '',
        ].join('\n'));
        writeFileSync(join(folder, 'skip.certtree'), [
            'cert a "Alpha" { level foundational code "A-1" }',
            'cert b "Beta" { level associate retired "2020-01-01" }',
            'cert c "Gamma" { level professional }',
            'a -> b? -> c',
            'earned a',
            'goal c',
            '',
        ].join('\n'));
        writeFileSync(join(folder, 'broken.certtree'), 'use aws\ncloud_practitioner -> developr\n');
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('lists the next certs in the order the tree names them, and the fewest steps to each goal from what is earned', () => {
        const run = next(folder, 'plan.certtree');
        assert.equal(run.stderr, '');
        assert.equal(run.status, 0);
        assert.deepEqual(run.stdout, [
            'My plan (as of 2026-11-26)',
            'Earned: cloud_practitioner, developer',
            '',
            'Next up:',
            // saa follows the earned cloud_practitioner; devops_engineer and security follow the earned developer.
            '  solutions_architect_associate  AWS Certified Solutions Architect – Associate · SAA-C03 · associate',
            '  devops_engineer                AWS Certified DevOps Engineer – Professional · DOP-C02 · professional',
            '  security                       AWS Certified Security – Specialty · SCS-C03 · specialty',
            '',
            'Goal solutions_architect_professional: cloud_practitioner -> solutions_architect_associate -> solutions_architect_professional',
            'Goal devops_engineer: developer -> devops_engineer',
            'Goal security: developer -> security',
            'Goal database: on no path of this tree.',
            '',
        ]);
    });

    it('with nothing earned, starts from the first steps and says so', () => {
        const run = next(folder, 'fresh.certtree');
        assert.equal(run.status, 0);
        assert.match(run.stdout[0], /^As of \d{4}-\d{2}-\d{2}$/, 'without `tree` and `date`: the day, today');
        assert.deepEqual(run.stdout.slice(1), [
            'Earned: nothing yet (list what you hold with `earned id, …`).',
            '',
            'Next up:',
            '  a  Alpha · A-1 · foundational',
            '',
            'Goal c: a -> b -> c (from the start: nothing earned leads there)',
            '',
        ]);
    });

    it('marks optional and retired certs, and an optional step does not block the one after it', () => {
        const run = next(folder, 'skip.certtree');
        assert.equal(run.status, 0);
        assert.deepEqual(run.stdout.slice(1), [
            'Earned: a',
            '',
            'Next up:',
            '  b  Beta · associate · optional · retired since 2020-01-01',
            '  c  Gamma · professional',
            '',
            'Goal c: a -> b -> c',
            '',
        ]);
    });

    it('gives the same routes to other tools in the diagram JSON, node ids in order', () => {
        const run = spawnSync('node', [bin, 'render', 'plan.certtree', '--format', 'json', '--view', 'graph', '-o', '-'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
        assert.equal(run.status, 0, run.stderr);
        const diagram = JSON.parse(run.stdout) as { nodes: Array<{ id: string; cert: string }>; routes: Array<{ goal: string; nodes: string[]; edges: string[] }> };
        const certOf = new Map(diagram.nodes.map(node => [node.id, node.cert]));
        assert.deepEqual(diagram.routes.map(route => ({ goal: route.goal, certs: route.nodes.map(id => certOf.get(id)), steps: route.edges.length })), [
            { goal: 'solutions_architect_professional', certs: ['cloud_practitioner', 'solutions_architect_associate', 'solutions_architect_professional'], steps: 2 },
            { goal: 'devops_engineer', certs: ['developer', 'devops_engineer'], steps: 1 },
            { goal: 'security', certs: ['developer', 'security'], steps: 1 },
        ]);
    });

    it('refuses a document with errors as `certtree check` prints them, and bad arguments', () => {
        const broken = next(folder, 'broken.certtree');
        assert.equal(broken.status, 1);
        assert.deepEqual(broken.stderr.trim().split('\n'), [
            "broken.certtree:2:23: error: Unknown certification 'developr'. Did you mean 'developer'?",
            'certtree next: broken.certtree has an error; fix it and run `certtree next` again.',
        ]);
        assert.equal(next(folder).status, 2);
        assert.equal(next(folder, 'missing.certtree').status, 2);
        assert.match(next(folder, 'missing.certtree').stderr, /cannot read 'missing\.certtree'/);
    });
});
