// The shared walks over a tree: its roles, and its paths with their role, in the order written.
import assert from 'node:assert/strict';
import { parseHelper } from 'langium/test';
import type { Model, Path } from '../../../src/language/generated/ast.js';
import { pathsOf, rolesOf } from '../../../src/language/model-queries.js';
import { createTestServices } from '../helpers/certtree-services.js';

const parse = parseHelper<Model>(createTestServices().CertTree);

/** A path as the text of its steps, e.g. "a -> b". */
function pathText(path: Path): string {
    return path.$cstNode?.text ?? '';
}

describe('model queries', () => {
    const text = [
        'cert a { level associate }',
        'a -> a',
        'group "Outer" {',
        '  a',
        '  group "Inner" { group "Innermost" { a ~> a } }',
        '  a -> a -> a',
        '}',
        'role "Lone" { a }',
        'area "Ops" {',
        '  role "First" { a -> a }',
        '  role "Empty" { }',
        '  role "Second" { a ~> a a }',
        '}',
    ].join('\n');

    it('lists every role, top-level and in areas, in document order', async () => {
        const model = (await parse(text)).parseResult.value;
        assert.deepEqual(rolesOf(model).map(role => role.name), ['Lone', 'First', 'Empty', 'Second']);
    });

    it('lists every path in document order, through nested groups, with its role', async () => {
        const model = (await parse(text)).parseResult.value;
        assert.deepEqual([...pathsOf(model)].map(({ path, role }) => [pathText(path), role?.name]), [
            ['a -> a', undefined],
            ['a', undefined],
            ['a ~> a', undefined],
            ['a -> a -> a', undefined],
            ['a', 'Lone'],
            ['a -> a', 'First'],
            ['a ~> a', 'Second'],
            ['a', 'Second'],
        ]);
    });
});
