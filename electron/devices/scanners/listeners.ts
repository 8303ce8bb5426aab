// A tiny typed listener set: subscribe returns its own unsubscribe, and one throwing listener
// cannot stop the others (a UI bug must not swallow a check-in scan).

export interface Listeners<A extends unknown[]> {
  add(cb: (...args: A) => void): () => void;
  emit(...args: A): void;
  readonly size: number;
}

export function createListeners<A extends unknown[]>(
  onListenerError: (err: unknown) => void = (err) =>
    queueMicrotask(() => {
      throw err;
    }),
): Listeners<A> {
  const set = new Set<(...args: A) => void>();
  return {
    add(cb) {
      set.add(cb);
      return () => set.delete(cb);
    },
    emit(...args) {
      for (const cb of [...set]) {
        try {
          cb(...args);
        } catch (err) {
          onListenerError(err);
        }
      }
    },
    get size() {
      return set.size;
    },
  };
}
