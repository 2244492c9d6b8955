// Parsing: every statement and construct of the language reference, §2–4, gives the expected tree.
import assert from 'node:assert/strict';
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { certFacts } from '../../../src/language/cert-facts.js';
import type { Area, Cert, Earned, Goal, Group, Highlight, Model, Path, Role, Style, Use } from '../../../src/language/generated/ast.js';
import { createTestServices } from '../helpers/certtree-services.js';

const services = createTestServices();
const parse = parseHelper<Model>(services.CertTree);

async function parseClean(text: string): Promise<Model> {
    const document: LangiumDocument<Model> = await parse(text);
    const { lexerErrors, parserErrors } = document.parseResult;
    assert.deepEqual([...lexerErrors.map(e => e.message), ...parserErrors.map(e => e.message)], [], 'expected no syntax errors');
    return document.parseResult.value;
}

/** A path as text: `a -> b, c ~> d?`, rebuilt from the tree. */
function pathText(path: Path): string {
    return path.steps.map((step, i) =>
        (i > 0 ? `${path.arrows[i - 1]} ` : '') + step.refs.map(ref => ref.cert.$refText + (ref.optional ? '?' : '')).join(', ')
    ).join(' ');
}

describe('parsing', () => {
    it('reads the tree-wide statements', async () => {
        const model = await parseClean(`
            tree "AWS Certification Paths"
            source "https://example.com/paths.pdf"
            date "2023-11-29"
            direction right
            view graph
            use aws
            use "./other.certtree"`);
        const [tree, source, date, direction, view, useCatalog, useFile] = model.statements;
        assert.equal(tree.$type === 'TreeTitle' && tree.title, 'AWS Certification Paths');
        assert.equal(source.$type === 'SourceStatement' && source.url, 'https://example.com/paths.pdf');
        assert.equal(date.$type === 'DateStatement' && date.value, '2023-11-29');
        assert.equal(direction.$type === 'DirectionStatement' && direction.value, 'right');
        assert.equal(view.$type === 'ViewStatement' && view.value, 'graph');
        assert.equal((useCatalog as Use).catalog, 'aws');
        assert.equal((useFile as Use).path, './other.certtree');
    });

    it('accepts every direction and view value', async () => {
        for (const value of ['down', 'right', 'up', 'left']) await parseClean(`direction ${value}`);
        for (const value of ['paths', 'graph']) await parseClean(`view ${value}`);
    });

    it('reads a cert with every field, in any order, on many lines', async () => {
        const model = await parseClean(`
            cert cka "Certified Kubernetes Administrator" {
              successor cka_v2
              icon "./assets/cka.png"  // optional
              url "https://training.linuxfoundation.org/cka/"
              retiring "2026-03-31"
              code "CKA"
              level associate
              minutes 120 questions 17 price 445.5
            }
            cert cka_v2 "CKA v2" { level professional }`);
        const cert = model.statements[0] as Cert;
        assert.equal(cert.name, 'cka');
        assert.equal(cert.title, 'Certified Kubernetes Administrator');
        const facts = certFacts(cert);
        assert.equal(facts.level, 'associate');
        assert.equal(facts.code, 'CKA');
        assert.equal(facts.url, 'https://training.linuxfoundation.org/cka/');
        assert.equal(facts.icon, './assets/cka.png');
        assert.equal(facts.lastDay, '2026-03-31');
        assert.equal(facts.successor?.$refText, 'cka_v2');
        assert.equal(facts.minutes, 120);
        assert.equal(facts.questions, 17);
        assert.equal(facts.price, 445.5);
    });

    it('reads a cert on one line, with `retired`, and without a title', async () => {
        const model = await parseClean('cert old { level specialty retired "2024-04-08" } cert x "X" {}');
        const [old, x] = model.statements as Cert[];
        assert.equal(old.title, undefined);
        assert.deepEqual([old.fields.map(f => f.$type), certFacts(old).lastDay], [['LevelField', 'RetiredField'], '2024-04-08']);
        assert.equal(x.fields.length, 0);
    });

    it('accepts every level', async () => {
        for (const level of ['foundational', 'associate', 'professional', 'specialty']) {
            const model = await parseClean(`cert c { level ${level} }`);
            assert.equal(certFacts(model.statements[0] as Cert).level, level);
        }
    });

    it('reads paths with both arrows, fan-out, fan-in and optional steps', async () => {
        const model = await parseClean(`
            a -> b ~> c
            a -> b, c, d
            b, c -> d
            a -> b? ~> c
            lonely`);
        assert.deepEqual((model.statements as Path[]).map(pathText), [
            'a -> b ~> c',
            'a -> b, c, d',
            'b, c -> d',
            'a -> b? ~> c',
            'lonely',
        ]);
        const optional = (model.statements[3] as Path).steps[1].refs[0];
        assert.equal(optional.optional, true);
    });

    it('reads paths spread over several lines', async () => {
        const model = await parseClean('a ->\n  b,\n  c\n  ~> d');
        assert.deepEqual((model.statements as Path[]).map(pathText), ['a -> b, c ~> d']);
    });

    it('reads nested groups holding bare references and paths', async () => {
        const model = await parseClean(`
            group "Outer" {
              cloud_practitioner
              group "Inner" { group "Innermost" { a -> b } }
              a -> c
            }`);
        const outer = model.statements[0] as Group;
        assert.equal(outer.label, 'Outer');
        assert.equal(outer.members.length, 3);
        const inner = outer.members[1] as Group;
        const innermost = inner.members[0] as Group;
        assert.equal(innermost.label, 'Innermost');
        assert.equal(pathText(innermost.members[0] as Path), 'a -> b');
    });

    it('reads areas holding roles holding paths, and roles at the top level', async () => {
        const model = await parseClean(`
            area "Architecture" {
              role "Solutions Architect" { saa -> sap ~> scs  saa -> dva }
              role "Empty" {}
            }
            role "Standalone" { a -> b }`);
        const area = model.statements[0] as Area;
        assert.equal(area.name, 'Architecture');
        assert.deepEqual(area.roles.map(r => r.name), ['Solutions Architect', 'Empty']);
        assert.deepEqual(area.roles[0].paths.map(pathText), ['saa -> sap ~> scs', 'saa -> dva']);
        assert.equal((model.statements[1] as Role).name, 'Standalone');
    });

    it('reads highlight, earned and goal lists', async () => {
        const model = await parseClean('highlight "A", "B/C"\nearned a, b\ngoal c');
        const [highlight, earned, goal] = model.statements as [Highlight, Earned, Goal];
        assert.deepEqual(highlight.roles.map(r => r.$refText), ['A', 'B/C']);
        assert.deepEqual(earned.certs.map(r => r.cert.$refText), ['a', 'b']);
        assert.deepEqual(goal.certs.map(r => r.cert.$refText), ['c']);
    });

    it('reads style blocks for both edge kinds', async () => {
        const model = await parseClean('style next { color "#1f77b4" line solid width 2 }\nstyle dive_deep { line dotted color "gray" }');
        const [next, dive] = model.statements as Style[];
        assert.equal(next.kind, 'next');
        assert.deepEqual(next.fields.map(f => [f.$type, f.value]), [['ColorField', '#1f77b4'], ['LineField', 'solid'], ['WidthField', 2]]);
        assert.equal(dive.kind, 'dive_deep');
        for (const line of ['solid', 'dashed', 'dotted']) await parseClean(`style next { line ${line} }`);
    });

    it('skips line and block comments anywhere', async () => {
        const model = await parseClean('// a comment\ntree /* inline */ "T" /* multi\nline */\n// end');
        assert.equal(model.statements.length, 1);
    });

    it('keeps escapes and any Unicode text in strings', async () => {
        const model = await parseClean(String.raw`tree "Say \"hi\" \\ then — 日本語 🚀"`);
        const tree = model.statements[0];
        assert.equal(tree.$type === 'TreeTitle' && tree.title, 'Say "hi" \\ then — 日本語 🚀');
    });

    it('reports a keyword used as a cert id, and an id with a dash', async () => {
        const keyword = await parse('cert level { level associate }');
        assert.ok(keyword.parseResult.parserErrors.length > 0);
        const dashed = await parse('cert my-cert { level associate }');
        assert.ok(dashed.parseResult.lexerErrors.length + dashed.parseResult.parserErrors.length > 0);
    });
});
