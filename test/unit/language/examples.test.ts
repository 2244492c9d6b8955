// The shipped examples: the reference's §1 example is clean; the 2024 chart shows exactly its retirements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { IssueCodes } from '../../../src/language/diagnostic-codes.js';
import type { Area, Model } from '../../../src/language/generated/ast.js';
import { checkText, createTestServices, diagnosticsOf, messageOf, textAt } from '../helpers/certtree-services.js';

const examples = new URL('../../../../examples/', import.meta.url);

async function checkExample(name: string) {
    const url = new URL(name, examples);
    const services = createTestServices();
    return checkText(services, readFileSync(url, 'utf8'), URI.file(fileURLToPath(url)));
}

describe('examples', () => {
    it('the AWS Certification Paths example (§1) gives no error and no warning', async () => {
        const document = await checkExample('aws-certification-paths.certtree');
        const serious = diagnosticsOf(document).filter(d => (d.severity ?? 1) <= 2);
        assert.deepEqual(serious.map(messageOf), []);
        // Dated 2023-11-29, it sees SysOps and ML – Specialty as still to retire: information only.
        const infos = diagnosticsOf(document).map(d => [(d.data as { code: string }).code, textAt(document, d)]);
        // Advanced Networking (retiring 2026-12-31) too: Cloud Security Engineer and Networking Engineer.
        const sysops = [IssueCodes.RetiringCert, 'sysops_admin'];
        const networking = [IssueCodes.RetiringCert, 'advanced_networking'];
        assert.deepEqual(infos, [
            sysops, sysops, sysops, networking, sysops, sysops, networking,
            [IssueCodes.RetiringCert, 'machine_learning'],
        ]);
    });

    it('the 2024 chart has 16 roles in 8 areas and, dated by the chart, only informs about each cert it uses that retires later', async () => {
        const document = await checkExample('aws-2024.certtree');
        const areas = (document.parseResult.value as Model).statements.filter((s): s is Area => s.$type === 'Area');
        assert.deepEqual(areas.map(a => a.name), ['Architecture', 'Data Analytics', 'Development', 'Operations', 'DevOps', 'Security', 'Networking', 'AI/ML']);
        assert.equal(areas.flatMap(a => a.roles).length, 16);
        const problems = diagnosticsOf(document).map(d => `${d.severity}:${messageOf(d)}`);
        // Severity 3: information. Dated by the chart, each of these certs retires later.
        const sysops = "3:Certification 'sysops_admin' retires on 2025-09-29 (its exam's last day). It was renamed to 'cloudops_engineer': the same credential, which its holders keep.";
        const ml = "3:Certification 'machine_learning' retires on 2026-03-31 (its exam's last day).";
        const networking = "3:Certification 'advanced_networking' retires on 2026-12-31 (its exam's last day).";
        // sysops_admin: the shared door, Systems Administrator, Cloud Engineer, Cloud DevOps (optional),
        // DevSecOps, Cloud Security Engineer; machine_learning: Prompt Engineer, ML Engineer, Data Scientist;
        // advanced_networking: Cloud Engineer, Cloud Security Engineer, Network Engineer.
        assert.deepEqual([...problems].sort(), [...Array(6).fill(sysops), ...Array(3).fill(ml), ...Array(3).fill(networking)].sort());
    });

    it('the 2024 chart brought up to date uses no retired cert; it only hears that Advanced Networking retires soon', async () => {
        const document = await checkExample('aws-2024-updated.certtree');
        // Advanced Networking (retiring 2026-12-31): Cloud Engineer, Cloud Security Engineer, Network Engineer.
        assert.deepEqual(diagnosticsOf(document).map(messageOf), Array(3).fill("Certification 'advanced_networking' retires on 2026-12-31 (its exam's last day)."));
        const areas = (document.parseResult.value as Model).statements.filter((s): s is Area => s.$type === 'Area');
        assert.equal(areas.flatMap(a => a.roles).length, 16);
    });
});
