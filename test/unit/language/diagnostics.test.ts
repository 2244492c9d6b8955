// One test per row of the diagnostics table (language reference §6), plus the checks docs/language.md adds.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { DocumentValidator, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { IssueCodes, type IssueCode } from '../../../src/language/diagnostic-codes.js';
import { checkText, clearTestDocuments, createTestServices, diagnosticsOf, messageOf, textAt } from '../helpers/certtree-services.js';

const services = createTestServices();

interface Found {
    severity: string;
    line: number;
    text: string;
    message: string;
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

/** The diagnostics with `code`, as severity, 1-based line, covered text and message. */
function withCode(document: LangiumDocument, code: IssueCode): Found[] {
    return diagnosticsOf(document)
        .filter(d => (d.data as { code?: string } | undefined)?.code === code)
        .map(d => found(document, d));
}

function found(document: LangiumDocument, d: Diagnostic): Found {
    return { severity: SEVERITY_NAMES[d.severity ?? 1], line: d.range.start.line + 1, text: textAt(document, d), message: messageOf(d) };
}

function codes(document: LangiumDocument): string[] {
    return diagnosticsOf(document).map(d => (d.data as { code?: string } | undefined)?.code ?? 'syntax');
}

describe('diagnostics (§6)', () => {
    afterEach(() => clearTestDocuments(services));

    it('a syntax error is an error at the offending token', async () => {
        const document = await checkText(services, 'use aws\ncert x "X" {\n  level huge\n}');
        const syntax = diagnosticsOf(document).filter(d => (d.data as { code?: string }).code === DocumentValidator.ParsingError);
        assert.ok(syntax.length > 0, 'expected a syntax error');
        assert.equal(syntax[0].severity, DiagnosticSeverity.Error);
        assert.equal(syntax[0].range.start.line, 2);
        assert.equal(textAt(document, syntax[0]), 'huge');
        assert.match(messageOf(syntax[0]), /Expecting: one of these possible Token sequences:[\s\S]*associate[\s\S]*but found: 'huge'/);
    });

    it('an unknown cert id is an error naming the closest id in scope, catalog certs included', async () => {
        const document = await checkText(services, 'use aws\ncert kube_admin { level associate }\ndevelopr -> kube_admn\nearned zzz_nothing_alike');
        assert.deepEqual(withCode(document, IssueCodes.UnknownCert), [
            { severity: 'error', line: 3, text: 'developr', message: "Unknown certification 'developr'. Did you mean 'developer'?" },
            { severity: 'error', line: 3, text: 'kube_admn', message: "Unknown certification 'kube_admn'. Did you mean 'kube_admin'?" },
            { severity: 'error', line: 4, text: 'zzz_nothing_alike', message: "Unknown certification 'zzz_nothing_alike'. Declare it with `cert`, or `use` the catalog or file that declares it." },
        ]);
        assert.ok(!diagnosticsOf(document).some(d => messageOf(d).startsWith('Could not resolve')), "Langium's own linking message is replaced");
    });

    it('an unknown successor is reported the same way', async () => {
        const document = await checkText(services, 'cert a { level associate successor bb }\ncert b { level associate }\na');
        assert.deepEqual(withCode(document, IssueCodes.UnknownCert).map(f => [f.line, f.text]), [[1, 'bb']]);
    });

    it('a cert declared twice in one file is an error on the second declaration', async () => {
        const document = await checkText(services, 'cert a { level associate }\ncert b { level associate }\ncert a "Again" { level professional }\na -> b');
        assert.deepEqual(withCode(document, IssueCodes.DuplicateCert), [
            { severity: 'error', line: 3, text: 'a', message: "Certification 'a' is already declared on line 1; give this one another id or remove it." },
        ]);
    });

    it('`use` of an unknown catalog is an error that lists the available catalogs', async () => {
        const document = await checkText(services, 'use awss\nuse oracle');
        assert.deepEqual(withCode(document, IssueCodes.UnknownCatalog), [
            { severity: 'error', line: 1, text: 'awss', message: "Unknown catalog 'awss'. Did you mean 'aws'? The available catalogs are: aws, azure, google, cncf." },
            { severity: 'error', line: 2, text: 'oracle', message: "Unknown catalog 'oracle'. The available catalogs are: aws, azure, google, cncf." },
        ]);
    });

    it('`use` of a missing file is an error that says so and lists the catalogs', async () => {
        const document = await checkText(services, 'use "./missing.certtree"');
        assert.deepEqual(withCode(document, IssueCodes.MissingUseFile), [
            { severity: 'error', line: 1, text: '"./missing.certtree"', message: "The file './missing.certtree' does not exist (the path is relative to this file). The available catalogs are: aws, azure, google, cncf." },
        ]);
    });

    it('a loop within one role is a warning that names the loop', async () => {
        const document = await checkText(services, [
            'use aws',
            'area "Ops" {',
            '  role "Looping" {',
            '    developer -> solutions_architect_associate',
            '    solutions_architect_associate -> developer',
            '  }',
            '}',
        ].join('\n'));
        assert.deepEqual(withCode(document, IssueCodes.PathLoop), [{
            severity: 'warning', line: 5, text: 'developer',
            message: "These steps loop in role 'Looping': developer -> solutions_architect_associate -> developer. Order these certifications one way.",
        }]);
    });

    it('different roles ordering the same certs differently is no loop', async () => {
        const document = await checkText(services, [
            'use aws',
            'area "Ops" {',
            '  role "One" { developer -> solutions_architect_associate }',
            '  role "Two" { solutions_architect_associate -> developer }',
            '}',
        ].join('\n'));
        assert.deepEqual(withCode(document, IssueCodes.PathLoop), []);
    });

    it('a loop in one path (a -> b -> a) and a step to itself are loops too', async () => {
        const document = await checkText(services, 'use aws\nrole "R" { developer ~> data_engineer -> developer }\nrole "S" { security -> security }');
        assert.deepEqual(withCode(document, IssueCodes.PathLoop).map(f => [f.line, f.message]), [
            [2, "These steps loop in role 'R': developer ~> data_engineer -> developer. Order these certifications one way."],
            [3, "These steps loop in role 'S': security -> security. Order these certifications one way."],
        ]);
    });

    it('two loops through the same cert in one role are both reported, and a loop written twice once', async () => {
        const document = await checkText(services, [
            'use aws',
            'role "Ops" {',
            '  developer -> sysops_admin -> developer',
            '  developer -> data_engineer -> developer',
            '  developer -> sysops_admin -> developer',
            '}',
        ].join('\n'));
        assert.deepEqual(withCode(document, IssueCodes.PathLoop).map(f => [f.line, f.message]), [
            [3, "These steps loop in role 'Ops': developer -> sysops_admin -> developer. Order these certifications one way."],
            [4, "These steps loop in role 'Ops': developer -> data_engineer -> developer. Order these certifications one way."],
        ]);
    });

    it('a step from professional or specialty down to associate or foundational is a warning naming both tiers', async () => {
        const document = await checkText(services, 'use aws\nrole "R" { devops_engineer -> developer }\nrole "S" { security ~> cloud_practitioner }\nrole "T" { security ~> devops_engineer }');
        assert.deepEqual(withCode(document, IssueCodes.TierStepDown), [
            { severity: 'warning', line: 2, text: 'developer', message: "This step goes down from professional 'devops_engineer' to associate 'developer'; paths should lead up the tiers." },
            { severity: 'warning', line: 3, text: 'cloud_practitioner', message: "This step goes down from specialty 'security' to foundational 'cloud_practitioner'; paths should lead up the tiers." },
        ]);
    });

    it('a retired cert in a path is a warning saying since when and naming its new name or successor', async () => {
        const document = await checkText(services, 'date "2026-11-26"\nuse aws\ncloud_practitioner -> sysops_admin\ncert old { level specialty retired "2020-01-01" }\nold\ndata_analytics');
        assert.deepEqual(withCode(document, IssueCodes.RetiredCert), [
            { severity: 'warning', line: 3, text: 'sysops_admin', message: "Certification 'sysops_admin' is retired since 2025-09-29 (its exam's last day). It was renamed to 'cloudops_engineer': the same credential, which its holders keep." },
            { severity: 'warning', line: 5, text: 'old', message: "Certification 'old' is retired since 2020-01-01 (its exam's last day). It has no successor." },
            { severity: 'warning', line: 6, text: 'data_analytics', message: "Certification 'data_analytics' is retired since 2024-04-08 (its exam's last day). Its successor is 'data_engineer'." },
        ]);
    });

    it('a cert both renamed and replaced is a warning: it is one or the other', async () => {
        const document = await checkText(services, 'cert n "New" { level associate }\ncert s "Other" { level associate }\ncert o "Old" { level associate renamed n successor s }\ncert self "Self" { level associate renamed self }');
        assert.deepEqual(withCode(document, IssueCodes.RenamedAndReplaced).map(d => d.line), [3]);
        assert.deepEqual(withCode(document, IssueCodes.SelfSuccessor).map(d => d.message), ["'self' cannot be renamed to itself; name the certification it is now called."]);
    });

    it('retirement is judged against the tree date: an older chart sees a retiring cert, with its date', async () => {
        const document = await checkText(services, 'date "2024-01-01"\nuse aws\ncloud_practitioner -> sysops_admin');
        assert.deepEqual(withCode(document, IssueCodes.RetiredCert), []);
        assert.deepEqual(withCode(document, IssueCodes.RetiringCert), [
            { severity: 'info', line: 3, text: 'sysops_admin', message: "Certification 'sysops_admin' retires on 2025-09-29 (its exam's last day). It was renamed to 'cloudops_engineer': the same credential, which its holders keep." },
        ]);
    });

    it('the last day itself still counts as retiring', async () => {
        const document = await checkText(services, 'date "2025-09-29"\nuse aws\nsysops_admin');
        assert.deepEqual(codes(document), [IssueCodes.RetiringCert]);
    });

    it('`highlight` of an unknown role is an error that lists the roles', async () => {
        const document = await checkText(services, 'use aws\narea "A" { role "Cloud Data Engineer" { developer } role "Tester" { developer } }\nhighlight "Cloud Data Enginer", "Nobody"');
        assert.deepEqual(withCode(document, IssueCodes.UnknownRole), [
            { severity: 'error', line: 3, text: '"Cloud Data Enginer"', message: "Unknown role 'Cloud Data Enginer'. Did you mean 'Cloud Data Engineer'? The roles are: 'Cloud Data Engineer', 'Tester'." },
            { severity: 'error', line: 3, text: '"Nobody"', message: "Unknown role 'Nobody'. The roles are: 'Cloud Data Engineer', 'Tester'." },
        ]);
    });

    it('an earned or goal cert that is on no path is a hint', async () => {
        const document = await checkText(services, 'use aws\ndeveloper -> devops_engineer\nearned developer, cloud_practitioner\ngoal security');
        assert.deepEqual(withCode(document, IssueCodes.MarkNotOnPath), [
            { severity: 'hint', line: 3, text: 'cloud_practitioner', message: "'cloud_practitioner' is on no path of this tree, so the diagram does not show it as earned." },
            { severity: 'hint', line: 4, text: 'security', message: "'security' is on no path of this tree, so the diagram does not show it as a goal." },
        ]);
    });

    it('two roles with the same name in one area, or two areas with the same name, are warnings', async () => {
        const document = await checkText(services, 'use aws\narea "Ops" { role "Admin" { developer } role "Admin" { developer } }\narea "Ops" { role "Other" { developer } }\narea "Dev" { role "Admin" { developer } }');
        assert.deepEqual(withCode(document, IssueCodes.DuplicateRole), [
            { severity: 'warning', line: 2, text: '"Admin"', message: "Area 'Ops' already has a role 'Admin' (line 2); give each role its own name." },
        ]);
        assert.deepEqual(withCode(document, IssueCodes.DuplicateArea), [
            { severity: 'warning', line: 3, text: '"Ops"', message: "There is already an area 'Ops' (line 2); put its roles together in one area." },
        ]);
    });

    it('an icon file that does not exist is a warning', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'certtree-diag-'));
        try {
            const document = await checkText(services, 'cert a {\n  level associate\n  icon "./assets/a.png"\n}\na', URI.file(join(folder, 'tree.certtree')));
            assert.deepEqual(withCode(document, IssueCodes.MissingIcon), [
                { severity: 'warning', line: 3, text: '"./assets/a.png"', message: "The icon file './assets/a.png' does not exist; add the image or fix the path (it is relative to this file)." },
            ]);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('a cert missing `level` is an error', async () => {
        const document = await checkText(services, 'cert cka "CKA" { code "CKA" }\ncka');
        assert.deepEqual(withCode(document, IssueCodes.MissingLevel), [
            { severity: 'error', line: 1, text: 'cka', message: "Certification 'cka' has no level; add `level foundational`, `associate`, `professional` or `specialty`." },
        ]);
    });

    it('a local cert shadowing a catalog cert is a hint', async () => {
        const document = await checkText(services, 'use aws\ncert developer "My developer" { level associate }\ndeveloper');
        assert.deepEqual(withCode(document, IssueCodes.ShadowedCert), [
            { severity: 'hint', line: 2, text: 'developer', message: "Certification 'developer' shadows the one with the same id from catalog 'aws'; references in this file mean this one." },
        ]);
    });
});

describe('diagnostics the reference implies', () => {
    afterEach(() => clearTestDocuments(services));

    it('`tree` is given at most once (error) and first (warning)', async () => {
        const document = await checkText(services, 'direction down\ntree "A"\ntree "B"');
        assert.deepEqual(withCode(document, IssueCodes.TreeTitleNotFirst).map(f => [f.severity, f.line, f.text]), [['warning', 2, 'tree']]);
        assert.deepEqual(withCode(document, IssueCodes.TreeTitleTwice).map(f => [f.severity, f.line, f.text, f.message]), [
            ['error', 3, 'tree', 'The tree already has a title (line 2); a tree has one `tree` statement.'],
        ]);
    });

    it('a tree-wide setting given twice is a warning: the first counts', async () => {
        const document = await checkText(services, 'date "2024-01-01"\ndirection down\ndate "2025-01-01"');
        assert.deepEqual(withCode(document, IssueCodes.SettingTwice).map(f => [f.severity, f.line, f.text, f.message]), [
            ['warning', 3, 'date', '`date` is already given on line 1; only the first one counts, so remove this one.'],
        ]);
    });

    it('a field given twice in a cert is a warning on the later one; retired and retiring clash', async () => {
        const document = await checkText(services, 'cert a {\n  level associate\n  code "A1"\n  code "A2"\n  retiring "2030-01-01"\n  retired "2020-01-01"\n}');
        assert.deepEqual(withCode(document, IssueCodes.FieldTwice).map(f => [f.line, f.text, f.message]), [
            [4, 'code "A2"', '`code` is already given on line 3; the last one counts, so remove the other.'],
            [6, 'retired "2020-01-01"', "`retired` and `retiring` both give the exam's last day; keep one (the last one counts)."],
        ]);
    });

    it('dates must be real days written YYYY-MM-DD', async () => {
        const document = await checkText(services, 'date "26/11/2026"\ncert a { level associate retired "2025-02-30" }');
        assert.deepEqual(withCode(document, IssueCodes.InvalidDate).map(f => [f.severity, f.line, f.text]), [
            ['error', 1, '"26/11/2026"'],
            ['error', 2, '"2025-02-30"'],
        ]);
    });

    it('a cert url must be http or https; a source may be text but a link in it must be a web address', async () => {
        const document = await checkText(services, 'source "javascript:alert(1)"\ncert a { level associate url "file:///etc/passwd" }\ncert b { level associate url "https://example.com/b" }');
        assert.deepEqual(withCode(document, IssueCodes.InvalidUrl).map(f => [f.severity, f.line, f.text]), [
            ['error', 1, '"javascript:alert(1)"'],
            ['error', 2, '"file:///etc/passwd"'],
        ]);
        const text = await checkText(services, 'source "AWS chart, 2023 edition"');
        assert.deepEqual(codes(text), []);
    });

    it('an icon must be an image inside the document folder; otherwise an error, and a good icon is clean', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'certtree-diag-'));
        try {
            mkdirSync(join(folder, 'tree'));
            writeFileSync(join(folder, 'tree', 'good.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
            writeFileSync(join(folder, 'tree', 'notes.png'), 'not an image');
            writeFileSync(join(folder, 'secret.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
            const document = await checkText(services, [
                'cert a { level associate icon "good.png" }',
                'cert b { level associate icon "notes.png" }',
                'cert c { level associate icon "../secret.png" }',
                'cert d { level associate icon "https://example.com/d.png" }',
                'a b c d',
            ].join('\n'), URI.file(join(folder, 'tree', 'tree.certtree')));
            assert.deepEqual(withCode(document, IssueCodes.InvalidIcon).map(f => [f.severity, f.line, f.text]), [
                ['error', 2, '"notes.png"'],
                ['error', 3, '"../secret.png"'],
                ['error', 4, '"https://example.com/d.png"'],
            ]);
            assert.deepEqual(withCode(document, IssueCodes.MissingIcon), []);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('an icon elsewhere in the workspace is accepted', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'certtree-diag-'));
        try {
            mkdirSync(join(folder, 'trees'));
            mkdirSync(join(folder, 'assets'));
            writeFileSync(join(folder, 'assets', 'shared.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
            const text = 'cert a { level associate icon "../assets/shared.svg" }\na';
            const uri = URI.file(join(folder, 'trees', 'tree.certtree'));
            const outsideWorkspace = await checkText(services, text, uri);
            assert.deepEqual(withCode(outsideWorkspace, IssueCodes.InvalidIcon).map(f => f.text), ['"../assets/shared.svg"']);
            const inWorkspace = createTestServices();
            // What the language server learns from the editor's `initialize` request.
            inWorkspace.shared.workspace.WorkspaceManager.initialize({
                processId: null, rootUri: null, capabilities: {},
                workspaceFolders: [{ name: 'project', uri: URI.file(folder).toString() }],
            });
            const document = await checkText(inWorkspace, text, uri);
            assert.deepEqual(codes(document), []);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('minutes and questions are whole numbers above 0; style colours and widths are checked', async () => {
        const document = await checkText(services, 'cert a { level associate minutes 90.5 questions 0 price 99.99 }\nstyle next { color "not a colour" width 0 }\nstyle dive_deep { color "#1f77b4" width 1.5 }');
        assert.deepEqual(withCode(document, IssueCodes.InvalidNumber).map(f => [f.line, f.text]), [[1, '90.5'], [1, '0'], [2, '0']]);
        assert.deepEqual(withCode(document, IssueCodes.InvalidColor).map(f => [f.line, f.text]), [[2, '"not a colour"']]);
    });

    it('a style colour is a colour name Graphviz knows or #RGB, #RRGGBB, #RRGGBBAA; an unknown name suggests the closest', async () => {
        const accepted = await checkText(services, 'style next { color "#abc" }\nstyle dive_deep { color "Gray50" }');
        assert.deepEqual(withCode(accepted, IssueCodes.InvalidColor), []);
        const document = await checkText(services, 'style next { color "steelblu" }\nstyle dive_deep { color "notacolour" }');
        assert.deepEqual(withCode(document, IssueCodes.InvalidColor).map(f => [f.severity, f.line, f.text, f.message]), [
            ['error', 1, '"steelblu"', '\'steelblu\' is not a colour Graphviz knows. Did you mean "steelblue"? Write a colour name such as "steelblue" or "gray50", or #RGB, #RRGGBB or #RRGGBBAA.'],
            ['error', 2, '"notacolour"', '\'notacolour\' is not a colour Graphviz knows. Write a colour name such as "steelblue" or "gray50", or #RGB, #RRGGBB or #RRGGBBAA.'],
        ]);
        const badHex = await checkText(services, 'style next { color "#12345" }');
        assert.deepEqual(withCode(badHex, IssueCodes.InvalidColor).map(f => f.message), [
            '\'#12345\' is not a colour: after # come 3, 6 or 8 hex digits; write a colour name such as "steelblue" or "gray50", or #RGB, #RRGGBB or #RRGGBBAA.',
        ]);
    });

    it('the same style, `use` or successor-of-itself are warnings', async () => {
        const document = await checkText(services, 'use aws\nuse aws\nstyle next { width 2 }\nstyle next { width 3 }\ncert a { level associate successor a }\na');
        assert.deepEqual(withCode(document, IssueCodes.DuplicateUse).map(f => [f.severity, f.line]), [['warning', 2]]);
        assert.deepEqual(withCode(document, IssueCodes.StyleTwice).map(f => [f.severity, f.line, f.text]), [['warning', 4, 'next']]);
        assert.deepEqual(withCode(document, IssueCodes.SelfSuccessor).map(f => [f.severity, f.line, f.text]), [['warning', 5, 'a']]);
    });

    it('a goal already earned is information', async () => {
        const document = await checkText(services, 'use aws\ndeveloper -> devops_engineer\nearned developer\ngoal developer, devops_engineer');
        assert.deepEqual(withCode(document, IssueCodes.GoalAlreadyEarned).map(f => [f.severity, f.line, f.text]), [['info', 4, 'developer']]);
    });

    it('a file cannot use itself', async () => {
        const document = await checkText(services, 'use "./self.certtree"', URI.parse('file:///test/self.certtree'));
        assert.deepEqual(withCode(document, IssueCodes.SelfUse).map(f => [f.severity, f.text]), [['error', '"./self.certtree"']]);
    });

    it('every diagnostic carries its code both in `code` and in `data.code`', async () => {
        const document = await checkText(services, 'use nope\ncert a { }\nb\ncert a { level associate }');
        const diagnostics = diagnosticsOf(document);
        assert.ok(diagnostics.length >= 3);
        const known = new Set<string>(Object.values(IssueCodes));
        for (const diagnostic of diagnostics) {
            const code = (diagnostic.data as { code: string }).code;
            assert.ok(known.has(code), `unexpected code ${code}`);
            assert.equal(diagnostic.code, code);
        }
    });
});
