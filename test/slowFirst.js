// @ts-check
/**
 * Jest's test order, with the slow suites first on a fresh clone too. Jest starts the suites it
 * timed before longest first, but CI runs on a fresh clone with no timings, where Jest orders by
 * file size: a small file that runs for two minutes (test/hostile/cli.test.ts) then starts last and
 * one worker runs it alone at the end. KNOWN gives those suites a duration (seconds on the 2-core
 * CI machine) when Jest has none of its own; a timing Jest measured always wins.
 */
'use strict';

const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const ROOT = path.resolve(__dirname, '..');
/** @type {Record<string, number>} */
const KNOWN = {
  'test/hostile/bounded.test.ts': 120,
  'test/taskpane/rootCausePrompt.test.tsx': 90,
  'test/hostile/cli.test.ts': 70,
  'test/core/reviewPdf.test.ts': 70,
  'test/cli/writer/atomic.test.ts': 50,
  'test/taskpane/operations.test.tsx': 45,
  'test/bench/roundTrips.test.ts': 40,
  'test/taskpane/language.test.tsx': 38,
  'test/cli/writer/extend.test.ts': 37,
  'test/hostile/fuzz.test.ts': 35,
  'test/taskpane/findings.test.tsx': 34,
  'test/cli/pack.test.ts': 29,
  'test/core/i18n/findings.test.ts': 26,
  'test/excel/readRegister.test.ts': 26,
  'test/hostile/bundle.test.ts': 26,
};

class SlowFirst extends Sequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    /** @type {Map<string, number>} */
    const size = new Map();
    const bytes = (/** @type {import('@jest/test-result').Test} */ t) => {
      if (!size.has(t.path)) size.set(t.path, t.context.hasteFS.getSize(t.path) ?? 0);
      return /** @type {number} */ (size.get(t.path));
    };
    for (const t of tests) {
      const measured = this.time(t);
      const known = KNOWN[path.relative(ROOT, t.path).split(path.sep).join('/')];
      t.duration = measured ?? (known === undefined ? undefined : known * 1000);
    }
    const failed = (/** @type {import('@jest/test-result').Test} */ t) => (this.hasFailed(t) ? 1 : 0);
    return tests.sort(
      (a, b) => failed(b) - failed(a) || (b.duration ?? -1) - (a.duration ?? -1) || bytes(b) - bytes(a),
    );
  }
}

module.exports = SlowFirst;
