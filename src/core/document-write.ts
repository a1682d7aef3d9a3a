/**
 * `document.write` from a script the gate activated. Legacy tags (ad and
 * tracking pixels) write their markup where they stand, which works while
 * the parser runs them; once the document has loaded, a write implicitly calls
 * `document.open()` and replaces the whole page (HTML § document.write,
 * step "If the insertion point is undefined"). So while a gated script runs,
 * its writes are collected and, once it has run, parsed and put where it
 * stands, as the parser would have: never into a reopened document. Writes
 * from any other script go to the browser's own `document.write` unchanged.
 *
 * The markup of all of a script's writes is parsed in one piece, so a tag
 * written in several calls (`write('<div>'); write('</div>')`) stays whole.
 * Scripts in it that the parser would run are handed back inert, to run next
 * through the gate's queue, in order, like the scripts the parser meets.
 */
import { TEARDOWN } from './build';
import { GATED_TYPE, SRC_ATTR, TYPE_ATTR } from './constants';
import { scriptKind } from './script-kind';

export interface WriteCapture {
  /** Puts what `script` wrote after it; returns the scripts in it, inert, in document order. */
  flush(script: Element): HTMLScriptElement[];
  /** Gives the document its own `write` and `writeln` back. */
  stop(): void;
}

/** `ours.has(script)`: whether the script now running was activated by the gate. */
export function captureWrites(doc: Document, ours: Pick<WeakSet<Element>, 'has'>): WriteCapture {
  /** Each script's writes so far, in one string: what the browser would have parsed in one piece. */
  const written = new Map<Element, string>();
  const { write, writeln } = doc;
  const replace = (name: 'write' | 'writeln', end: string) => {
    const own = doc[name];
    doc[name] = function (...markup: string[]) {
      const script = doc.currentScript;
      if (!script || !ours.has(script)) return own.apply(doc, markup);
      written.set(script, (written.get(script) ?? '') + markup.join('') + end);
    };
  };
  replace('write', '');
  replace('writeln', '\n');
  return {
    flush(script) {
      const markup = written.get(script);
      if (markup === undefined) return [];
      written.delete(script);
      // A template's content is inert: nothing in it loads or runs while it is parsed and moved.
      const template = doc.createElement('template');
      template.innerHTML = markup;
      // Only what the parser would run: a written gated script keeps its own category (the gate meets it
      // like any other), a template or nomodule stays inert.
      const scripts = [...template.content.querySelectorAll('script')].filter(
        (inert) => scriptKind(inert, inert.getAttribute('type'), inert.hasAttribute('src')) !== 'none',
      );
      for (const inert of scripts) {
        if (inert.hasAttribute('src')) inert.setAttribute(SRC_ATTR, inert.getAttribute('src')!);
        if (inert.hasAttribute('type')) inert.setAttribute(TYPE_ATTR, inert.getAttribute('type')!);
        inert.removeAttribute('src');
        inert.type = GATED_TYPE;
      }
      script.after(template.content);
      return scripts;
    },
    stop: !TEARDOWN ? (undefined as never) : () => void Object.assign(doc, { write, writeln }),
  };
}
