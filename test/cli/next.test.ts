// `certtree next` as a user runs it: what to take next and the route to each goal, worked out by hand.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
        const letters = ['a', 'b', 'c', 'd', 'p', 'q', 'r', 'x', 'y', 'g1', 'g2'].map(id => `cert ${id} "Cert ${id}" { level associate }`).join('\n');
        const cases: Record<string, string> = {
            case1: 'a -> b -> c\nearned c',
            case2: 'b, c -> d\nearned b\ngoal d',
            case3: 'b -> d\nc -> d\nearned b\ngoal d',
            case4: 'p -> q? -> r\nearned p\ngoal r',
            case5: 'x -> g1\ny -> g1, g2\ngoal g1, g2',
        };
        for (const [name, paths] of Object.entries(cases)) writeFileSync(join(folder, `${name}.certtree`), `${letters}\n${paths}\n`);
        writeFileSync(join(folder, 'ops.certtree'), 'use aws\ndeveloper -> sysops_admin? ~> devops_engineer\nearned developer\n');
        writeFileSync(join(folder, 'sysadmin.certtree'), 'use aws\nrole "Systems Administrator" { sysops_admin ~> devops_engineer }\ngoal devops_engineer\n');
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('prints the ranked next-up certs with why, each goal, and the plan with its totals', () => {
        const run = next(folder, 'plan.certtree', '--today', '2026-12-03');
        assert.equal(run.stderr, '');
        assert.equal(run.status, 0);
        assert.deepEqual(run.stdout, [
            'My plan (planned for 2026-12-03; the tree is dated 2026-11-26)',
            'Held: cloud_practitioner, developer',
            '',
            // Each serves one goal; then the lower tier first.
            'Next up, most useful first:',
            '  1. solutions_architect_associate  AWS Certified Solutions Architect – Associate · SAA-C03 · associate · 130 min · 150 USD',
            '       for goal solutions_architect_professional',
            '  2. devops_engineer  AWS Certified DevOps Engineer – Professional · DOP-C02 · professional · 180 min · 300 USD',
            '       for goal devops_engineer',
            '  3. security  AWS Certified Security – Specialty · SCS-C03 · specialty · 170 min · 300 USD',
            '       for goal security',
            '',
            'Goals:',
            '  solutions_architect_professional: solutions_architect_associate -> solutions_architect_professional',
            '  devops_engineer: devops_engineer',
            '  security: security',
            '  database: retired, with nothing that replaces it to plan.',
            '',
            // Lower tiers first; SA Pro is named before DevOps in the tree.
            'Plan to reach the goals: 4 exams · 660 min · 1050 USD',
            '  1. solutions_architect_associate  AWS Certified Solutions Architect – Associate · SAA-C03 · associate · 130 min · 150 USD',
            '       for goal solutions_architect_professional',
            '  2. solutions_architect_professional  AWS Certified Solutions Architect – Professional · SAP-C02 · professional · 180 min · 300 USD',
            '       for goal solutions_architect_professional',
            '  3. devops_engineer  AWS Certified DevOps Engineer – Professional · DOP-C02 · professional · 180 min · 300 USD',
            '       for goal devops_engineer',
            '  4. security  AWS Certified Security – Specialty · SCS-C03 · specialty · 170 min · 300 USD',
            '       for goal security',
            '',
        ]);
    });

    it('says what a next-up cert replaces, and an optional one, in the text form', () => {
        const run = next(folder, 'skip.certtree', '--today', '2026-12-03');
        assert.equal(run.status, 0);
        // b is retired with no successor: skipped like an optional step, so c follows a.
        assert.deepEqual(run.stdout.slice(1, 5), [
            'Held: a',
            '',
            'Next up, most useful first:',
            '  1. c  Gamma · professional',
        ]);
        const ops = next(folder, 'ops.certtree', '--today', '2026-12-03');
        // Neither serves a goal or a role: the lower tier first.
        assert.deepEqual(ops.stdout.slice(3, 7), [
            'Next up, most useful first:',
            '  1. cloudops_engineer  AWS Certified CloudOps Engineer – Associate · SOA-C03 · associate · 130 min · 150 USD · optional',
            '       instead of sysops_admin, which is retired',
            '  2. devops_engineer  AWS Certified DevOps Engineer – Professional · DOP-C02 · professional · 180 min · 300 USD',
        ]);
    });

    const json = (...args: string[]) => {
        const run = next(folder, '--json', '--today', '2026-12-03', ...args);
        assert.equal(run.status, 0, run.stderr);
        return JSON.parse(run.stdout.join('\n'));
    };
    const brief = (answer: { nextUp: Array<{ id: string; optional: boolean; insteadOf: string | null }>; plan: { exams: string[] } }) =>
        ({ nextUp: answer.nextUp.map(cert => `${cert.id}${cert.optional ? '?' : ''}${cert.insteadOf ? `<${cert.insteadOf}` : ''}`), exams: answer.plan.exams });

    it('--json answers the worked cases of the planning spec', () => {
        // 1. a -> b -> c, earned c: nothing next up.
        assert.deepEqual(brief(json('case1.certtree')), { nextUp: [], exams: [] });
        // 2. b, c -> d, earned b, goal d: c next up; route c, d.
        assert.deepEqual(brief(json('case2.certtree')), { nextUp: ['c'], exams: ['c', 'd'] });
        // 3. b -> d and c -> d, earned b, goal d: d next up (and c, which starts a path); route d.
        assert.deepEqual(brief(json('case3.certtree')), { nextUp: ['d', 'c'], exams: ['d'] });
        // 4. p -> q? -> r, earned p, goal r: r and the optional q; route r.
        assert.deepEqual(brief(json('case4.certtree')), { nextUp: ['r', 'q?'], exams: ['r'] });
        // 5. x -> g1, y -> g1, g2, goals g1, g2: 3 exams.
        assert.deepEqual(brief(json('case5.certtree')), { nextUp: ['y', 'x'], exams: ['y', 'g1', 'g2'] });
        // 6. developer -> sysops_admin? ~> devops_engineer, earned developer: CloudOps instead of SysOps.
        assert.deepEqual(brief(json('ops.certtree')), { nextUp: ['cloudops_engineer?<sysops_admin', 'devops_engineer'], exams: [] });
    });

    it('--json has the shape of the spec: the Systems Administrator example', () => {
        const answer = json('sysadmin.certtree');
        assert.equal(answer.today, '2026-12-03');
        assert.deepEqual(answer.nextUp.map(({ id, optional, insteadOf, goals, roles }: Record<string, unknown>) => ({ id, optional, insteadOf, goals, roles })), [
            { id: 'cloudops_engineer', optional: false, insteadOf: 'sysops_admin', goals: ['devops_engineer'], roles: ['Systems Administrator'] },
        ]);
        assert.deepEqual(answer.goals, [{ id: 'devops_engineer', status: 'planned', route: ['cloudops_engineer', 'devops_engineer'], successor: null }]);
        assert.deepEqual({ exams: answer.plan.exams, minutes: answer.plan.minutes, priceUsd: answer.plan.priceUsd },
            { exams: ['cloudops_engineer', 'devops_engineer'], minutes: 310, priceUsd: 450 });
    });

    it('--json answers case 7: the seed chart, nothing earned, planned on 2023-11-29, starts with SAA, Developer and Data Engineer', () => {
        writeFileSync(join(folder, 'case7.certtree'), readFileSync(join(root, 'examples', 'aws-certification-paths.certtree'), 'utf8').replace(/^earned .*$/m, ''));
        const run = next(folder, '--json', '--today', '2023-11-29', 'case7.certtree');
        assert.equal(run.status, 0, run.stderr);
        const answer = JSON.parse(run.stdout.join('\n'));
        assert.deepEqual(answer.plan.exams.slice(0, 3).sort(), ['data_engineer', 'developer', 'solutions_architect_associate']);
        assert.equal(answer.plan.basis, 'highlights');
    });

    it('rejects a --today that is not a calendar day', () => {
        const run = next(folder, 'plan.certtree', '--today', '2026-02-30');
        assert.equal(run.status, 2);
        assert.match(run.stderr, /--today must be a calendar day written YYYY-MM-DD, such as 2026-12-03, not '2026-02-30'\./);
    });

    it('gives the plan to other tools in the diagram JSON', () => {
        const run = spawnSync('node', [bin, 'render', 'plan.certtree', '--format', 'json', '--view', 'graph', '--today', '2026-12-03', '-o', '-'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
        assert.equal(run.status, 0, run.stderr);
        const diagram = JSON.parse(run.stdout) as { nodes: Array<{ cert: string; marks: { planStep?: number } }>; plan: { exams: string[]; today: string } };
        assert.equal(diagram.plan.today, '2026-12-03');
        assert.deepEqual(diagram.plan.exams, ['solutions_architect_associate', 'solutions_architect_professional', 'devops_engineer', 'security']);
        assert.deepEqual(diagram.nodes.filter(node => node.marks.planStep !== undefined).map(node => `${node.marks.planStep}:${node.cert}`).sort(),
            ['1:solutions_architect_associate', '2:solutions_architect_professional', '3:devops_engineer', '4:security']);
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
