import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it.each(['dist/consent-gate.iife.js', 'dist/consent-gate.js'])('states the real gzipped size of %s', (file) => {
    expect(existsSync(file), `${file} is missing: run npm run build first`).toBe(true);
    const kB = gzipSync(readFileSync(file), { level: 9 }).length / 1000;
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    const stated = Number(/\| ([\d.]+) kB \|$/.exec(row ?? '')?.[1]);
    expect(stated, `README size row for ${file}`).toBeCloseTo(kB, 1);
  });

  it('opens with the two set-up commands', () => {
    const setup = readme.slice(readme.indexOf('## Set-up'));
    const block = /```sh\n([\s\S]*?)```/.exec(setup)?.[1]?.trim().split('\n') ?? [];
    expect(block.map((line) => line.split('#')[0]!.trim())).toEqual(['npm ci && npm start', 'npm test']);
  });
});
