/**
 * The limits a catalogue is checked against, shared by the validator
 * (`catalog.ts`) and the first layer's reader (`ui/display-catalog.ts`):
 * a module of their own, so that neither takes js-cookie (the writer's) nor
 * the server helper these few bytes.
 */
import { RECORD_VERSION } from './constants';
import { serializeRecord } from './cookie-store';
import type { CategoryId, Jurisdictions } from './types';

/**
 * A catalogue row's `path`: "/" then at most 1023 printable ASCII characters
 * other than ";" (which would end the attribute in `document.cookie`); 1024
 * is the longest Path attribute browsers keep (Chromium drops longer ones).
 */
export const COOKIE_PATH_PATTERN = /^\/[!-:<-~]{0,1023}$/;

/**
 * The longest record a catalogue can produce, fully URI-encoded (an upper
 * bound of what the writer, js-cookie, stores, which leaves some characters unescaped):
 * every category in use granted with every one of its services on, a 32-hex
 * id, the catalogue's revision and a four-digit-year ISO date; with
 * `jurisdictions`, the longest rule id, the longer model and every grant by default. The validator
 * refuses a catalogue for which `fitsCookie(cookieName, largestRecord(…))` is false.
 */
export function largestRecord(
  revision: number, enabled: readonly CategoryId[], services: readonly { id: string; category: CategoryId }[], jurisdictions?: Jurisdictions,
): string {
  const longest = Object.keys(jurisdictions ?? {}).reduce((a, b) => (b.length > a.length ? b : a), '');
  return encodeURIComponent(serializeRecord({
    version: RECORD_VERSION,
    id: '0'.repeat(32),
    revision,
    decidedAt: new Date(0).toISOString(),
    granted: [...enabled],
    ...(services.length > 0 && { services: services.filter((s) => enabled.includes(s.category)).map((s) => s.id) }),
    ...(jurisdictions && { jurisdiction: longest, model: 'opt-out', byDefault: enabled.filter((id) => id !== 'strictly-necessary') }),
  }));
}
