/**
 * A tiny typed emitter on the platform's EventTarget; `on` returns its own
 * unsubscribe. A listener that throws is reported by the browser (window
 * 'error') and neither stops the others nor reaches the code that emitted:
 * usually a click handler on someone else's site. Given `document` and a
 * prefix, every event is also the page's DOM event (`consent-gate:change`).
 */
export interface Emitter<Events> {
  on<K extends keyof Events & string>(event: K, fn: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events & string>(event: K, payload: Events[K]): void;
}

export function createEmitter<Events>(target: EventTarget = new EventTarget(), prefix = ''): Emitter<Events> {
  return {
    on(event, fn) {
      const listener = (e: Event) => fn((e as CustomEvent).detail);
      target.addEventListener(prefix + event, listener);
      return () => target.removeEventListener(prefix + event, listener);
    },
    emit: (event, payload) => void target.dispatchEvent(new CustomEvent(prefix + event, { detail: payload })),
  };
}
