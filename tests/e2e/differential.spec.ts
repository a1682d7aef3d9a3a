/**
 * Issue 14: the browser is the oracle. For generated sequences of scripts,
 * the order in which they run gated, then granted after load, must equal the
 * order in which the same Chromium runs the same markup ungated (async ones
 * compared as a set), and the gate's queue must always finish.
 *
 * `npm test` runs CG_DIFF_RUNS cases (default 12) with the fixed seed;
 * `npm run test:differential` runs 200. CG_DIFF_SEED picks another seed.
 */
import fc from 'fast-check';
import { expect, test } from './fixtures';
import { BASE_URL } from './server';
import { difference } from './differential/compare';
import { runs, scripts, type Script } from './differential/kinds';
import { pageUrl, scriptTags } from './differential/markup';
import { hasSettled, order, settled, type TestWindow } from './differential/page';
import { serveCases } from './differential/server';

const RUNS = Number(process.env.CG_DIFF_RUNS) || 12;
const SEED = Number(process.env.CG_DIFF_SEED) || 14;

/** The generated markup, as a failure shows it. */
const describe = (id: number, list: readonly Script[]) =>
  `ungated markup:\n${scriptTags('ungated', id, list)}\ngated markup:\n${scriptTags('gated', id, list)}\n` +
  `slow delays (ms): ${JSON.stringify(list.map((s) => s.delayMs))}`;

test('gated then granted, scripts run in the order the browser runs them ungated, and the queue finishes', async ({ page, context, trackers }) => {
  // Each case loads two pages, and a failure shrinks: generous on a loaded machine.
  test.setTimeout(120_000 + RUNS * 20_000);
  const server = await serveCases(page, BASE_URL);
  let id = 0;

  // settled() is the API the comparison waits on; without it every case would fail the same way.
  server.add(id, [{ kind: 'inline', delayMs: 0 }]);
  await page.goto(pageUrl('gated', id));
  await page.evaluate(() => (window as unknown as TestWindow).ConsentGate.ready);
  expect(await hasSettled(page), 'ConsentGate.settled() (issue 14) exists').toBe(true);

  const property = fc.asyncProperty(scripts, async (list) => {
    id += 1;
    server.add(id, list);
    const fail = (what: string) => {
      throw new Error(`${what}\n${describe(id, list)}`);
    };

    // The oracle: the browser parses the plain markup. Everything that runs has run by `load`
    // (async scripts delay it too); the poll only covers a browser that runs one later.
    await context.clearCookies();
    await page.goto(pageUrl('ungated', id), { timeout: 30_000 });
    const runnable = list.flatMap((s, i) => (runs(s.kind) ? [i] : []));
    await expect
      .poll(async () => (await order(page)).slice().sort((a, b) => Number(a) - Number(b)), {
        message: `the ungated browser ran the scripts the harness expects to run\n${describe(id, list)}`,
        timeout: 10_000,
      })
      .toEqual(runnable);
    const oracle = (await order(page)) as number[];

    // Gated: nothing runs before consent; grant after load and wait for the queue.
    await context.clearCookies();
    await page.goto(pageUrl('gated', id), { timeout: 30_000 });
    await page.evaluate(() => (window as unknown as TestWindow).ConsentGate.ready);
    const early = await order(page);
    if (early.length) fail(`ran before consent: [${early}]`);
    await page.evaluate(() => (window as unknown as TestWindow).ConsentGate.acceptAll());
    if (!(await settled(page))) fail(`the queue did not finish (ran so far: [${await order(page)}])`);
    const gated = (await order(page)) as number[];

    const differs = difference(oracle, gated, list);
    if (differs) fail(`${differs}\nbrowser order: [${oracle}]\ngated order:   [${gated}]`);
  });

  await fc.assert(property, { seed: SEED, numRuns: RUNS, verbose: 1 });
  expect(trackers.escaped, 'requests that left the machine').toEqual([]);
});
