import { describe, expect, it } from 'vitest';
import { fallbackCatalog } from '../../src/page/fallback-catalog';
import { readGateConfig } from '../../src/core/gate-config';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('fallbackCatalog', () => {
  it('offers the categories a broken catalogue names, never one it switches off, and keeps a usable revision', () => {
    const input = { revision: 3, categories: { performance: {}, targeting: { enabled: false }, marketing: {} }, options: 'broken' };
    expect(fallbackCatalog(input, page(''))).toEqual({ revision: 3, privacyPolicyUrl: '', categories: { performance: {} } });
  });

  it('offers the categories the page’s gated elements name when the catalogue names none (or never arrived), at revision 1', () => {
    const doc = page('<script type="text/plain" data-category="targeting"></script><iframe data-category="functionality"></iframe><i data-category="ads"></i>');
    expect(fallbackCatalog(undefined, doc)).toEqual({ revision: 1, privacyPolicyUrl: '', categories: { targeting: {}, functionality: {} } });
    expect(fallbackCatalog({ revision: 'one', categories: [] }, doc).revision).toBe(1);
  });

  it('is a catalogue the loader can start, with the categories it names and nothing else', () => {
    const config = readGateConfig(fallbackCatalog({ categories: { performance: {} } }, page('')));
    expect(config?.enabled).toEqual(['strictly-necessary', 'performance']);
    expect(config?.revision).toBe(1);
  });
});
