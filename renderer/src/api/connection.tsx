import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useApi, useEvent } from './ApiContext';
import type { DeviceStatus } from '../../../shared/scanEvent';

type Listener = () => void;

/** Whether this screen reaches its host (the event stream is up); outside React so the client can set it. */
class ConnectionStore {
  private connected = false;
  private readonly listeners = new Set<Listener>();
  setHostConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    this.listeners.forEach((l) => l());
  }
  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  get = () => this.connected;
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

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const hostConnected = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [devices, setDevices] = useState<DeviceStatus[]>([]);

  useEffect(() => {
    void api.invoke('devices.list', {}).then((r) => r.ok && setDevices(r.value.items));
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [api]);
  useEvent('connectivity.changed', ({ online: o }) => setOnline(o));
  useEvent('devices.status', (status) =>
    setDevices((prev) => [...prev.filter((d) => d.deviceId !== status.deviceId), status]),
  );

  return (
    <ConnectionContext.Provider value={{ hostConnected, online: online && hostConnected, devices }}>
      {children}
    </ConnectionContext.Provider>
  );
}
