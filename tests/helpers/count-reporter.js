// @ts-check
// Counts every test in every browser and writes the totals to node_modules/.cache/test-counts.json, from which
// scripts/run-browser-tests.mjs prints the run's closing line, "tests: N passed, N failed, N skipped", after
// web-test-runner's own report. A test file that failed to load counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';

export const COUNTS_FILE = 'node_modules/.cache/test-counts.json';

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      /** @param {import('@web/test-runner').TestSuiteResult} suite */
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (!session.passed && session.errors?.length) counts.failed++;
      }
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync(COUNTS_FILE, JSON.stringify(counts));
    },
  };
}
