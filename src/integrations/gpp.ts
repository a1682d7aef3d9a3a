/**
 * IAB Global Privacy Platform for opt-out jurisdictions (README, "IAB GPP"),
 * on IAB Tech Lab's own CMP API and encoder (`@iabgpp/cmpapi`, Apache-2.0):
 * the script tag fetches it as consent-gate.gpp.js only for visitors whose
 * jurisdiction is opt-out; npm imports it as a chunk then.
 *
 * It takes the loader's stub over (its queued calls are answered once the
 * fields are set, never before), sets `applicableSections` to the ids of the
 * catalogue's `sections` (7 for usnat) and, in each, from the visitor's state:
 * - `SaleOptOut`, `SharingOptOut`, `TargetedAdvertisingOptOut`: 2 (did not opt
 *   out) while targeting runs, 1 once the visitor or Global Privacy Control
 *   opted out of it; 0 (not applicable) where the catalogue has no targeting;
 * - the `…Notice` fields from `integrations.gpp.notices`;
 * - `Gpc`: whether the browser sends the signal, even where `honorGpc` is false (a boolean, as the library types it);
 * then `signalStatus` "ready", and a `sectionChange` event on every choice.
 * Fields a state section does not have are skipped.
 */
import { CmpApi, CmpDisplayStatus, CmpStatus, SignalStatus } from '@iabgpp/cmpapi';
import type { ConsentState } from '../core/consent';
import type { Gpp } from '../core/types';
import { gppSectionId, supportedApis } from './gpp-stub';

/** The opt-out fields: each 1 (opted out), 2 (did not), or 0 (not applicable). */
const OPT_OUTS = ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut'];

/** Starts the CMP API; returns the stop (the listener on choices, and `__gpp` while it is still this one's). */
export function startGpp(settings: Gpp, state: ConsentState, win: Window = window): () => void {
  // Held back until the fields are set: the library answers its queue as it is constructed.
  const waiting = ((win.__gpp?.() as unknown[][] | undefined) ?? []).splice(0);
  const cmp = new CmpApi(settings.cmpId, settings.cmpVersion);
  cmp.setApplicableSections(settings.sections.map(gppSectionId));
  cmp.setSupportedAPIs(supportedApis(settings.sections));
  const set = (section: string, field: string, value: unknown) => {
    try {
      cmp.setFieldValue(section, field, value);
    } catch {
      // A state section without that field (usca has no TargetedAdvertisingOptOut).
    }
  };
  const fill = () => {
    const sells = state.config.enabled.includes('targeting');
    const optedOut = !state.hasConsent('targeting');
    for (const section of settings.sections) {
      for (const field of OPT_OUTS) set(section, field, !sells ? 0 : optedOut ? 1 : 2);
      for (const [field, value] of Object.entries(settings.notices)) set(section, field, value);
      // Whether the browser sends the signal, honoured or not (`honorGpc`): vendors downstream must see it.
      set(section, 'Gpc', (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true);
    }
  };
  fill();
  cmp.setCmpDisplayStatus(CmpDisplayStatus.HIDDEN);
  cmp.setCmpStatus(CmpStatus.LOADED);
  cmp.setSignalStatus(SignalStatus.READY);
  const mine = win.__gpp;
  for (const call of waiting) (mine as (...args: unknown[]) => unknown)(...call);
  const off = state.on('change', () => {
    cmp.setSignalStatus(SignalStatus.NOT_READY);
    fill();
    cmp.setSignalStatus(SignalStatus.READY);
    for (const section of settings.sections) cmp.fireSectionChange(section);
  });
  // A gate destroyed (an SPA's remount) leaves no CMP answering for it.
  return () => {
    off();
    if (win.__gpp === mine) delete win.__gpp;
  };
}
