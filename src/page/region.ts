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
  // Storage may be refused (a sandboxed frame, a privacy setting) or full: then nothing is remembered.
  const session = <T>(use: (storage: Storage) => T): T | undefined => {
    try {
      return use(win.sessionStorage);
    } catch {
      return undefined;
    }
  };
  let early: string | undefined;
  let taken = false;
  return {
    set(code) {
      if (typeof code !== 'string') return void console.error('[consent-gate] setRegion: expected a region code such as "US-CA", got', code);
      session((storage) => storage.setItem(KEY, code));
      if (!taken) early = code;
      else console.info(`[consent-gate] setRegion("${code}") came after the catalogue: it applies from the next page view`);
    },
    take() {
      taken = true;
      return attribute ?? early ?? session((storage) => storage.getItem(KEY)) ?? undefined;
    },
  };
}
