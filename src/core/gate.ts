/**
 * The gate: `<script type="text/plain" data-category="performance">`
 * elements stay inert until their category is granted, then are replaced by
 * live copies, in document order, keeping their other attributes;
 * `<iframe data-category data-src>` and `<img data-category data-src>` get
 * their src then.
 *
 * Order matters because sites write gated code the way they write normal
 * code: a blocking external script (no `async`) must have run before the
 * inline script after it, so activation waits for its load (or error), just
 * as the HTML parser would. `async` scripts do not hold the queue.
 */
import { CATEGORY_ATTR, GATED_TYPE, SRC_ATTR, TYPE_ATTR } from './constants';
import type { CategoryId, ScriptError } from './types';

export interface GateOptions {
  /** Given to activated scripts that carry none of their own: the nonce the SDK was loaded with, for a strict CSP. */
  nonce?: string;
  /** An activated script failed to load or threw; the queue goes on without it. */
  onError?(error: ScriptError): void;
}

export interface Gate {
  /** Activates every gated element whose category is granted now. */
  activate(): void;
  /** Also activate gated elements inserted later (the parser, an SPA); returns the disconnect. */
  observe(): () => void;
}

/** Scripts stay inert by their type; iframes (video embeds) and images (tracking pixels) by having no src yet. */
const SELECTOR = `script[type="${GATED_TYPE}"][${CATEGORY_ATTR}],iframe[${CATEGORY_ATTR}][${SRC_ATTR}],img[${CATEGORY_ATTR}][${SRC_ATTR}]`;
/** Attributes that describe the gate, not the script. */
const GATE_ATTRS = ['type', SRC_ATTR, TYPE_ATTR];

/** `allows(el)` decides whether a gated element may run now (its `data-category`, `data-service`). */
export function createGate(doc: Document, allows: (el: Element) => boolean, { nonce, onError }: GateOptions = {}): Gate {
  const queued = new WeakSet<Element>();
  /** The live scripts we made, to know an error as theirs. */
  const activated = new WeakSet<Element>();
  const failed = (script: HTMLScriptElement, message: string) =>
    onError?.({ category: script.getAttribute(CATEGORY_ATTR) as CategoryId, ...(script.src && { src: script.src }), message });
  const queue: Element[] = [];
  let waiting = false;

  function activate(): void {
    for (const el of doc.querySelectorAll(SELECTOR)) {
      if (queued.has(el) || !allows(el)) continue;
      queued.add(el);
      queue.push(el);
    }
    drain();
  }

  function drain(): void {
    while (!waiting && queue.length > 0) {
      const next = queue.shift()!;
      if (next.nodeName !== 'SCRIPT') {
        // An iframe or image starts loading once it has its src; nothing waits for it.
        next.setAttribute('src', next.getAttribute(SRC_ATTR)!);
        next.removeAttribute(SRC_ATTR);
        continue;
      }
      const live = liveCopy(doc, next as HTMLScriptElement, nonce);
      // Known as ours before it runs: an inline script runs, and may throw, as it is inserted.
      activated.add(live);
      next.replaceWith(live);
      if (live.src) live.addEventListener('error', () => failed(live, 'failed to load'), { once: true });
      if (live.src && !live.hasAttribute('async')) {
        waiting = true;
        const next = () => {
          waiting = false;
          drain();
        };
        live.addEventListener('load', next, { once: true });
        live.addEventListener('error', next, { once: true });
      }
    }
  }

  return {
    activate,
    observe() {
      // While the page parses, every element arrives as a record, so this callback
      // is on every page view's path: plain indexed loops, and a selector test
      // only for a <script> or an element that already has children (an SPA's insert).
      const observer = new MutationObserver((records) => {
        for (let i = 0; i < records.length; i++) {
          const nodes = records[i]!.addedNodes;
          for (let j = 0; j < nodes.length; j++) if (mayHoldGated(nodes[j]!)) return activate();
        }
      });
      observer.observe(doc.documentElement, { childList: true, subtree: true });
      // An activated script that throws: the browser reports it while it is still the current script.
      const win = doc.defaultView!;
      const threw = (event: ErrorEvent) => {
        const script = doc.currentScript;
        if (script && activated.has(script)) failed(script as HTMLScriptElement, String(event.message));
      };
      win.addEventListener('error', threw);
      return () => {
        observer.disconnect();
        win.removeEventListener('error', threw);
      };
    },
  };
}

function mayHoldGated(node: Node): boolean {
  // Plain comparisons: a regular expression here is compiled on every page view's first parsed node.
  const name = node.nodeName;
  if (name === 'SCRIPT' || name === 'IFRAME' || name === 'IMG') return (node as Element).matches(SELECTOR);
  return node.firstChild !== null && (node as Element).querySelector?.(SELECTOR) != null;
}

/** A script that runs: the gated one's attributes, type, nonce and code or src, not yet in the page. */
function liveCopy(doc: Document, gated: HTMLScriptElement, nonce?: string): HTMLScriptElement {
  const live = doc.createElement('script');
  for (const { name, value } of Array.from(gated.attributes)) {
    if (!GATE_ATTRS.includes(name)) live.setAttribute(name, value);
  }
  const type = gated.getAttribute(TYPE_ATTR);
  if (type) live.type = type;
  // The nonce attribute reads back empty once the page has a CSP; the property keeps it.
  if (gated.nonce || nonce) live.nonce = gated.nonce || nonce!;
  const src = gated.getAttribute(SRC_ATTR);
  if (src) {
    // Inserted scripts are async by default; a blocking one must stay in order.
    if (!gated.hasAttribute('async')) live.async = false;
    live.src = src;
  } else {
    live.text = gated.text;
  }
  return live;
}
