/**
 * Script-tag UI part, the first layer (dist/consent-gate.ui.js): fetched by
 * the loader only when the banner or the preferences must show, then hands
 * over its mount and the choice actions. The preferences dialog is a file of
 * its own (consent-gate.preferences.js), which the loader's `loadPreferences` fetches.
 */
import { registerPart } from '../page/parts';
import { readDisplayCatalog } from '../ui/display-catalog';
import { mountUi } from '../ui/mount';
import { choicesFor } from '../page/choices';

registerPart('ui', {
  mount(core, input, view, doc, language, wanted, loadPreferences) {
    const { catalog, clean } = readDisplayCatalog(input, core.config);
    return { handle: mountUi(core, catalog, view, doc, language, wanted, loadPreferences), clean };
  },
  choices: (core, input, doc) => choicesFor(core, doc, readDisplayCatalog(input, core.config).catalog),
});
