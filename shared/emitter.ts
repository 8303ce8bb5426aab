// The one typed event emitter of the app: the core's event bus, each scanner's scans and states, the
// window key source, the renderer's API clients. A listener that throws cannot stop the others from
// hearing the event (a broken screen must not swallow a check-in scan); its error is reported.

export type EventMap = Record<string, unknown>;
export type AnyListener<Events extends EventMap> = <K extends keyof Events>(
  event: K,
  payload: Events[K],
) => void;

export interface Emitter<Events extends EventMap> {
  /** Subscribes to one event; returns the unsubscribe. */
  on<K extends keyof Events>(event: K, listener: (payload: Events[K]) => void): () => void;
  /** Subscribes to every event, e.g. to forward them over IPC or an event stream. */
  onAny(listener: AnyListener<Events>): () => void;
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
  /** How many listeners are attached (of one event, or in all). */
  listenerCount(event?: keyof Events): number;
}

/** By default a listener's error surfaces as an uncaught error on its own, after the others ran. */
const rethrowLater = (err: unknown): void =>
  queueMicrotask(() => {
    throw err;
  });

export function createEmitter<Events extends EventMap>(
  onListenerError: (err: unknown) => void = rethrowLater,
): Emitter<Events> {
  const byEvent = new Map<keyof Events, Set<(payload: never) => void>>();
  const any = new Set<AnyListener<Events>>();
  const call = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      onListenerError(err);
    }
  };
  return {
    on(event, listener) {
      let set = byEvent.get(event);
      if (!set) byEvent.set(event, (set = new Set()));
      const entry = listener as (payload: never) => void;
      set.add(entry);
      return () => void set.delete(entry);
    },
    onAny(listener) {
      any.add(listener);
      return () => void any.delete(listener);
    },
    emit(event, payload) {
      // Copies, so a listener that unsubscribes (or subscribes) while being called changes nothing now.
      for (const listener of [...(byEvent.get(event) ?? [])])
        call(() => (listener as (p: typeof payload) => void)(payload));
      for (const listener of [...any]) call(() => listener(event, payload));
    },
    listenerCount(event) {
      if (event !== undefined) return byEvent.get(event)?.size ?? 0;
      let n = any.size;
      for (const set of byEvent.values()) n += set.size;
      return n;
    },
  };
}
