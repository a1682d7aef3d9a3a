/** axe-core run in the page by any driver (tests/scenarios/driver.ts), for the scenarios of every engine. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Driver } from './driver';

/** axe-core's browser build, evaluated in the page by any driver. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Every WCAG 2.0–2.2 rule at levels A and AA that axe knows (tests/e2e/accessibility.spec.ts uses it too). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe on the SDK's element only (the test page is not ours to judge): each violation as
 * "rule: targets", with colour contrast that axe could not decide counted as one too, except
 * text another element overlaps (`bgOverlap`): in a dialog taller than the window that is the text
 * under its sticky buttons, which has no single background until scrolled to.
 */
export async function axeViolations(d: Driver): Promise<string[]> {
  if (!(await d.run<boolean>(`typeof window.axe === 'object'`))) await d.run(`((0, eval)(${JSON.stringify(AXE_SOURCE)}), true)`);
  return d.run<string[]>(`axe.run({ include: [['[data-consent-gate-root]']] }, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_AA)} } })
    .then((r) => [...r.violations, ...r.incomplete.filter((i) => i.id === 'color-contrast')
      .map((i) => ({ ...i, nodes: i.nodes.filter((n) => !n.any.some((check) => check.data && check.data.messageKey === 'bgOverlap')) }))
      .filter((i) => i.nodes.length)]
      .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}
