/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

/**
 * Two library builds from one config:
 *   vite build --mode iife  → dist/consent-gate.iife.js, everything bundled, for the <script> tag
 *   vite build --mode esm   → dist/consent-gate.js, dependencies external, for bundlers
 * and the vitest set-up.
 */
export default defineConfig(({ mode }) => ({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    target: 'es2020',
    emptyOutDir: false,
    sourcemap: true,
    lib:
      mode === 'esm'
        ? { entry: 'src/index.ts', formats: ['es' as const], fileName: () => 'consent-gate.js' }
        : { entry: 'src/embed.ts', formats: ['iife' as const], name: 'ConsentGateBundle', fileName: () => 'consent-gate.iife.js' },
    rollupOptions: {
      external: mode === 'esm' ? [/^preact(\/|$)/, /^@preact\/signals/, 'js-cookie'] : [],
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
    setupFiles: ['tests/setup.ts'],
  },
}));
