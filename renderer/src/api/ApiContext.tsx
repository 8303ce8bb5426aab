import { createContext, useContext, useEffect, useRef } from 'react';
import type { EventName, EventPayload, KioskApi } from '../../../shared/contract';

export const ApiContext = createContext<KioskApi | null>(null);

export function useApi(): KioskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiContext.Provider>');
  return api;
}

/** Runs `listener` for every pushed `event` while the component is on screen. */
export function useEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const api = useApi();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => api.on(event, (p) => latest.current(p)), [api, event]);
}
