/**
 * The IAB Global Privacy Platform stub (GPP CMP API 1.1, "Stub"; README,
 * "IAB GPP"), in the loader: `window.__gpp` exists from the moment consent-gate
 * knows GPP is on, so a vendor asking early gets an answer. It answers `ping`
 * (`cmpStatus` "stub", `signalStatus` "not ready") and `addEventListener` /
 * `removeEventListener` at once, and queues every other call.
 *
 * Then one of two things happens:
 * - an opt-out jurisdiction: the GPP part (consent-gate.gpp.js, IAB Tech Lab's
 *   `@iabgpp/cmpapi`) takes the queue and the listeners over (`__gpp()` and
 *   `__gpp('events')`, as the library reads them);
 * - any other: `notApplicable()`: `applicableSections` [-1], `signalStatus`
 *   "ready", listeners told, queued calls answered ("no such section").
 * A `__gpp` the page already has (another CMP) is left alone.
 */
import type { GppSection } from '../core/types';
import { GPP_SECTIONS } from '../core/types';
import { TEARDOWN } from '../core/build';

declare global {
  interface Window {
    __gpp?: (command?: string, callback?: GppCallback, parameter?: unknown, version?: string) => unknown;
  }
}

export type GppCallback = (data: unknown, success: boolean) => void;

export interface GppStub {
  /** The catalogue's CMP id and sections, for `ping` (a stub that `data-gpp` installed knew neither). */
  configure(cmpId: number, sections: readonly GppSection[]): void;
  /** GPP does not apply to this visitor (an opt-in jurisdiction): see above. */
  notApplicable(): void;
  /** Takes `window.__gpp` away while it is still this stub (npm's `destroy()`). */
  remove(): void;
}

/** A section's id: GPP's section ids for the US sections run from 7 (usnat) in `GPP_SECTIONS` order. */
export const gppSectionId = (section: GppSection): number => GPP_SECTIONS.indexOf(section) + 7;

/** `supportedAPIs` as GPP 1.1 writes it: "7:usnat". */
export const supportedApis = (sections: readonly GppSection[]): string[] => sections.map((name) => `${gppSectionId(name)}:${name}`);

/** Installs the stub; undefined when the page has a `__gpp` already. `cmpId` 0 until the catalogue says (`data-gpp` alone). */
export function installGppStub(win: Window, cmpId = 0, sections: readonly GppSection[] = ['usnat']): GppStub | undefined {
  if (typeof win.__gpp === 'function') return undefined;
  const queue: unknown[][] = [];
  const events: { id: number; callback: GppCallback; parameter: unknown }[] = [];
  let loaded = false;
  const ping = () => ({
    gppVersion: '1.1',
    cmpStatus: loaded ? 'loaded' : 'stub',
    cmpDisplayStatus: 'hidden',
    signalStatus: loaded ? 'ready' : 'not ready',
    supportedAPIs: supportedApis(sections),
    cmpId,
    sectionList: [],
    applicableSections: [-1],
    gppString: 'DBAA',
    parsedSections: {},
  });
  const event = (eventName: string, listenerId: number, data: unknown) => ({ eventName, listenerId, data, pingData: ping() });
  function gpp(command?: string, callback?: GppCallback, parameter?: unknown): unknown {
    if (!arguments.length || command === 'queue') return queue;
    if (command === 'events') return events;
    if (command === 'ping') return void callback?.(ping(), true);
    if (command === 'addEventListener') {
      if (typeof callback !== 'function') return;
      const id = events.length;
      events.push({ id, callback, parameter });
      return void callback(event('listenerRegistered', id, true), true);
    }
    if (command === 'removeEventListener') {
      const at = events.findIndex((e) => e.id === parameter);
      if (at >= 0) events.splice(at, 1);
      return void callback?.(event('listenerRemoved', parameter as number, at >= 0), true);
    }
    // No section applies: hasSection is answered false; getSection and getField have nothing, and say so.
    if (loaded) return void callback?.(command === 'hasSection' ? false : null, command === 'hasSection');
    queue.push([...arguments]);
  }
  win.__gpp = gpp;
  return {
    configure(id, names) {
      cmpId = id;
      sections = names;
    },
    remove: !TEARDOWN ? (undefined as never) : () => void (win.__gpp === gpp && delete win.__gpp),
    notApplicable() {
      loaded = true;
      for (const { id, callback } of events) callback(event('signalStatus', id, 'ready'), true);
      for (const call of queue.splice(0)) gpp(...(call as Parameters<typeof gpp>));
    },
  };
}
