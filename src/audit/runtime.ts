/**
 * The runtime audit (`options.audit: true`, a development aid, off by
 * default): after the page has loaded, and after each choice, lists on the
 * console every cookie the page holds that the catalogue does not declare,
 * with its likely category from the Open Cookie Database, and every cookie
 * of a category that is not granted (a leak: something set it without
 * consent). Each cookie is reported once per page view.
 */
import { pageCookieNames, ruleCovers } from '../core/cookie-store';
import type { ConsentState } from '../core/consent';
import { CATEGORY_IDS, type CategoryId } from '../core/types';
import { isRecord } from '../core/validate';
import { classifyCookie } from './classify';

/** What the audit needs of a catalogue row; rows it cannot read are skipped (the validator reports them). */
interface DeclaredCookie {
  name: string;
  match?: 'exact' | 'prefix';
  category: CategoryId;
}

export interface AuditFinding {
  cookie: string;
  kind: 'undeclared' | 'leak';
  /** The declared category (leak), else the likely one from the Open Cookie Database, or null when unknown. */
  category: CategoryId | null;
  /** The known platform, e.g. "Google Analytics", when the database knows the name. */
  platform?: string;
}

/** Waits after the load event (and after each choice) for tags to set their cookies. */
const SETTLE_MS = 1000;

function declaredCookies(cookies: unknown): DeclaredCookie[] {
  if (!Array.isArray(cookies)) return [];
  return cookies.filter(
    (row): row is DeclaredCookie => isRecord(row) && typeof row.name === 'string' && row.name !== '' && CATEGORY_IDS.includes(row.category as never),
  );
}

/** The findings for the cookies now on the page; `seen` holds the names reported before and gains the new ones. */
export function auditCookies(doc: Document, cookies: unknown, granted: readonly CategoryId[], consentCookie: string, seen = new Set<string>()): AuditFinding[] {
  const declared = declaredCookies(cookies);
  const findings: AuditFinding[] = [];
  for (const name of pageCookieNames(doc)) {
    if (name === consentCookie || seen.has(name)) continue;
    const rule = declared.find((row) => ruleCovers(row, name));
    if (rule && (rule.category === 'strictly-necessary' || granted.includes(rule.category))) continue;
    seen.add(name);
    if (rule) {
      findings.push({ cookie: name, kind: 'leak', category: rule.category });
      continue;
    }
    const known = classifyCookie(name);
    findings.push({ cookie: name, kind: 'undeclared', category: known?.category ?? null, ...(known?.platform && { platform: known.platform }) });
  }
  return findings;
}

function describe(finding: AuditFinding): string {
  if (finding.kind === 'leak') return `${finding.cookie}: set although "${finding.category}" is not granted (declared in the catalogue as ${finding.category})`;
  const likely = finding.category ? `likely ${finding.category}${finding.platform ? ` (${finding.platform}, Open Cookie Database)` : ''}` : 'unknown to the Open Cookie Database';
  return `${finding.cookie}: not declared in the catalogue; ${likely}`;
}

/** Starts the audit on a page: once after load, then after each choice; returns the stop. */
export function startAudit(doc: Document, core: ConsentState, cookies: unknown): () => void {
  const win = doc.defaultView!;
  const seen = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const granted = core.getConsent()?.granted ?? ['strictly-necessary'];
    const findings = auditCookies(doc, cookies, granted, core.config.options.cookieName, seen);
    if (findings.length === 0) return;
    console.warn(`[consent-gate] audit: ${findings.length} cookie${findings.length === 1 ? '' : 's'} to look at:\n${findings.map((f) => `  - ${describe(f)}`).join('\n')}`);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  };
  if (doc.readyState === 'complete') later();
  else win.addEventListener('load', later, { once: true });
  const off = core.on('change', later);
  return () => {
    clearTimeout(timer);
    win.removeEventListener('load', later);
    off();
  };
}
