// The planner over the new catalogs, as `certtree next --json` answers: retired Azure exams are never recommended, their replacements are.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../../..');
const bin = join(root, 'bin', 'certtree.js');

interface PlanAnswer {
    held: string[];
    nextUp: Array<{ id: string; insteadOf: string | null }>;
    goals: Array<{ id: string; status: string; route: string[] }>;
}

describe('certtree next over the azure, google and cncf catalogs', function () {
    this.timeout(60_000);
    let folder: string;

    function plan(name: string, text: string): PlanAnswer {
        writeFileSync(join(folder, name), text);
        const run = spawnSync('node', [bin, 'next', '--json', '--today', '2026-12-03', name], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
        assert.equal(run.status, 0, run.stderr);
        return JSON.parse(run.stdout) as PlanAnswer;
    }

    before(() => {
        assert.ok(existsSync(join(root, 'dist', 'cli.cjs')), 'dist/cli.cjs is missing: build it with `node esbuild.mjs` (npm test does)');
        folder = mkdtempSync(join(tmpdir(), 'certtree-catalog-plan-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('never recommends AZ-204 (retired 2026-07-31) in an Azure tree and offers AI-200 instead', () => {
        const answer = plan('developer.certtree', 'use azure\nazure_fundamentals -> azure_developer\nearned azure_fundamentals\ngoal azure_developer\n');
        assert.deepEqual(answer.nextUp.map(cert => [cert.id, cert.insteadOf]), [['azure_ai_cloud_developer', 'azure_developer']]);
        assert.deepEqual(answer.goals.map(goal => [goal.id, goal.status, goal.route]), [['azure_developer', 'retired', ['azure_ai_cloud_developer']]]);
    });

    it('counts Azure AI Fundamentals earned with AI-900 as held under its AI-901 name', () => {
        const answer = plan('ai.certtree', 'use azure\nazure_ai_fundamentals -> azure_ai_apps_agents_developer\nearned azure_ai_fundamentals_ai900\n');
        assert.ok(answer.held.includes('azure_ai_fundamentals'), `held: ${answer.held.join(', ')}`);
        assert.deepEqual(answer.nextUp.map(cert => cert.id), ['azure_ai_apps_agents_developer']);
    });

    it('plans CKS after CKA in a mixed AWS and CNCF tree', () => {
        const answer = plan('k8s.certtree', 'use aws\nuse cncf\ncloud_practitioner -> solutions_architect_associate -> cka -> cks\nearned cloud_practitioner\ngoal cks\n');
        assert.deepEqual(answer.goals.map(goal => goal.route), [['solutions_architect_associate', 'cka', 'cks']]);
    });
});
