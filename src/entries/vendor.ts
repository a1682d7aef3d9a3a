/** A vendor integration's script-tag file (consent-gate.<service>.js): `--mode tiktok-pixel` aliases the vendor in. */
import { registerPart } from '../page/parts';
import { start } from 'virtual:consent-gate-vendor';

// The part's name is the mode's service id, given by vite.config.ts.
registerPart(import.meta.env.MODE as 'matomo', start);
