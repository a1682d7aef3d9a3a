/** Script-tag part (dist/consent-gate.button.js): fetched by the loader only when `appearance.settingsButton` is on. */
import { registerPart } from '../parts';
import { mountSettingsButton } from './settings-button';

registerPart('button', { mount: mountSettingsButton });
