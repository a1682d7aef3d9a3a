/**
 * The package as an npm user gets it. `npm pack --dry-run --json` runs
 * `prepack` (the build) as on a fresh clone, so this step is also npm test's
 * build; the tarball is then checked with attw and publint and installed in a
 * TypeScript project (tests/package/consumer) that compiles the README's
 * examples under moduleResolution bundler, node16 and nodenext.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'cg-package-'));

/** Runs a command; on failure the error carries everything it printed (tsc reports on stdout). */
function run(command: string, args: string[], cwd = root): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** Every file path package.json names: exports (all conditions), bin, main, module, types, typesVersions. */
function namedPaths(): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const paths = [...strings(pkg.exports), ...strings(pkg.bin), pkg.main, pkg.module, pkg.types, ...strings(pkg.typesVersions)];
  return [...new Set(paths.map((path: string) => path.replace(/^\.\//, '')))].sort();
}

let packed: string[] = [];
let tarball = '';
beforeAll(() => {
  // The lifecycle's output (the build's log) comes first on stdout; the JSON report follows it.
  const out = run('npm', ['pack', '--dry-run', '--json']);
  packed = JSON.parse(out.slice(out.search(/^\[\s*\{/m)))[0].files.map((file: { path: string }) => file.path);
  // The same files as a tarball, without building again.
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
  tarball = join(work, filename);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships every file that exports, bin, main, module, types and typesVersions name, built by prepack', () => {
    expect(namedPaths().filter((path) => !packed.includes(path))).toEqual([]);
  });

  it('ships the licence that package.json names, and the Open Cookie Database attribution', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} consent-gate contributors\n/);
    expect(packed).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'src/audit/open-cookie-database.LICENSE']));
  });

  it('ships the Tag Manager template the README tells sites to import from node_modules', () => {
    expect(packed).toContain('integrations/gtm/consent-gate.tpl');
  });

  it('says where the project lives', () => {
    expect(pkg).toMatchObject({
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:\/\/github\.com\/consent-gate\/consent-gate\.git$/) },
      homepage: expect.stringMatching(/^https:\/\//),
      bugs: { url: expect.stringMatching(/^https:\/\//) },
      keywords: expect.arrayContaining(['cookie consent', 'gdpr']),
    });
  });
});

describe('the tarball', () => {
  // The two entries without a CommonJS build are ESM-only on purpose (README, "Install"): require() of them is
  // the one rule left out here, and ./server, which has one, is checked again with every rule.
  it('has types that are right for every resolution (attw), ESM-only entries aside', () => {
    run(bin('attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii']);
    run(bin('attw'), [tarball, '--entrypoints', './server', '--format', 'ascii']);
  });

  it('passes publint, warnings included', () => {
    expect(run(bin('publint'), ['--strict', tarball])).toMatch(/All good/);
  });
});

describe('a TypeScript project that installs the tarball', () => {
  const app = join(work, 'app');
  beforeAll(() => {
    cpSync(join(root, 'tests/package/consumer'), app, { recursive: true });
    copyFileSync(join(root, 'catalog/konectus.json'), join(app, 'catalog.json'));
    // preact, the one dependency, is in npm's cache after npm ci.
    run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], app);
  });

  it.each(['bundler', 'node16', 'nodenext'])('compiles the README examples under moduleResolution %s, skipLibCheck off', (resolution) => {
    const dir = join(work, resolution);
    cpSync(app, dir, { recursive: true, verbatimSymlinks: true });
    if (resolution === 'nodenext') {
      // Under nodenext TypeScript wants Node's import attribute on a JSON import (README, "Install").
      const file = join(dir, 'npm-example.ts');
      writeFileSync(file, readFileSync(file, 'utf8').replace("from './catalog.json';", "from './catalog.json' with { type: 'json' };"));
    }
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], dir);
  });

  it("require()s consent-gate/server from a .cjs file and gets its CommonJS build", () => {
    const { granted, resolved } = JSON.parse(run(process.execPath, ['require-server.cjs'], app));
    expect(granted).toEqual(['strictly-necessary', 'performance']);
    expect(resolved).toMatch(/node_modules\/consent-gate\/dist\/consent-gate-server\.cjs$/);
  });

  it('imports every typed entry in Node', () => {
    const script = "for (const entry of ['consent-gate', 'consent-gate/server', 'consent-gate/audit', 'consent-gate/presets']) console.log(entry, Object.keys(await import(entry)).length > 0);";
    expect(run(process.execPath, ['--input-type=module', '-e', script], app).trim().split('\n')).toEqual([
      'consent-gate true',
      'consent-gate/server true',
      'consent-gate/audit true',
      'consent-gate/presets true',
    ]);
  });
});
