/**
 * The published type declarations (dts-bundle-generator, run by `npm run build`):
 * one self-contained file per typed entry, so that no relative import inside
 * them needs resolving: they read alike under moduleResolution bundler, node16,
 * nodenext and node10. `server.d.cts` types `require('consent-gate/server')`.
 */
const entry = (filePath, outFile) => ({ filePath, outFile, noCheck: true, output: { exportReferencedTypes: false, noBanner: true } });

module.exports = {
  compilationOptions: { preferredConfigPath: '../tsconfig.build.json' },
  entries: [
    entry('../src/entries/index.ts', '../dist/types/index.d.ts'),
    entry('../src/entries/server.ts', '../dist/types/server.d.ts'),
    entry('../src/entries/server.ts', '../dist/types/server.d.cts'),
    entry('../src/entries/audit.ts', '../dist/types/audit.d.ts'),
    entry('../src/entries/presets.ts', '../dist/types/presets.d.ts'),
  ],
};
