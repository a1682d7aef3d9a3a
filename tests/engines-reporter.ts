/**
 * Prints, at the end of a Playwright run, how many tests ran in each engine (one line per project),
 * so `npm test` shows that Chromium, Firefox and WebKit each ran their share. A project whose browser
 * is missing fails its tests: it shows up here as failed, never as skipped.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class EnginesReporter implements Reporter {
  /** Each test once, with its last outcome (a retried test counts once). */
  private readonly tests = new Map<TestCase, string>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.tests.set(test, test.outcome());
  }

  onEnd(result: FullResult): void {
    const byEngine = new Map<string, Record<string, number>>();
    for (const [test, outcome] of this.tests) {
      const engine = test.parent.project()?.name || 'default';
      const counts = byEngine.get(engine) ?? {};
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      byEngine.set(engine, counts);
    }
    for (const [engine, counts] of byEngine) {
      const ran = (counts.expected ?? 0) + (counts.unexpected ?? 0) + (counts.flaky ?? 0);
      const parts = [`${counts.expected ?? 0} passed`, counts.unexpected && `${counts.unexpected} failed`, counts.flaky && `${counts.flaky} flaky`, counts.skipped && `${counts.skipped} skipped`];
      console.log(`engine ${engine}: ${ran} tests ran (${parts.filter(Boolean).join(', ')})`);
    }
    if (byEngine.size === 0) console.log(`engines: no test ran (${result.status})`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
