// Joins a path's consecutive steps all to all, the way every view draws `a, b -> c, d`.
import type { Path } from '../language/generated/ast.js';
import type { EdgeKind } from './diagram-model.js';

/**
 * Calls `join` for every reference of each step with every reference of the next one, with the
 * kind of the arrow between them (`~>` dives deep; `->`, or an arrow lost to a syntax error, is next).
 */
export function joinSteps<T>(steps: ReadonlyArray<readonly T[]>, arrows: Path['arrows'], join: (from: T, to: T, kind: EdgeKind) => void): void {
    for (let i = 0; i + 1 < steps.length; i++) {
        const kind: EdgeKind = arrows[i] === '~>' ? 'dive_deep' : 'next';
        for (const from of steps[i]) {
            for (const to of steps[i + 1]) join(from, to, kind);
        }
    }
}
