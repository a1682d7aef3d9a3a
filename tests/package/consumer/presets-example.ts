// The README's service-presets example: consent-gate/presets is typed too, and createConsentGate takes its table.
import { createConsentGate, type CatalogInput } from 'consent-gate';
import { expandPresets, presets, type PresetId } from 'consent-gate/presets';

const catalog = {
  revision: 1,
  privacyPolicyUrl: '/privacy',
  categories: { performance: {}, targeting: {} },
  services: [{ preset: 'google-analytics' }, { preset: 'meta-pixel', id: 'pixel' }],
} satisfies CatalogInput;

const gate = createConsentGate({ catalog, presets });
const id: PresetId = 'hotjar';
const expanded: unknown = expandPresets(catalog);
// @ts-expect-error the table is the presets module's, not a list of ids
createConsentGate({ catalog, presets: ['google-analytics'] });
void [gate, id, expanded, presets['google-analytics'].description.de];
