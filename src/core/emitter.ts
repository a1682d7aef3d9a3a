/** A tiny typed event emitter; `on` returns its own unsubscribe. */
export interface Emitter<Events> {
  on<K extends keyof Events>(event: K, fn: (payload: Events[K]) => void): () => void;
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
}

export function createEmitter<Events>(): Emitter<Events> {
  const listeners: { [K in keyof Events]?: Set<(payload: Events[K]) => void> } = {};
  return {
    on(event, fn) {
      const set = (listeners[event] ??= new Set());
      set.add(fn);
      return () => void set.delete(fn);
    },
    emit(event, payload) {
      // A listener that throws must not stop the others, nor reach the caller:
      // the caller is usually a click handler on someone else's site.
      for (const fn of [...(listeners[event] ?? [])]) {
        try {
          fn(payload);
        } catch (error) {
          console.error('[consent-gate] a "%s" listener threw:', String(event), error);
        }
      }
    },
  };
}
