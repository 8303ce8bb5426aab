import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useEvent } from './ApiContext';
import { queryKey } from './queryKeys';
import { useApiQuery } from './useApiQuery';
import type { SyncStatus } from '../../../shared/contract/sync';
import type { DeviceStatus } from '../../../shared/scanEvent';

type Listener = () => void;

/** Whether this screen reaches its host (the event stream is up); outside React so the client can set it. */
class ConnectionStore {
  private connected = false;
  private wasConnected = false;
  private readonly listeners = new Set<Listener>();
  setHostConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    if (connected) this.wasConnected = true;
    this.listeners.forEach((l) => l());
  }
  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  get = () => this.connected;
  /** True once the stream has been up: a later drop means events may have been missed. */
  everConnected = () => this.wasConnected;
}
export const connectionStore = new ConnectionStore();

interface ConnectionState {
  readonly hostConnected: boolean;
  /** The kiosk and the central server: joined or standalone, online, what waits to be sent. */
  readonly sync: SyncStatus | undefined;
  readonly devices: readonly DeviceStatus[];
}

const ConnectionContext = createContext<ConnectionState>({
  hostConnected: false,
  sync: undefined,
  devices: [],
});
export const useConnection = () => useContext(ConnectionContext);

const noDevices: readonly DeviceStatus[] = [];

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const hostConnected = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  // Kept current by 'devices.status' events (LiveData.tsx).
  const devices = useApiQuery('devices.list', {}).data?.items ?? noDevices;
  // The host pushes every change of the sync state; the query is only the first answer.
  const queryClient = useQueryClient();
  const sync = useApiQuery('sync.status', {}).data;
  useEvent('sync.changed', (status) => {
    queryClient.setQueryData(queryKey('sync.status', {}), status);
    void queryClient.invalidateQueries({ queryKey: queryKey('sync.refused', {}) });
  });

  return (
    <ConnectionContext.Provider value={{ hostConnected, sync, devices }}>
      {children}
    </ConnectionContext.Provider>
  );
}
