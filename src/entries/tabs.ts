/** Script-tag part (dist/consent-gate.tabs.js): fetched by the loader once a tab loses or gets focus or is restored from the back/forward cache (`page/follow-later`). */
import { registerPart } from '../page/parts';
import { followOtherTabs } from '../page/cross-tab';

registerPart('tabs', followOtherTabs);
