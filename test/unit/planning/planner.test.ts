// The planning spec's worked cases and the wrong answers, each worked out by hand (plan date pinned).
import assert from 'node:assert/strict';
import { planTree } from '../../../src/planning/plan-tree.js';
import type { CertPlan } from '../../../src/planning/planner.js';
import { AWS_EXAMPLE_TEXT, loadTree } from '../diagram/load-tree.js';

const TODAY = '2026-12-03';

/** Local certs a … y of one tier, each 100 minutes and 100 USD, so only the paths decide. */
const LETTERS = ['a', 'b', 'c', 'd', 'p', 'q', 'r', 'x', 'y', 'g1', 'g2'];
const LOCAL_CERTS = LETTERS.map(id => `cert ${id} "Cert ${id.toUpperCase()}" { level associate minutes 100 price 100 }`).join('\n');

async function plan(text: string, today = TODAY): Promise<CertPlan> {
    return planTree(await loadTree(text), today);
}

const nextUpIds = (answer: CertPlan) => answer.nextUp.map(cert => cert.id);
const examIds = (answer: CertPlan) => answer.exams.map(exam => exam.id);
const goal = (answer: CertPlan, id: string) => answer.goals.find(g => g.id === id);

describe('planner: the worked cases of the planning spec', () => {
    it('1. a -> b -> c with c earned: nothing on the path is next up (you are past it)', async () => {
        const answer = await plan(`${LOCAL_CERTS}\na -> b -> c\nearned c`);
        assert.deepEqual(nextUpIds(answer), []);
    });

    it('2. b, c -> d with b earned: c is next up, d is not ready; goal d routes c, d', async () => {
        const answer = await plan(`${LOCAL_CERTS}\nb, c -> d\nearned b\ngoal d`);
        assert.deepEqual(nextUpIds(answer), ['c']);
        assert.deepEqual(goal(answer, 'd'), { id: 'd', status: 'planned', route: ['c', 'd'], successor: null });
        assert.deepEqual(examIds(answer), ['c', 'd']);
    });

    it('3. b -> d and c -> d as two paths with b earned: d is next up; goal d routes d alone', async () => {
        const answer = await plan(`${LOCAL_CERTS}\nb -> d\nc -> d\nearned b\ngoal d`);
        // c starts the second path, so it is next up too; d serves the goal and ranks first.
        assert.deepEqual(nextUpIds(answer), ['d', 'c']);
        assert.deepEqual(goal(answer, 'd')?.route, ['d']);
    });

    it('4. p -> q? -> r with p earned: q (optional) and r are next up; goal r routes r alone', async () => {
        const withoutGoal = await plan(`${LOCAL_CERTS}\np -> q? -> r\nearned p`);
        assert.deepEqual(withoutGoal.nextUp.map(cert => [cert.id, cert.optional]), [['q', true], ['r', false]]);
        const withGoal = await plan(`${LOCAL_CERTS}\np -> q? -> r\nearned p\ngoal r`);
        assert.deepEqual(goal(withGoal, 'r')?.route, ['r']);
        assert.deepEqual(nextUpIds(withGoal), ['r', 'q']);
    });

    it('5. x -> g1 and y -> g1, g2 with goals g1, g2: one route of 3 exams, y, g1, g2', async () => {
        const answer = await plan(`${LOCAL_CERTS}\nx -> g1\ny -> g1, g2\ngoal g1, g2`);
        assert.deepEqual(examIds(answer), ['y', 'g1', 'g2']);
        assert.deepEqual(goal(answer, 'g1')?.route, ['y', 'g1']);
        assert.deepEqual(goal(answer, 'g2')?.route, ['y', 'g2']);
        assert.deepEqual(answer.totals, { exams: 3, minutes: 300, priceUsd: 300 });
    });

    it('6. developer -> sysops_admin? ~> devops_engineer: CloudOps instead of the retired SysOps, never SysOps', async () => {
        const answer = await plan('use aws\ndeveloper -> sysops_admin? ~> devops_engineer\nearned developer');
        assert.deepEqual(answer.nextUp.map(cert => [cert.id, cert.optional, cert.insteadOf]), [
            ['cloudops_engineer', true, 'sysops_admin'],
            ['devops_engineer', false, null],
        ]);
    });

    it('7. the seed chart, three highlighted roles, nothing earned, 2023-11-29: SAA, Developer and Data Engineer first', async () => {
        const answer = await plan(AWS_EXAMPLE_TEXT.replace(/^earned .*$/m, ''), '2023-11-29');
        assert.equal(answer.basis, 'highlights');
        // Worked by hand: SAA starts all three roles; Developer starts "Software Development/Test
        // Engineer" (a role not highlighted, but a path all the same); Data Engineer follows them.
        // Then the professional tier in document order (SA Pro follows SAA in "Solutions
        // Architect", before DevOps is first named), then the specialties in document order.
        assert.deepEqual(examIds(answer), [
            'solutions_architect_associate', 'developer', 'data_engineer',
            'solutions_architect_professional', 'devops_engineer', 'security', 'machine_learning',
        ]);
        assert.deepEqual(answer.totals, { exams: 7, minutes: 3 * 130 + 3 * 180 + 170, priceUsd: 3 * 150 + 4 * 300 });
    });

    it('answers the JSON example of the spec: CloudOps for the Systems Administrator role, then DevOps', async () => {
        const answer = await plan('use aws\nrole "Systems Administrator" { sysops_admin ~> devops_engineer }\ngoal devops_engineer');
        assert.deepEqual(answer.nextUp.map(({ id, optional, insteadOf, goals, roles }) => ({ id, optional, insteadOf, goals, roles })), [
            { id: 'cloudops_engineer', optional: false, insteadOf: 'sysops_admin', goals: ['devops_engineer'], roles: ['Systems Administrator'] },
        ]);
        assert.deepEqual(answer.goals, [{ id: 'devops_engineer', status: 'planned', route: ['cloudops_engineer', 'devops_engineer'], successor: null }]);
        assert.deepEqual(answer.totals, { exams: 2, minutes: 310, priceUsd: 450 });
    });
});

describe('planner: the wrong answers of the old planner', () => {
    it('gives credit for a professional cert held further along: no associate under it', async () => {
        const answer = await plan('use aws\nsolutions_architect_associate -> solutions_architect_professional\nearned solutions_architect_professional');
        assert.deepEqual(nextUpIds(answer), []);
    });

    it('plans a fan-in with all its steps: b, c -> d with b earned routes through c', async () => {
        const answer = await plan(`${LOCAL_CERTS}\na -> b, c -> d\nearned a, b\ngoal d`);
        assert.deepEqual(goal(answer, 'd')?.route, ['c', 'd']);
    });

    it('sees through an optional step to the one before it: a -> b? -> c with nothing earned waits for a', async () => {
        const answer = await plan(`${LOCAL_CERTS}\na -> b? -> c\ngoal c`);
        assert.deepEqual(nextUpIds(answer), ['a']);
        assert.deepEqual(examIds(answer), ['a', 'c']);
    });

    it('does not route through an optional step', async () => {
        const answer = await plan(`${LOCAL_CERTS}\na -> b? -> c\nearned a\ngoal c`);
        assert.deepEqual(examIds(answer), ['c']);
    });

    it('a retired goal with no successor: status retired, no route (Machine Learning – Specialty)', async () => {
        const answer = await plan('use aws\nsolutions_architect_associate -> machine_learning\ngoal machine_learning');
        assert.deepEqual(answer.goals, [{ id: 'machine_learning', status: 'retired', route: [], successor: null }]);
        assert.deepEqual(examIds(answer), []);
        // The retired step is skipped like an optional one: nothing after SAA is next up for it.
        assert.deepEqual(nextUpIds(answer), ['solutions_architect_associate']);
    });

    it('a retired goal with a successor plans the successor in its place (Data Analytics -> Data Engineer)', async () => {
        const answer = await plan('use aws\nsolutions_architect_associate -> data_analytics\ngoal data_analytics');
        assert.deepEqual(answer.goals, [{ id: 'data_analytics', status: 'retired', route: ['solutions_architect_associate', 'data_engineer'], successor: 'data_engineer' }]);
        assert.equal(answer.exams[1].insteadOf, 'data_analytics');
    });

    it('holding SysOps Administrator is holding CloudOps Engineer (renamed, the same credential)', async () => {
        const answer = await plan('use aws\ncloudops_engineer -> devops_engineer\nearned sysops_admin\ngoal cloudops_engineer');
        assert.deepEqual(nextUpIds(answer), ['devops_engineer']);
        assert.equal(goal(answer, 'cloudops_engineer')?.status, 'earned');
        assert.ok(answer.held.includes('cloudops_engineer'));
    });

    it('plans against the plan date, not the tree date: SysOps is takeable in a 2024 tree planned in 2024', async () => {
        const text = 'use aws\ndate "2024-07-03"\nrole "Ops" { sysops_admin ~> devops_engineer }';
        assert.deepEqual(nextUpIds(await plan(text, '2024-07-03')), ['sysops_admin']);
        assert.deepEqual(nextUpIds(await plan(text, TODAY)), ['cloudops_engineer']);
    });

    it('warns of an exam that retires within 60 days of the plan date (Advanced Networking, 2026-12-31)', async () => {
        const answer = await plan('use aws\nadvanced_networking\ngoal advanced_networking');
        assert.equal(answer.exams[0].retiresOn, '2026-12-31');
        assert.equal(answer.goals[0].status, 'planned');
        const later = await plan('use aws\nadvanced_networking\ngoal advanced_networking', '2026-10-01');
        assert.equal(later.exams[0].retiresOn, null);
    });

    it('a goal on no path is planned alone', async () => {
        const answer = await plan(`${LOCAL_CERTS}\na -> b\ngoal d`);
        assert.deepEqual(answer.goals, [{ id: 'd', status: 'off-path', route: ['d'], successor: null }]);
    });

    it('a fan-out sibling held does not pass the step before it: y -> g1, g2 with g1 held still needs y for g2', async () => {
        const answer = await plan(`${LOCAL_CERTS}\nx -> g1\ny -> g1, g2\nearned x, g1\ngoal g2`);
        assert.deepEqual(examIds(answer), ['y', 'g2']);
    });

    it('a goal further along is reached through a goal on a later step that another path opens', async () => {
        // Path 1: a -> b -> c; path 2: c alone. Goals b, c: c is ready at once (path 2), and once
        // held it covers a (a later step of path 1 is held), so b is ready: 2 exams, not 3.
        const answer = await plan(`${LOCAL_CERTS}\na -> b -> c\nc\ngoal b, c`);
        assert.deepEqual(examIds(answer), ['c', 'b']);
    });

    it('ranks next up by goals served, then highlighted roles, then all roles, then tier, then document order', async () => {
        const answer = await plan(`${LOCAL_CERTS}
role "R1" { a }
role "R2" { b }
role "R3" { b }
role "H" { c }
d
highlight "H"
goal d`);
        // d serves the goal; c is ready in a highlighted role; b in two roles; a in one.
        assert.deepEqual(nextUpIds(answer), ['d', 'c', 'b', 'a']);
    });
});
