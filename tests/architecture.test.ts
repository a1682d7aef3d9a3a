import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as npm from '../src/entries/index';
import { VENDOR_INTEGRATIONS, vendorService } from '../src/core/types';
import { LANGUAGE_FILES } from '../src/page/languages';

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
  it('each vendor integration and each built-in language is built: npm run build loops over exactly the lists in src', () => {
    const build = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build!;
    const loop = (name: string) => [...build.matchAll(/for (\w+) in ([^;]+);/g)].find((m) => m[1] === name)?.[2]!.trim().split(/\s+/);
    expect(loop('vendor')).toEqual(VENDOR_INTEGRATIONS.map(vendorService));
    expect(loop('code')).toEqual([...LANGUAGE_FILES]);
    // Each vendor's module is where vite.config.ts and the npm entry look for it, with the start its file registers.
    for (const service of VENDOR_INTEGRATIONS.map(vendorService)) expect(readFileSync(join(src, 'integrations', `${service}.ts`), 'utf8')).toContain('export const start =');
  });

  it('the core is framework-free: nothing under src/core imports preact, signals or the UI', () => {
    const offending = filesUnder(join(src, 'core')).flatMap((file) =>
      importsOf(file).filter((spec) => /preact|\/ui\//.test(spec)).map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('only the loader (entries/embed.ts) touches window.ConsentGate', () => {
    const touching = filesUnder(src).filter((file) => /window\.ConsentGate\s*=/.test(readFileSync(file, 'utf8')));
    expect(touching.map((f) => f.slice(src.length))).toEqual(['entries/embed.ts']);
  });

  it('src/ is its layers, each a folder; nothing sits loose at the top', () => {
    expect(readdirSync(src).sort()).toEqual(['audit', 'core', 'entries', 'integrations', 'page', 'presets', 'ui']);
  });

  it('each layer imports only from itself and the layers below it (type imports aside): core ← integrations, presets ← page ← ui, audit ← entries', () => {
    const rank: Record<string, number> = { core: 0, integrations: 1, presets: 1, page: 2, ui: 3, audit: 3, entries: 4 };
    const layerOf = (path: string) => path.slice(src.length).split('/')[0]!;
    const offending = filesUnder(src)
      .filter((file) => /\.tsx?$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        // Value imports, static and dynamic; `import type` brings no code along and may name any layer's shapes.
        // Re-exports (`export … from`) and side-effect imports (`import './x'`) bring code along too.
        const specs = [
          ...text.matchAll(/^(?:import|export) (?!type )[^;]*?from '(\.[^']+)'/gm),
          ...text.matchAll(/^import '(\.[^']+)'/gm),
          ...text.matchAll(/import\('(\.[^']+)'\)/g),
        ].map((m) => m[1]!);
        return specs
          .map((spec) => resolve(join(file, '..'), spec))
          .filter((target) => rank[layerOf(target)]! > rank[layerOf(file)]! || (layerOf(target) === 'audit') !== (layerOf(file) === 'audit') && rank[layerOf(target)] === rank[layerOf(file)])
          .map((target) => `${file.slice(src.length)} → ${target.slice(src.length)}`);
      });
    expect(offending).toEqual([]);
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
    expect(reaching.map((f) => f.slice(src.length)).sort()).toEqual(['entries/audit-file.ts', 'entries/audit.ts', 'entries/consent-gate.ts']);
    // …and by the npm core only on demand, never as a static import.
    expect(readFileSync(`${src}entries/consent-gate.ts`, 'utf8')).not.toMatch(/^import .*audit/m);
  });

  it('the preset table is reached only by its two entries (consent-gate/presets and consent-gate.presets.js), never by the loader, the UI or the core', () => {
    const reaching = filesUnder(src).filter((file) => !file.startsWith(join(src, 'presets')) && /^(?:import|export) (?!type )[^;]*?from '[./]*\/presets\//m.test(readFileSync(file, 'utf8')));
    expect(reaching.map((f) => f.slice(src.length)).sort()).toEqual(['entries/presets-file.ts', 'entries/presets.ts']);
  });

  it('consent-gate/server reads the cookie without a DOM: nothing it imports touches document or window at load', async () => {
    const server = await import('../src/entries/server');
    expect(Object.keys(server)).toEqual(['parseConsentCookie']);
    const sources = ['entries/server.ts', 'core/cookie-store.ts', 'core/constants.ts', 'core/gate-config.ts', 'core/types.ts', 'core/validate.ts'];
    for (const file of sources) {
      const text = readFileSync(`${src}${file}`, 'utf8');
      // Only inside functions (indented); never at a module's top level.
      expect(text.match(/^[^\s/*].*\b(document|window)\./m), file).toBeNull();
    }
  });
});
