import type { Reporter, TestModule } from "vitest/node";

/** Ends every run with one plain line, `N passed, N failed, N skipped`, that CI can read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed" || state === "failed") {
          counts[state] += 1;
        } else {
          counts.skipped += 1;
        }
      }
      if (testModule.state() === "failed" && testModule.children.size === 0) {
        counts.failed += 1;
      }
    }
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
