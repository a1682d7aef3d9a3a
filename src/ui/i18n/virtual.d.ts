/** The language a `--mode lang-<code>` build bundles (vite.config.ts resolves it). */
declare module 'virtual:consent-gate-language' {
  export const language: import('./language').Language;
}
