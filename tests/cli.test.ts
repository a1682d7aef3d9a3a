import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `consent-gate …` as a user would (`npx consent-gate`), against the built dist/. */
function run(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['bin/consent-gate.mjs', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { code: status, out: stdout + stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'consent-gate-cli-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('consent-gate validate', () => {
  it('passes the shipped catalogues', () => {
    const { code, out } = run('validate', 'catalog/conektio.json', 'catalog/konnecs.json');
    expect(code).toBe(0);
    expect(out).toContain('✓ catalog/conektio.json: valid (revision 1; categories strictly-necessary, performance, targeting;');
  });

  it('names every problem with its path, as the runtime does, and fails', () => {
    const bad = file('bad.json', JSON.stringify({ revision: 1, privacyPolicyUrl: '/p', categories: { performance: {} }, cookies: [{ name: '_ga', category: 'marketing', provider: 'G', expiry: '1y', description: 'x' }] }));
    const { code, out } = run('validate', bad);
    expect(code).toBe(1);
    expect(out).toContain('catalog.cookies[0].category: expected one of strictly-necessary, performance, functionality, targeting, unclassified, got "marketing"');
  });

  it('fails on broken JSON or a missing file, naming it, and still checks the others', () => {
    const { code, out } = run('validate', file('broken.json', '{"revision": 1,'), join(dir, 'missing.json'), 'catalog/konecto.json');
    expect(code).toBe(1);
    expect(out).toMatch(/broken\.json: cannot read it as JSON/);
    expect(out).toMatch(/missing\.json: cannot read it as JSON: ENOENT/);
    expect(out).toContain('✓ catalog/konecto.json: valid');
  });

  it('prints its usage for a wrong command', () => {
    expect(run()).toMatchObject({ code: 2, out: expect.stringContaining('Usage: consent-gate validate') });
    expect(run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Exit status') });
  });
});
