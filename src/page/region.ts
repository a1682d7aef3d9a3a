/**
 * The visitor's region, as the site tells it (README, "Jurisdictions"): the
 * script tag's `data-region`, else `ConsentGate.setRegion(code)` called
 * before the catalogue arrives. consent-gate never looks a region up itself.
 *
 * A call after the gate has started cannot change what already ran: it is
 * kept for the tab's next page views (sessionStorage, where the browser
 * allows it) and the console says so. `data-region` always wins: it is the
 * site's word for this page view.
 */
const KEY = 'consent-gate.region';

export interface RegionHolder {
  /** What `ConsentGate.setRegion` does. */
  set(code: string): void;
  /** The region for the gate now starting; later `set` calls apply from the next page view. */
  take(): string | undefined;
}

export function regionHolder(attribute: string | undefined, win: Window): RegionHolder {
  const storage = () => {
    try {
      return win.sessionStorage;
    } catch {
      return undefined;
    }
  };
  let early: string | undefined;
  let taken = false;
  return {
    set(code) {
      if (typeof code !== 'string') return void console.error('[consent-gate] setRegion: expected a region code such as "US-CA", got', code);
      try {
        storage()?.setItem(KEY, code);
      } catch {
        // Storage full or refused: the call still applies to this page view if it is early enough.
      }
      if (!taken) early = code;
      else console.info(`[consent-gate] setRegion("${code}") came after the catalogue: it applies from the next page view`);
    },
    take() {
      taken = true;
      let remembered: string | null | undefined;
      try {
        remembered = storage()?.getItem(KEY);
      } catch {
        remembered = undefined;
      }
      return attribute ?? early ?? remembered ?? undefined;
    },
  };
}
