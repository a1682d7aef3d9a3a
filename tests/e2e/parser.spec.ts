/**
 * Issue 14, the named instances: activating a gated tag after load must
 * behave as the HTML parser would have with the plain tag. Each test first
 * polls for the behaviour, then waits on ConsentGate.settled() and checks
 * that nothing more happened.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BASE_URL } from './server';
import { gatedPage, ORIGIN, type CatalogueOptions } from './differential/markup';
import { grant, order, recordErrors, settled, type TestWindow } from './differential/page';
import { serveSite, type Answer } from './differential/server';

/** Bounds for polls on a loaded machine: the condition is usually met at once. */
const POLL = { timeout: 15_000 };
const gated = (category: string, attrs = '') => `type="text/plain" data-category="${category}"${attrs && ' ' + attrs}`;

/** Serves `body` as a gated page at ORIGIN/page with these files, opens it, and waits for load and the gate. */
async function open(page: Page, body: string, files: Record<string, Answer> = {}, catalogue?: CatalogueOptions) {
  const requests = await serveSite(page, BASE_URL, { '/page': { body: gatedPage(ORIGIN, body, catalogue), contentType: 'text/html' }, ...files });
  await page.goto(`${ORIGIN}/page`);
  await page.evaluate(() => (window as unknown as TestWindow).ConsentGate.ready);
  await recordErrors(page);
  expect(await order(page), 'nothing ran before consent').toEqual([]);
  return requests;
}

const sorted = async (page: Page) => (await order(page)).map(String).sort();

test('module build, nomodule fallback and inline config: the module and the config run, the fallback does not, and later activations still run', async ({ page }) => {
  const requests = await open(
    page,
    `<script ${gated('performance', `data-type="module" data-src="${ORIGIN}/s/app.mjs"`)}></script>
     <script ${gated('performance', `nomodule data-src="${ORIGIN}/s/legacy.js"`)}></script>
     <script ${gated('performance')}>window.__order.push('config');</script>
     <script ${gated('targeting')}>window.__order.push('later');</script>`,
    { '/s/app.mjs': "window.__order.push('module');", '/s/legacy.js': "window.__order.push('nomodule');" },
    { categories: ['targeting'] },
  );
  await grant(page, ['performance']);
  await expect.poll(() => sorted(page), POLL).toEqual(['config', 'module']);
  expect(await settled(page), 'the queue settled').toBe(true);
  expect(await sorted(page)).toEqual(['config', 'module']);
  expect(requests.filter((url) => url.endsWith('/s/legacy.js')), 'the nomodule fallback is not even fetched').toEqual([]);

  // Another category granted later on the same page view is not stuck behind the fallback.
  await grant(page, ['performance', 'targeting']);
  await expect.poll(() => sorted(page), POLL).toEqual(['config', 'later', 'module']);
  expect(await settled(page), 'the queue settled').toBe(true);
});

test('document.currentScript in an activated inline and external script is that script', async ({ page }) => {
  // Each script records its marker as document.currentScript sees it, and whether that is the element in the page.
  const record = (marker: string) =>
    `window.__order.push(document.currentScript?.dataset.marker ?? 'none', String(document.currentScript === document.querySelector('[data-marker="${marker}"]') && document.currentScript.isConnected));`;
  await open(
    page,
    `<script ${gated('performance', 'data-marker="inline"')}>${record('inline')}</script>
     <script ${gated('performance', `data-marker="external" data-src="${ORIGIN}/s/current.js"`)}></script>`,
    { '/s/current.js': record('external') },
  );
  await grant(page, ['performance']);
  await expect.poll(() => order(page), POLL).toEqual(['inline', 'true', 'external', 'true']);
  expect(await settled(page), 'the queue settled').toBe(true);
  expect(await order(page)).toEqual(['inline', 'true', 'external', 'true']);
});

test('defer external scripts run after the inline scripts that follow them, in their own order', async ({ page }) => {
  await open(
    page,
    `<script ${gated('performance', `defer data-src="${ORIGIN}/s/a.js"`)}></script>
     <script ${gated('performance')}>window.__order.push('B');</script>
     <script ${gated('performance', `defer data-src="${ORIGIN}/s/c.js"`)}></script>
     <script ${gated('performance')}>window.__order.push('D');</script>`,
    // The first defer script arrives last: order is still the document's.
    { '/s/a.js': { body: "window.__order.push('A');", delayMs: 500 }, '/s/c.js': "window.__order.push('C');" },
  );
  await grant(page, ['performance']);
  await expect.poll(() => order(page), POLL).toEqual(['B', 'D', 'A', 'C']);
  expect(await settled(page), 'the queue settled').toBe(true);
  expect(await order(page)).toEqual(['B', 'D', 'A', 'C']);
});

test('an external blocking script that never answers releases the queue after options.scriptTimeout, reported on on("error")', async ({ page }) => {
  await open(
    page,
    `<script ${gated('performance', `data-src="${ORIGIN}/s/never.js"`)}></script>
     <script ${gated('performance')}>window.__order.push('next');</script>`,
    { '/s/never.js': 'never' },
    { options: { scriptTimeout: 1500 } },
  );
  await grant(page, ['performance']);
  await expect.poll(() => order(page), POLL).toEqual(['next']);
  const errors = () => page.evaluate(() => (window as unknown as TestWindow).__errors as { src?: string; message: string }[]);
  await expect.poll(errors, POLL).toEqual([expect.objectContaining({ category: 'performance', src: `${ORIGIN}/s/never.js`, message: expect.stringMatching(/timed out|did not load/) })]);
  expect(await settled(page), 'the queue settled').toBe(true);
});

/** Where a written element stands, and whether the page around it survived the write. */
function placement(page: Page, scriptMarker: string, written: string) {
  return page.evaluate(
    ([scriptMarker, written]) => {
      const script = document.querySelector(`script[data-marker="${scriptMarker}"]`);
      const el = document.querySelector(written!);
      const slot = script?.parentElement;
      const next = slot?.querySelector('.next');
      return {
        heading: document.getElementById('page-heading')?.textContent ?? null,
        shadowHost: !!document.querySelector('[data-consent-gate-root]')?.shadowRoot,
        written: el && {
          inSlot: !!slot && el.parentElement === slot,
          afterScript: !!script && !!(script.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
          beforeNext: !!next && !!(el.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING),
          text: el.textContent,
        },
      };
    },
    [scriptMarker, written],
  );
}
/** A slot holding a gated legacy tag, with a marker element after it. */
const slot = (marker: string, code: string) => `<div><script ${gated('performance', `data-marker="${marker}"`)}>${code}</script><span class="next"></span></div>`;
const survived = (text = '') => ({ heading: 'A page', shadowHost: true, written: { inSlot: true, afterScript: true, beforeNext: true, text } });

test('a legacy document.write of a pixel, granted after load: the page stays, the <img> stands where the script stood, the pixel is requested', async ({ page }) => {
  const requests = await open(page, slot('pixel', `document.write('<img id="pixel" src="${ORIGIN}/pixel.gif">');`), {
    '/pixel.gif': { body: '', status: 204, contentType: 'image/gif' },
  });
  await grant(page, ['performance']);
  await expect.poll(() => placement(page, 'pixel', '#pixel'), POLL).toEqual(survived());
  await expect.poll(() => requests.includes(`${ORIGIN}/pixel.gif`), POLL).toBe(true);
  expect(await settled(page), 'the queue settled').toBe(true);
});

test('a legacy document.write of a <script src>, granted after load: it runs where it was written, before the next gated script', async ({ page }) => {
  await open(
    page,
    `${slot('writes-script', `document.write('<script id="written" src="${ORIGIN}/s/written.js"><\\/script>');`)}
     <script ${gated('performance')}>window.__order.push('after');</script>`,
    { '/s/written.js': "window.__order.push('written');" },
  );
  await grant(page, ['performance']);
  await expect.poll(() => placement(page, 'writes-script', '#written'), POLL).toEqual(survived());
  await expect.poll(() => order(page), POLL).toEqual(['written', 'after']);
  expect(await settled(page), 'the queue settled').toBe(true);
});

test('a legacy tag writing split markup across two document.write calls, granted after load: one element where the script stood', async ({ page }) => {
  await open(page, slot('writes-split', `document.write('<p id="split">hel'); document.write('lo</p>');`));
  await grant(page, ['performance']);
  await expect.poll(() => placement(page, 'writes-split', '#split'), POLL).toEqual(survived('hello'));
  expect(await settled(page), 'the queue settled').toBe(true);
});

test('a gated script that a legacy tag writes keeps its own category, and a written template stays inert', async ({ page }) => {
  const requests = await open(
    page,
    slot(
      'writes-gated',
      `window.__order.push('writer');
       document.write('<script type="text/plain" data-category="targeting" data-src="${ORIGIN}/s/ad.js"><\\/script>');
       document.write('<script type="text/plain" data-category="targeting">window.__order.push("targeted")<\\/script>');
       document.write('<script type="text/plain" id="template">window.__order.push("template")<\\/script>');`,
    ),
    { '/s/ad.js': "window.__order.push('ad');" },
    { categories: ['targeting'] },
  );
  await grant(page, ['performance']);
  await expect.poll(() => order(page), POLL).toEqual(['writer']);
  expect(await settled(page), 'the queue settled').toBe(true);
  expect(await order(page), 'targeting is not granted: nothing of it runs').toEqual(['writer']);
  expect(requests.filter((url) => url.endsWith('/s/ad.js'))).toEqual([]);
  // Granted later, the written targeting tags run by their own category, in order; the template never does.
  await grant(page, ['performance', 'targeting']);
  await expect.poll(() => order(page), POLL).toEqual(['writer', 'ad', 'targeted']);
  expect(await settled(page), 'the queue settled').toBe(true);
  expect(await order(page)).toEqual(['writer', 'ad', 'targeted']);
});

test('a category refused while its scripts wait in the queue: what had not started never runs', async ({ page }) => {
  const requests = await open(
    page,
    `<script ${gated('targeting', `data-src="${ORIGIN}/s/slow.js"`)}></script>
     <script ${gated('targeting')}>window.__order.push('after'); new Image().src = '${ORIGIN}/tr.gif';</script>`,
    { '/s/slow.js': { body: "window.__order.push('slow');", delayMs: 1500 }, '/tr.gif': { body: '', status: 204, contentType: 'image/gif' } },
    { categories: ['targeting'], options: { reloadOnRevoke: false } },
  );
  await grant(page, ['performance', 'targeting']);
  await expect.poll(() => requests.some((url) => url.endsWith('/s/slow.js')), POLL).toBe(true);
  // Taken back while the slow tag is still on its way.
  await grant(page, ['performance']);
  expect(await settled(page), 'the queue settled').toBe(true);
  expect(await order(page), 'the tag already inserted runs; the one behind it does not').toEqual(['slow']);
  expect(requests.filter((url) => url.endsWith('/tr.gif'))).toEqual([]);
});

test('a gated script a framework removes while it waits in the queue holds nothing and is not reported', async ({ page }) => {
  await open(
    page,
    `<script ${gated('performance', `data-src="${ORIGIN}/s/slow.js"`)}></script>
     <script ${gated('performance', `id="removed" data-src="${ORIGIN}/s/removed.js"`)}></script>
     <script ${gated('performance')}>window.__order.push('last');</script>`,
    { '/s/slow.js': { body: "window.__order.push('slow');", delayMs: 1500 }, '/s/removed.js': "window.__order.push('removed');" },
    { options: { scriptTimeout: 60_000 } },
  );
  void grant(page, ['performance']);
  await page.evaluate(() => document.getElementById('removed')!.remove());
  await expect.poll(() => order(page), POLL).toEqual(['slow', 'last']);
  expect(await settled(page), 'the queue settled').toBe(true);
  expect(await page.evaluate(() => (window as unknown as TestWindow).__errors)).toEqual([]);
});
