/**
 * What consent-gate needs of a browser beyond ES2020 syntax, and which of it
 * this one lacks. Browsers that parse ES2020 but are older than the build's
 * targets (Safari 13.1–15.3 and Firefox 74–97 have no `<dialog>` modal;
 * the rest predates them) get no gate at all rather than one that throws
 * half-way: gated tags stay `type="text/plain"`, nothing optional runs, and
 * the console says why.
 */
const GLOBALS = ['MutationObserver', 'WeakSet', 'Proxy', 'fetch'] as const;

/** The first missing API by name (`"HTMLDialogElement.showModal"`), or undefined where everything is there. */
export function missingFeature(win: Window): string | undefined {
  // Firefox 74–97 and Safari 13.1–15.3 parse ES2020 but have no modal <dialog>: the usual older browser.
  const dialog = (win as Window & typeof globalThis).HTMLDialogElement?.prototype as Partial<HTMLDialogElement> | undefined;
  return GLOBALS.find((name) => !(name in win)) ?? (dialog?.showModal ? undefined : 'HTMLDialogElement.showModal');
}

/** The console's line for a browser that lacks `feature` (the README's "Browser support" lists the supported ones). */
export const unsupportedMessage = (feature: string) => `[consent-gate] unsupported browser (no ${feature}): nothing optional runs`;
