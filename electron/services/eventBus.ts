import type { EventName, EventPayload } from '../../shared/contract';

export type BusListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Pushes domain events to every connected screen (IPC windows, SSE streams). */
export class EventBus {
  private readonly listeners = new Set<BusListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch {
        // A broken screen connection must not stop the others from hearing the event.
      }
    }
  }

  subscribe(listener: BusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
