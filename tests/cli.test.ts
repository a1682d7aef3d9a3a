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
    expect(out).toMatch(/broken\.json: not valid JSON: /);
    expect(out).toContain('missing.json: cannot read it: no such file\n');
    expect(out).not.toMatch(/missing\.json.*(JSON|ENOENT)/);
    expect(out).toContain('✓ catalog/konecto.json: valid');
  });

  it('skips the report a scan writes beside its draft (catalog/draft.scan.json), with a note', () => {
    const report = file('draft.scan.json', JSON.stringify({ kind: 'consent-gate scan report', url: 'https://example.test/', cookies: [] }));
    const renamed = file('report.json', JSON.stringify({ kind: 'consent-gate scan report', url: 'https://example.test/', cookies: [] }));
    const { code, out } = run('validate', 'catalog/konecto.json', report, renamed);
    expect(code).toBe(0);
    expect(out).toContain('draft.scan.json: a scan report (consent-gate scan), not a catalogue: skipped');
    expect(out).toContain('report.json: a scan report (consent-gate scan), not a catalogue: skipped');
  });

  it('skips a JSON Schema given with the catalogues (catalog/*.json) with a note', () => {
    const schemaNamed = file('schema.json', JSON.stringify({ type: 'object' }));
    const metaSchema = file('rules.json', JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }));
    const { code, out } = run('validate', 'catalog/konecto.json', 'catalog/schema.json', schemaNamed, metaSchema);
    expect(code).toBe(0);
    expect(out).toContain('✓ catalog/konecto.json: valid');
    for (const schema of ['catalog/schema.json', schemaNamed, metaSchema]) expect(out).toContain(`- ${schema}: a JSON Schema, not a catalogue: skipped\n`);
    expect(out).not.toMatch(/✗/);
  });

  it('counts in words: 1 service, 1 cookie', () => {
    const one = file('one.json', JSON.stringify({ revision: 1, privacyPolicyUrl: '/p', categories: { performance: {} }, services: [{ id: 'stats', name: 'Stats', category: 'performance' }], cookies: [{ name: '_s', category: 'performance', service: 'stats', provider: 'Us', expiry: '1 year', description: 'x' }] }));
    expect(run('validate', one).out).toContain('; 1 service; 1 cookie)');
    expect(run('validate', 'catalog/konecto.json').out).toContain('; 2 services; 4 cookies)');
    // konnecs.json uses strictly-necessary alone.
    expect(run('validate', 'catalog/konnecs.json').out).toMatch(/valid \(revision \d+; category strictly-necessary; /);
  });

  it('prints its usage for a wrong command', () => {
    expect(run()).toMatchObject({ code: 2, out: expect.stringContaining('Usage: consent-gate validate') });
    expect(run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('Exit status') });
  });
});

describe('consent-gate scan', () => {
  /** The draft catalogue's expiry of cookies that live `days` more days. */
  const expiries = (days: number[]): string[] =>
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `import { expiryOf } from './bin/scan.mjs'; console.log(JSON.stringify(${JSON.stringify(days)}.map((d) => expiryOf({ expires: Date.now() / 1000 + d * 86400 }))))`], { encoding: 'utf8' }));

  it('writes expiries as a person would: 1 year, 13 months, 1 day', () => {
    expect(expiries([365, 730, 548, 400, 1, 2])).toEqual(['1 year', '2 years', '18 months', '13 months', '1 day', '2 days']);
  });
});
