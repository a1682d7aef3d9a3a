import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { classifyCookie } from '../../src/entries/audit';

describe('classifyCookie', () => {
  it('knows Google Analytics: _ga by its exact name, _ga_<container> by the longest prefix', () => {
    expect(classifyCookie('_ga')).toEqual({ name: '_ga', match: 'exact', platform: 'Google Analytics', category: 'performance', retention: '2 years' });
    expect(classifyCookie('_ga_ABC123')).toEqual({ name: '_ga_', match: 'prefix', platform: 'Google Analytics', category: 'performance', retention: '2 years' });
  });

  it('puts advertising cookies in targeting', () => {
    expect(classifyCookie('_fbp')).toMatchObject({ match: 'exact', platform: 'Facebook', category: 'targeting' });
    expect(classifyCookie('_gcl_au')).toMatchObject({ match: 'exact', category: 'targeting' });
  });

  it('maps the database\'s Functional to functionality (Hotjar\'s visitor id)', () => {
    expect(classifyCookie('_hjSessionUser_123')).toMatchObject({ name: '_hjSessionUser_', match: 'prefix', platform: 'Hotjar', category: 'functionality' });
  });

  it('leaves the platform out where the database names none', () => {
    expect(classifyCookie('XSRF-TOKEN')).toEqual({ name: 'XSRF-TOKEN', match: 'exact', category: 'strictly-necessary', retention: 'Session' });
  });

  it('returns null for a name nobody knows, and never matches a prefix in the middle of a name', () => {
    expect(classifyCookie('konectus_lang')).toBeNull();
    expect(classifyCookie('')).toBeNull();
    expect(classifyCookie('x_ga_ABC')).toBeNull();
  });

  it('takes an exact name before a prefix it also starts with, and the longest prefix first', () => {
    // "_gat_pro" is a name of its own (another platform); "_gat" and "_gat_gtag_" are Google Analytics prefixes.
    expect(classifyCookie('_gat_pro')).toMatchObject({ name: '_gat_pro', match: 'exact', category: 'functionality' });
    expect(classifyCookie('_gat_gtag_UA_1_2')).toMatchObject({ name: '_gat_gtag_', match: 'prefix', platform: 'Google Analytics' });
    expect(classifyCookie('_gat_UA-1')).toMatchObject({ name: '_gat', match: 'prefix', platform: 'Google Analytics' });
  });
});

describe('the known-cookie table', () => {
  it('is what scripts/known-cookies.mjs makes from the Open Cookie Database snapshot in ../shared/data', () => {
    expect(execFileSync('node', ['scripts/known-cookies.mjs', '--check'], { encoding: 'utf8' })).toMatch(/matches/);
  });
});
