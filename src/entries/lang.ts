/**
 * Script-tag language part (dist/consent-gate.lang.<code>.js): one build per
 * built-in language (vite --mode lang-<code> points the import below at
 * src/ui/i18n/<code>.ts); the loader fetches only the visitor's.
 */
import { registerPart } from '../page/parts';
import { language } from 'virtual:consent-gate-language';

registerPart('lang', language);
