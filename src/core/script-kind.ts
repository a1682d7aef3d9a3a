/**
 * How the HTML parser would run a script, decided from its attributes as in
 * HTML § "prepare the script element" (https://html.spec.whatwg.org/#prepare-the-script-element):
 * - `none`: the browser runs nothing and fires neither `load` nor `error`
 *   (`nomodule` where modules are supported, a type that is no script type,
 *   e.g. "text/template" or "text/javascript;version=1");
 * - `inline`: classic code without `src`, run as it is inserted (`defer` and
 *   `async` mean nothing on it);
 * - `blocking`: classic `src` without `async`/`defer`: later scripts wait for it;
 * - `deferred`: classic `src` with `defer`, or a module without `async`: run
 *   after the document is parsed, in order;
 * - `async`: `src` with `async`, or a module with `async`: whenever it arrives.
 */
export type ScriptKind = 'none' | 'inline' | 'blocking' | 'deferred' | 'async';

/** The JavaScript MIME type essences (MIME Sniffing § 4.6), matched as a whole: parameters make a type unknown. */
const CLASSIC = /^((text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript|javascript1\.[0-5]))$/i;

/** `type` is the script's own type (a gated script's `data-type`); `hasSrc` whether it loads a file. */
export function scriptKind(el: Element, type: string | null, hasSrc: boolean): ScriptKind {
  const t = (type ?? '').trim();
  const module = t.toLowerCase() === 'module';
  if (!module && ((t && !CLASSIC.test(t)) || (el.hasAttribute('nomodule') && 'noModule' in HTMLScriptElement.prototype))) return 'none';
  if (el.hasAttribute('async') && (hasSrc || module)) return 'async';
  if (module || (hasSrc && el.hasAttribute('defer'))) return 'deferred';
  return hasSrc ? 'blocking' : 'inline';
}
