/** The vendor integration a `--mode <service>` build bundles (vite.config.ts resolves it). */
declare module 'virtual:consent-gate-vendor' {
  export const start: import('./vendor-consent').StartVendor;
}
