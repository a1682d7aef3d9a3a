/** Script-tag part (dist/consent-gate.button.js): fetched by the loader only when `appearance.settingsButton` is on. */
import { registerPart } from '../page/parts';
import { mountSettingsButton } from '../ui/settings-button';

registerPart('button', { mount: mountSettingsButton });
