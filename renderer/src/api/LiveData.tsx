import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { MethodOutput } from '../../../shared/contract';
import { useApi } from './ApiContext';
import { connectionStore } from './connection';
import { queryKey, readsAnyOf } from './queryKeys';

type DeviceList = MethodOutput<'devices.list'>;

/**
 * The one place pushed events reach the query cache: 'data.changed' refetches the queries that read
 * a changed topic (one fetch per query per event), 'print.jobChanged' the print queue, and
 * 'devices.status' patches the device list in place. Events missed while the event stream was down
 * are made up for by refetching everything once it is back.
 */
export function LiveData() {
  const api = useApi();
  const client = useQueryClient();

  useEffect(() => {
    const off = [
      api.on(
        'data.changed',
        ({ topics }) => void client.invalidateQueries({ predicate: (q) => readsAnyOf(q.queryKey, topics) }),
      ),
      api.on('print.jobChanged', () => void client.invalidateQueries({ queryKey: ['printJobs'] })),
      api.on('devices.status', (status) =>
        // Before the first list arrives there is nothing to patch; that fetch brings the status too.
        client.setQueryData<DeviceList>(queryKey('devices.list', {}), (prev) =>
          prev ? { items: [...prev.items.filter((d) => d.deviceId !== status.deviceId), status] } : undefined,
        ),
      ),
    ];
    return () => off.forEach((unsubscribe) => unsubscribe());
  }, [api, client]);

  const connected = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const dropped = useRef(false);
  useEffect(() => {
    if (!connected) {
      if (connectionStore.everConnected()) dropped.current = true;
      return;
    }
    if (dropped.current) void client.invalidateQueries();
    dropped.current = false;
  }, [connected, client]);

  return null;
}
