// "Did you mean": which names count as a plausible typo of what was written.
import assert from 'node:assert/strict';
import { closestName, editDistance } from '../../../src/language/did-you-mean.js';

const AWS = ['cloud_practitioner', 'solutions_architect_associate', 'solutions_architect_professional', 'developer', 'sysops_admin', 'security', 'devops_engineer'];

describe('did you mean', () => {
    it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
        assert.equal(editDistance('developer', 'developr'), 1);
        assert.equal(editDistance('security', 'secruity'), 1);
        assert.equal(editDistance('security', 'securitx'), 1);
        assert.equal(editDistance('abc', 'xyz'), 3);
    });

    it('suggests the closest name for typos, swapped letters and a different case', () => {
        assert.equal(closestName('developr', AWS), 'developer');
        assert.equal(closestName('secruity', AWS), 'security');
        assert.equal(closestName('Security', AWS), 'security');
        assert.equal(closestName('solutions_architect_asociate', AWS), 'solutions_architect_associate');
    });

    it('suggests the name a shortened id starts', () => {
        assert.equal(closestName('sysops', AWS), 'sysops_admin');
        assert.equal(closestName('cloud', AWS), 'cloud_practitioner');
    });

    it('suggests nothing when no name is close, for very short names, and for very long text', () => {
        assert.equal(closestName('kubernetes_admin', AWS), undefined);
        assert.equal(closestName('Q', ['R']), undefined);
        assert.equal(closestName('Rx', ['R']), undefined);
        assert.equal(closestName('x'.repeat(65), ['x'.repeat(64)]), undefined);
    });

    it('breaks ties alphabetically, so the answer does not depend on declaration order', () => {
        assert.equal(closestName('cab', ['cat', 'car']), 'car');
        assert.equal(closestName('cab', ['car', 'cat']), 'car');
    });
});
