/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { VENDOR_INTEGRATIONS, vendorService } from './src/core/types';

/**
 * One config, several library builds (`npm run build` runs them all):
 *   --mode loader   → dist/consent-gate.iife.js      the script tag: no Preact
 *   --mode ui       → dist/consent-gate.ui.js        the first layer (plain DOM), fetched beside it only to show the banner
 *   --mode preferences → dist/consent-gate.preferences.js  the dialog (Preact, signals), prefetched once the banner shows
 *   --mode validate → dist/consent-gate.validate.js  fetched only to explain a broken catalogue
 *   --mode button   → dist/consent-gate.button.js    fetched only where appearance.settingsButton is on
 *   --mode covers   → dist/consent-gate.covers.js    fetched only by a page with a blocked embed
 *   --mode audit    → dist/consent-gate.audit.js     fetched only where options.audit is on (development)
 *   --mode gpp      → dist/consent-gate.gpp.js       IAB GPP's CMP API, fetched only for opt-out visitors where integrations.gpp is on
 *   --mode regions  → dist/consent-gate.regions.js   the jurisdictions reader and resolver, fetched only for a catalogue with jurisdictions
 *   --mode presets  → dist/consent-gate.presets.js   the service presets, fetched only for a catalogue whose services name one
 *   --mode tabs     → dist/consent-gate.tabs.js      following other tabs and bfcache restores, fetched on the first blur, focus or restore
 *   --mode lang-de  → dist/consent-gate.lang.de.js   one per built-in language besides English (src/page/languages.ts)
 *   --mode tiktok-pixel → dist/consent-gate.tiktok-pixel.js  one per vendor integration (VENDORS), fetched only where the catalogue turns it on
 *   --mode esm      → dist/consent-gate.js (+ its chunks) for bundlers, dependencies external
 *   --mode server-cjs → dist/consent-gate-server.cjs  `require('consent-gate/server')` for CommonJS servers, self-contained
 * and the vitest set-up.
 */
const scriptTag = {
  loader: ['src/entries/embed.ts', 'consent-gate.iife.js'],
  ui: ['src/entries/ui.ts', 'consent-gate.ui.js'],
  preferences: ['src/entries/preferences.ts', 'consent-gate.preferences.js'],
  validate: ['src/entries/validate.ts', 'consent-gate.validate.js'],
  button: ['src/entries/button.ts', 'consent-gate.button.js'],
  covers: ['src/entries/covers.ts', 'consent-gate.covers.js'],
  audit: ['src/entries/audit-file.ts', 'consent-gate.audit.js'],
  gpp: ['src/entries/gpp.ts', 'consent-gate.gpp.js'],
  regions: ['src/entries/regions.ts', 'consent-gate.regions.js'],
  presets: ['src/entries/presets-file.ts', 'consent-gate.presets.js'],
  tabs: ['src/entries/tabs.ts', 'consent-gate.tabs.js'],
} as const;

/** Built-in languages besides English: `--mode lang-de` → dist/consent-gate.lang.de.js. */
const languageOf = (mode: string) => /^lang-([a-z]+)$/.exec(mode)?.[1];
/** Vendor integrations, by service id: `--mode tiktok-pixel` → dist/consent-gate.tiktok-pixel.js (src/integrations/tiktok-pixel.ts). */
const VENDORS: readonly string[] = VENDOR_INTEGRATIONS.map(vendorService);
const scriptTagFile = (mode: string): readonly [string, string] | undefined =>
  languageOf(mode) ? ['src/entries/lang.ts', `consent-gate.lang.${languageOf(mode)}.js`]
  : VENDORS.includes(mode) ? ['src/entries/vendor.ts', `consent-gate.${mode}.js`]
  : scriptTag[mode as keyof typeof scriptTag];

const OPEN_COOKIE_DATABASE =
  '/*! Known cookies: the Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database, Apache License 2.0 (consent-gate: src/audit/open-cookie-database.LICENSE). */';
const PRESET_ROWS =
  '/*! Service presets\' cookie rows: the Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database, Apache License 2.0 (consent-gate: src/audit/open-cookie-database.LICENSE). */';

export default defineConfig(({ mode }) => ({
  resolve: {
    alias: {
      'virtual:consent-gate-language': `/src/ui/i18n/${languageOf(mode) ?? 'en'}.ts`,
      'virtual:consent-gate-vendor': `/src/integrations/${VENDORS.includes(mode) ? mode : VENDORS[0]}.ts`,
    },
  },
  oxc: {
    // Preact's h() directly (each .tsx imports it): the automatic runtime adds a module the UI file pays for on every first visit.
    jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment', development: false },
  },
  build: {
    target: 'es2020',
    // The browsers the README supports: all have logical properties (inset-inline), so the CSS needs no fallbacks for them.
    cssTarget: ['chrome90', 'edge90', 'firefox98', 'safari15.4'],
    emptyOutDir: false,
    sourcemap: true,
    // terser packs the script-tag files ~4% smaller than the default minifier; every byte
    // of the loader is paid on every page view. The npm build stays unminified (bundlers minify).
    minify: scriptTagFile(mode) ? ('terser' as const) : mode === 'server-cjs' ? false : undefined,
    // The loader's extra options measured ~20 B smaller on it (and larger on the other files): inline: 1 keeps
    // terser from inlining functions with parameters (each leaves a `var` and assignments behind), and
    // unsafe_arrows is safe in it: none of its function expressions uses `this`, `new` or its prototype.
    terserOptions: {
      ecma: 2020 as const,
      compress: { passes: 3, ...(mode === 'loader' && { inline: 1 as const, comparisons: false, unsafe_arrows: true }) },
    },
    lib:
      mode === 'server-cjs'
        ? { entry: 'src/entries/server.ts', formats: ['cjs' as const], fileName: () => 'consent-gate-server.cjs' }
        : scriptTagFile(mode)
        ? {
            entry: scriptTagFile(mode)![0],
            formats: ['iife' as const],
            name: 'ConsentGatePart',
            fileName: () => scriptTagFile(mode)![1],
          }
        : {
            // The integrations as their own files, so each has a budget of its own.
            entry: {
              'consent-gate': 'src/entries/index.ts',
              'consent-gate-google-consent-mode': 'src/integrations/google-consent-mode.ts',
              'consent-gate-meta-pixel': 'src/integrations/meta-pixel.ts',
              'consent-gate-gpp': 'src/integrations/gpp.ts',
              'consent-gate-server': 'src/entries/server.ts',
              'consent-gate-audit': 'src/entries/audit.ts',
              'consent-gate-presets': 'src/entries/presets.ts',
            },
            formats: ['es' as const],
            fileName: (_format: string, entry: string) => `${entry}.js`,
          },
    rollupOptions: {
      // The npm build leaves its dependencies to the app's bundler (one Preact, one js-cookie for the whole app).
      external: mode === 'esm' ? [/^preact(\/|$)/, /^@preact\/signals(\/|$)/, /^js-cookie$/, /^@iabgpp\/cmpapi$/] : [],
      // Chunks of the npm build: the UI imported on demand, and what the entries share (named, not after whichever module came first).
      output: {
        // The files holding the known-cookie table or the presets' rows carry its attribution (the Open Cookie Database's licence asks for it).
        banner: (chunk: { name: string; moduleIds: string[] }) =>
          chunk.moduleIds.some((id) => id.endsWith('known-cookies.ts')) ? OPEN_COOKIE_DATABASE
          : chunk.moduleIds.some((id) => id.endsWith('presets/presets.ts')) ? PRESET_ROWS
          : '',
        chunkFileNames: (chunk: { name: string }) =>
          chunk.name === 'mount' ? 'consent-gate-mount.js'
          : chunk.name === 'preferences-layer' ? 'consent-gate-preferences.js'
          : /^[a-z]{2}$/.test(chunk.name) ? `consent-gate-lang-${chunk.name}.js`
          : chunk.name === 'load' ? 'consent-gate-languages.js'
          // What the server entry shares with the rest (reading the record) is its own small chunk.
          : chunk.name === 'server' ? 'consent-gate-record.js'
          : chunk.name === 'options' || chunk.name === 'choices' ? 'consent-gate-shared.js'
          : chunk.name === 'runtime' ? 'consent-gate-audit-runtime.js'
          : `consent-gate-${chunk.name}.js`,
      },
    },
  },
  test: {
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        settings: {
          // Gated inline scripts must really run in tests; the pages are our own fixtures.
          enableJavaScriptEvaluation: true,
          // Unit tests never fetch: gated tracker URLs must not leave the machine.
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    include: ['tests/**/*.test.{ts,tsx}'],
    // Not vitest's 5 s: on a busy 2-core machine a test that starts node or a DOM can take several; none may fail for that.
    testTimeout: 30_000,
    // The package checks pack, build and compile: their own step (npm run test:package, tests/package/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'tests/package/**'],
    setupFiles: ['tests/setup.ts'],
  },
}));
