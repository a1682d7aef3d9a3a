import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describePurposes } from '../../src/ui/purposes';
import { readGateConfig } from '../../src/core/gate-config';
import { english } from '../../src/ui/i18n/en';
import { LANGUAGE_FILES } from '../../src/page/languages';
import type { Language } from '../../src/ui/i18n/language';
import type { OptionalCategoryId } from '../../src/core/types';

const languages: Language[] = [
  english,
  ...(await Promise.all(LANGUAGE_FILES.map((code) => import(`../../src/ui/i18n/${code}.ts`).then((m) => m.language as Language)))),
];
const OPTIONAL: OptionalCategoryId[] = ['performance', 'functionality', 'targeting', 'unclassified'];
const shipped = ['conektio', 'konecto', 'konectus', 'konnecs'].map((name) => {
  const config = readGateConfig(JSON.parse(readFileSync(`catalog/${name}.json`, 'utf8')))!;
  return [name, config.enabled] as const;
});

describe('the banner description names only the purposes the catalogue has', () => {
  for (const language of languages) {
    it.each(shipped)(`${language.code}: %s`, (_, enabled) => {
      const text = describePurposes(language, enabled);
      expect(text).not.toContain('{purposes}');
      for (const id of OPTIONAL) {
        if (enabled.includes(id)) expect(text).toContain(language.purposes[id]);
        else expect(text).not.toContain(language.purposes[id]);
      }
    });
  }

  it('reads as a sentence for one, two and three purposes (English)', () => {
    const lead = 'We use cookies the site needs to work. With your consent, we also use cookies to';
    expect(describePurposes(english, ['strictly-necessary', 'performance'])).toBe(`${lead} measure visits.`);
    expect(describePurposes(english, ['strictly-necessary', 'performance', 'targeting'])).toBe(`${lead} measure visits and show relevant ads.`);
    expect(describePurposes(english, ['strictly-necessary', 'performance', 'functionality', 'targeting'])).toBe(
      `${lead} measure visits, remember settings, and show relevant ads.`,
    );
  });

  it('joins purposes as each language joins a list', async () => {
    const german = languages.find((l) => l.code === 'de')!;
    expect(describePurposes(german, ['performance', 'functionality'])).toMatch(/um Besuche zu messen und Einstellungen zu speichern\.$/);
    const arabic = languages.find((l) => l.code === 'ar')!;
    expect(describePurposes(arabic, ['performance', 'targeting'])).toMatch(/لقياس الزيارات وعرض إعلانات ملائمة\.$/);
  });
});
