/**
 * A vendor's tag ran before consent-gate could put its consent command first;
 * the order cannot be repaired after the fact, so the site owner is told what to move.
 */
export const ranFirst = (what: string): void =>
  console.warn(`[consent-gate] ${what} ran first: move it below consent-gate in <head>`);
