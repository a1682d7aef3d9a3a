import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as npm from '../src/index';

// From the repo root (vitest's working directory); happy-dom replaces the global URL.
const src = resolve('src') + '/';
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('the core is framework-free: nothing under src/core imports preact, signals or the UI', () => {
    const offending = filesUnder(join(src, 'core')).flatMap((file) =>
      importsOf(file).filter((spec) => /preact|\/ui\//.test(spec)).map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('only embed.ts touches window.ConsentGate', () => {
    const touching = filesUnder(src).filter((file) => /window\.ConsentGate\s*=/.test(readFileSync(file, 'utf8')));
    expect(touching.map((f) => f.slice(src.length))).toEqual(['embed.ts']);
  });

  it('the npm entry exports the documented API and starts nothing on import', () => {
    expect(Object.keys(npm).sort()).toEqual([
      'CATEGORY_IDS', 'CatalogError', 'cookiesOf', 'createChoices', 'createConsent', 'createConsentGate', 'createConsentState',
      'createCookieStore', 'createGate', 'enabledCategories', 'formatProblem', 'optionalCategories', 'parseCatalog', 'parseConsentCookie', 'parseRecord',
      'serializeRecord', 'startGoogleConsentMode', 'startMetaPixel',
    ]);
    expect(document.querySelector('[data-consent-gate-root]')).toBeNull();
    expect((window as { ConsentGate?: unknown }).ConsentGate).toBeUndefined();
  });

  it('the known-cookie table is reached only by the audit (src/audit*) and an import() where audit is on', () => {
    const reaching = filesUnder(src).filter((file) => !file.startsWith(join(src, 'audit')) && /['(]\.\.?\/(audit\/|audit')/.test(readFileSync(file, 'utf8')));
    expect(reaching.map((f) => f.slice(src.length))).toEqual(['consent-gate.ts']);
    // …and only on demand, never as a static import.
    expect(readFileSync(`${src}consent-gate.ts`, 'utf8')).not.toMatch(/^import .*audit/m);
  });

  it('consent-gate/server reads the cookie without a DOM: nothing it imports touches document or window at load', async () => {
    const server = await import('../src/server');
    expect(Object.keys(server)).toEqual(['parseConsentCookie']);
    const sources = ['server.ts', 'core/cookie-store.ts', 'core/constants.ts', 'core/gate-config.ts', 'core/types.ts', 'core/validate.ts'];
    for (const file of sources) {
      const text = readFileSync(`${src}${file}`, 'utf8');
      // Only inside functions (indented); never at a module's top level.
      expect(text.match(/^[^\s/*].*\b(document|window)\./m), file).toBeNull();
    }
  });
});
