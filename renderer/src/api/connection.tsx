import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useEvent } from './ApiContext';
import { useApiQuery } from './useApiQuery';
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
  /** The central server / internet, as reported by the host (sync); the browser's view until then. */
  readonly online: boolean;
  readonly devices: readonly DeviceStatus[];
}

const ConnectionContext = createContext<ConnectionState>({
  hostConnected: false,
  online: false,
  devices: [],
});
export const useConnection = () => useContext(ConnectionContext);

const noDevices: readonly DeviceStatus[] = [];

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const hostConnected = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const [online, setOnline] = useState(() => navigator.onLine);
  // Kept current by 'devices.status' events (LiveData.tsx).
  const devices = useApiQuery('devices.list', {}).data?.items ?? noDevices;

  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  useEvent('connectivity.changed', ({ online: o }) => setOnline(o));

  return (
    <ConnectionContext.Provider value={{ hostConnected, online: online && hostConnected, devices }}>
      {children}
    </ConnectionContext.Provider>
  );
}
