/**
 * Script-tag preferences part (dist/consent-gate.preferences.js): the dialog
 * with Preact and its signals, fetched by the first layer (consent-gate.ui.js).
 */
import { registerPart } from '../page/parts';
import { openPreferences } from '../ui/preferences-layer';

registerPart('preferences', { open: openPreferences });
