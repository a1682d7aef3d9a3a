/**
 * What the vendor integrations beyond Google and Meta share (Microsoft Clarity, Microsoft UET, TikTok Pixel,
 * Matomo, PostHog; README, "Vendor integrations"): each vendor's consent API is told, in the vendor's own
 * commands, whether the visitor allows it —
 * - when the page view starts, in front of anything the vendor's snippet already queued (so the hold is what
 *   the vendor's script processes before its first data command), and
 * - after each choice, before the reload a revocation sets off (`change` fires before it).
 *
 * Each vendor is a file of its own (`consent-gate.<service>.js`), fetched only where the catalogue turns it on;
 * the gate keeps that vendor's tags (`data-service="<service>"`) waiting until it has started.
 */
import type { ConsentState } from '../core/consent';
import type { OptionalCategoryId, VendorService } from '../core/types';

/** One vendor's consent API, as its documentation gives it. */
export interface VendorConsent<Options = Record<string, never>> {
  /** The service id of its tags: `data-service`, and `services[].id` in the catalogue. */
  service: VendorService;
  /** The category that decides where the catalogue does not list the service. */
  category: OptionalCategoryId;
  /**
   * The page view's first commands, ahead of anything already queued for the vendor. `allows`: whether the
   * visitor allows the vendor now (a returning visitor's grant goes in with the hold). Returns false when the
   * vendor's script had already run, so the commands could only be sent late.
   */
  start(win: Window, options: Options, allows: Allows): boolean;
  /**
   * After a choice: the grant (or update) when `allows()`, else the revoke. `repeat`: whether the vendor was
   * allowed before this choice, or the choice was made elsewhere (another tab, or while the page sat in the
   * back/forward cache) and followed here, so whatever announces a new consent went out where it was made.
   */
  change(win: Window, options: Options, allows: Allows, repeat: boolean): void;
}

/**
 * A vendor's consent as the gate starts it (its file registers this; the npm chunk exports it). `onChange` is the
 * gate's: npm `destroy()` stops it there, so the vendor keeps no stop of its own.
 */
export type StartVendor = (state: ConsentState, settings: never, win: Window, onChange: (fn: () => void) => unknown) => void;

/** The `StartVendor` of a vendor's consent API. */
export const starter =
  <Options>(vendor: VendorConsent<Options>): StartVendor =>
  (state, settings, win, onChange) =>
    startVendorConsent(vendor, settings, state, win, onChange);

/** Whether the visitor allows the vendor; `category`: whether they also grant that category (Clarity's `ad_Storage`). */
export type Allows = (category?: OptionalCategoryId) => boolean;

/**
 * Starts a vendor's consent on the page. `onChange`: how it follows choices, by default `state.on('change')`; the
 * gate passes its own, which runs before it releases the choice's tags, so a grant precedes the commands of a
 * vendor snippet that the same choice lets run.
 */
export function startVendorConsent<Options>(
  vendor: VendorConsent<Options>, options: Options, state: ConsentState, win: Window = window,
  onChange: (fn: () => void) => unknown = (fn) => state.on('change', fn),
): void {
  const { service } = vendor;
  // The catalogue's category for the service where it lists it, and the visitor's per-service switch.
  const allows: Allows = (category) =>
    state.hasConsent((state.config.serviceCategories[service] as OptionalCategoryId | undefined) ?? vendor.category) &&
    state.hasService(service) &&
    (!category || state.hasConsent(category));
  let before = allows();
  if (!vendor.start(win, options, allows)) console.warn(`[consent-gate] ${service} ran before its consent could be set: gate its tag (data-service="${service}") or move it below consent-gate`);
  onChange(() => {
    vendor.change(win, options, allows, before || !!state.following);
    before = allows();
  });
}

/** A vendor queue of command arrays (`[name, ...args]`), as TikTok's, Matomo's and PostHog's snippets keep them before their scripts load. */
export type CommandQueue = unknown[][] & Record<string, unknown>;

/**
 * Puts `commands` in front of the queue at `window[name]`, or creates the queue with them (the vendor's snippet
 * adopts an existing one: `w[t] = w[t] || []`). `loaded`: the vendor's script has taken the queue over, so
 * each command goes through `call` now instead. False in that case.
 */
export function toFront(win: Window, name: string, commands: unknown[][], loaded: (queue: CommandQueue) => boolean, call: (queue: CommandQueue, command: unknown[]) => void): boolean {
  const slots = win as unknown as Record<string, CommandQueue | undefined>;
  const queue = slots[name];
  if (!queue) return (slots[name] = commands as CommandQueue), true;
  if (loaded(queue)) return commands.forEach((command) => call(queue, command)), false;
  queue.unshift(...commands);
  return true;
}
