// Mocha's spec reporter, plus the run's counts written to $CERTTREE_TEST_SUMMARY for scripts/test.mjs.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
    constructor(runner, options) {
        super(runner, options);
        runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
            const file = process.env.CERTTREE_TEST_SUMMARY;
            if (!file) return;
            const { passes, failures, pending } = this.stats;
            writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
        });
    }
}

module.exports = SummaryReporter;
