import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  const rows = [...readme.matchAll(/^\| `(dist\/[^`]+)` \|.*\| ([\d.]+) kB \|$/gm)].map((m) => [m[1]!, Number(m[2])] as const);

  it('has a size row for every built file', () => {
    expect(rows.map(([file]) => file).sort()).toEqual(
      readdirSync('dist').filter((f) => f.endsWith('.js')).map((f) => `dist/${f}`).sort(),
    );
  });

  it.each(rows)('states the real gzipped size of %s', (file, stated) => {
    expect(existsSync(file), `${file} is missing: run npm run build first`).toBe(true);
    const kB = gzipSync(readFileSync(file), { level: 9 }).length / 1000;
    expect(stated).toBeCloseTo(kB, 1);
  });

  it('opens with the two set-up commands', () => {
    const setup = readme.slice(readme.indexOf('## Set-up'));
    const block = /```sh\n([\s\S]*?)```/.exec(setup)?.[1]?.trim().split('\n') ?? [];
    expect(block.map((line) => line.split('#')[0]!.trim())).toEqual(['npm ci && npm start', 'npm test']);
  });
});

describe('docs/API.md', () => {
  // The check runs the TypeScript compiler over the whole API: about 2 s on an idle machine, 10 to 30 s on a busy 2-core one.
  it('is what scripts/api-docs.mjs makes from the current types (run npm run docs after changing an export)', { timeout: 120_000 }, () => {
    expect(execFileSync('node', ['scripts/api-docs.mjs', '--check'], { encoding: 'utf8' })).toMatch(/up to date/);
  });
});
