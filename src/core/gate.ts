/**
 * The gate: `<script type="text/plain" data-category="performance">`
 * elements stay inert until their category is granted, then are replaced by
 * live copies, in document order, keeping their other attributes;
 * `<iframe|img data-category data-src>` get their `src` then, and
 * `<link rel="stylesheet" data-category data-href>` its `href`.
 *
 * Activation behaves like the HTML parser (README, "How the gate behaves like
 * the parser"), because sites write gated code the way they write normal code:
 * - a blocking external script (no `async`) has run before the scripts after
 *   it: the queue waits for its `load` or `error`, or `scriptTimeout` ms, past
 *   which it goes on and reports the script on `onError`;
 * - `defer` scripts and modules run after the document is parsed, in order,
 *   after the other scripts; `async` ones hold nothing;
 * - scripts the browser would not run (`nomodule`, unknown types) hold nothing;
 * - `document.write` from an activated script lands where the script stands
 *   (`document-write.ts`), and `document.currentScript` is the live script.
 * An embed or stylesheet whose source attribute (or category) changes later,
 * as frameworks re-render, is gated again by the same rules; one the gate
 * activated whose category is no longer granted loses its source.
 */
import { TEARDOWN } from './build';
import { CATEGORY_ATTR, GATED_TYPE, HREF_ATTR, SCRIPT_TIMEOUT_MS, SERVICE_ATTR, SRC_ATTR, TYPE_ATTR } from './constants';
import type { CategoryId, ScriptError } from './types';
import { scriptKind } from './script-kind';
import { captureWrites, type WriteCapture } from './document-write';

export interface GateOptions {
  /** Given to activated scripts that carry none of their own: the nonce the SDK was loaded with, for a strict CSP. */
  nonce?: string;
  /** An activated script failed to load, threw or timed out; the queue goes on without it. */
  onError?(error: ScriptError): void;
  /** Milliseconds an external script may take to load before the queue goes on without it. @default 10000 */
  timeout?: number;
}

export interface Gate {
  /** Activates every gated element whose category is granted now (and gates again what no longer is). */
  activate(): void;
  /** Also activate gated elements inserted or changed later (the parser, an SPA); returns the disconnect. */
  observe(): () => void;
  /** Resolves once every activation so far has run, loaded, failed or timed out; never rejects. */
  settled(): Promise<void>;
}

/** Scripts stay inert by their type; iframes (video embeds) and images (tracking pixels) by having no src yet, stylesheets no href. */
const SELECTOR = `script[type="${GATED_TYPE}"][${CATEGORY_ATTR}],iframe[${CATEGORY_ATTR}][${SRC_ATTR}],img[${CATEGORY_ATTR}][${SRC_ATTR}],link[${CATEGORY_ATTR}][${HREF_ATTR}]`;
/** Embeds with a live source: the ones the gate activated are gated again when no longer allowed. */
const LIVE_EMBEDS = `iframe[${CATEGORY_ATTR}][src],img[${CATEGORY_ATTR}][src],link[${CATEGORY_ATTR}][href]`;
/** Attributes that describe the gate, not the script. */
const GATE_ATTRS = ['type', SRC_ATTR, TYPE_ATTR];
/** The attributes whose change can make an element gated, or allowed: a framework's re-render sets them. */
const WATCHED = [SRC_ATTR, HREF_ATTR, CATEGORY_ATTR, SERVICE_ATTR, 'type'];

/** `allows(el)` decides whether a gated element may run now (its `data-category`, `data-service`). */
export function createGate(doc: Document, allows: (el: Element) => boolean, { nonce, onError, timeout = SCRIPT_TIMEOUT_MS }: GateOptions = {}): Gate {
  const queued = new WeakSet<Element>();
  /** The live scripts and the embeds we made, to know an error or a re-render as theirs. */
  const activated = new WeakSet<Element>();
  const failed = (script: HTMLScriptElement, message: string) =>
    onError?.({ category: script.getAttribute(CATEGORY_ATTR) as CategoryId, ...(script.src && { src: script.src }), message });
  /** In document order: what runs now, and what waits for the end of parsing (defer, modules). */
  const queue: Element[] = [];
  const deferred: Element[] = [];
  let waiting = false;
  /** External scripts inserted and not yet loaded, failed or timed out. */
  let loading = 0;
  let idle: (() => void)[] = [];
  let writes: WriteCapture | undefined;

  function activate(): void {
    for (const el of doc.querySelectorAll(LIVE_EMBEDS)) if (activated.has(el) && !allows(el)) gateAgain(el);
    for (const el of doc.querySelectorAll(SELECTOR)) {
      if (queued.has(el) || !allows(el)) continue;
      queued.add(el);
      (el.nodeName === 'SCRIPT' && scriptKind(el, el.getAttribute(TYPE_ATTR), el.hasAttribute(SRC_ATTR)) === 'deferred' ? deferred : queue).push(el);
    }
    drain();
  }

  function drain(): void {
    for (let next; !waiting && (next = queue.shift() ?? (doc.readyState === 'loading' ? undefined : deferred.shift())); ) {
      // Checked again as its turn comes: a choice made while it waited (a revocation) may refuse it,
      // and a framework may have removed it; either way it is not run, and may be queued again later.
      if (!next.isConnected || !allows(next)) queued.delete(next);
      else if (next.nodeName === 'SCRIPT') run(next as HTMLScriptElement);
      else {
        // An iframe, image or stylesheet starts loading once it has its source; nothing waits for it.
        const [live, gated] = sourceAttrs(next);
        next.setAttribute(live, next.getAttribute(gated)!);
        next.removeAttribute(gated);
        queued.delete(next);
        activated.add(next);
      }
    }
    // Deferred scripts wait for the parser, as the browser's own do.
    if (deferred.length) doc.addEventListener('DOMContentLoaded', drain);
    if (!waiting && !queue.length && !deferred.length && !loading) for (const done of idle.splice(0)) done();
  }

  function run(gated: HTMLScriptElement): void {
    const live = liveCopy(doc, gated, nonce);
    const kind = scriptKind(gated, gated.getAttribute(TYPE_ATTR), !!live.src);
    // Known as ours before it runs: an inline script runs, may throw and may write, as it is inserted.
    activated.add(live);
    writes ??= captureWrites(doc, activated);
    let done = false;
    const settle = (message?: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      loading--;
      if (message) failed(live, message);
      written(live);
      if (kind !== 'async') waiting = false;
      drain();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (live.src && kind !== 'none') {
      loading++;
      waiting = kind !== 'async';
      live.addEventListener('load', () => settle(), { once: true });
      live.addEventListener('error', () => settle('failed to load'), { once: true });
      timer = setTimeout(() => settle(`did not load within ${timeout} ms`), timeout);
    }
    gated.replaceWith(live);
    if (!timer) written(live);
  }

  /** What a script wrote goes where it stands; the scripts in it run next, before the rest of the queue. */
  function written(script: Element): void {
    const scripts = writes!.flush(script);
    for (const inert of scripts) {
      inert.setAttribute(CATEGORY_ATTR, script.getAttribute(CATEGORY_ATTR)!);
      queued.add(inert);
    }
    queue.unshift(...scripts);
  }

  /** Back to the gated state: the source moves to the data attribute, and an iframe shows nothing. */
  function gateAgain(el: Element): void {
    const [live, gated] = sourceAttrs(el);
    el.setAttribute(gated, el.getAttribute(live)!);
    el.removeAttribute(live);
    if (el.nodeName === 'IFRAME') (el as HTMLIFrameElement).src = 'about:blank';
    activated.delete(el);
  }

  return {
    activate,
    observe() {
      // While the page parses, every element arrives as a record, so this callback
      // is on every page view's path: plain indexed loops, and a selector test
      // only for a <script> or an element that already has children (an SPA's insert).
      const observer = new MutationObserver((records) => {
        for (let i = 0; i < records.length; i++) {
          // Only WATCHED attributes are reported: a re-render changed what the gate decides on.
          if (records[i]!.type === 'attributes') return activate();
          const nodes = records[i]!.addedNodes;
          for (let j = 0; j < nodes.length; j++) if (mayHoldGated(nodes[j]!)) return activate();
        }
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true, attributeFilter: WATCHED });
      // An activated script that throws: the browser reports it while it is still the current script.
      const win = doc.defaultView!;
      const threw = (event: ErrorEvent) => {
        const script = doc.currentScript;
        if (script && activated.has(script)) failed(script as HTMLScriptElement, String(event.message));
      };
      win.addEventListener('error', threw);
      return !TEARDOWN ? (undefined as never) : () => {
        observer.disconnect();
        win.removeEventListener('error', threw);
        writes?.stop();
      };
    },
    settled: () => new Promise<void>((resolve) => {
      idle.push(resolve);
      drain();
    }),
  };
}

/** The live source attribute and the gated one: `href`/`data-href` for a stylesheet, else `src`/`data-src`. */
const sourceAttrs = (el: Element): [string, string] => (el.nodeName === 'LINK' ? ['href', HREF_ATTR] : ['src', SRC_ATTR]);

function mayHoldGated(node: Node): boolean {
  // Plain comparisons: a regular expression here is compiled on every page view's first parsed node.
  const name = node.nodeName;
  if (name === 'SCRIPT') return (node as Element).matches(SELECTOR);
  // An embed the gate activated may come back (a framework re-inserts it) where it is no longer allowed.
  if (name === 'IFRAME' || name === 'IMG' || name === 'LINK') return (node as Element).hasAttribute(CATEGORY_ATTR);
  return node.firstChild !== null && (node as Element).querySelector?.(SELECTOR) != null;
}

/** A script that runs: the gated one's attributes, type, nonce and code or src, not yet in the page. */
function liveCopy(doc: Document, gated: HTMLScriptElement, nonce?: string): HTMLScriptElement {
  const live = doc.createElement('script');
  for (const { name, value } of gated.attributes) {
    if (!GATE_ATTRS.includes(name)) live.setAttribute(name, value);
  }
  const type = gated.getAttribute(TYPE_ATTR);
  if (type) live.type = type;
  // The nonce attribute reads back empty once the page has a CSP; the property keeps it.
  if (gated.nonce || nonce) live.nonce = gated.nonce || nonce!;
  const src = gated.getAttribute(SRC_ATTR);
  // Inserted scripts are async by default; a blocking, deferred or module one must stay in order.
  if (!gated.hasAttribute('async')) live.async = false;
  if (src) live.src = src;
  else live.text = gated.text;
  return live;
}
