import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/contract/sync';
import { useConnection } from '../api/connection';
import { useDates } from '../dates/useDates';

/** A kiosk clock further than this from the server's is pointed out (it never blocks sync). */
const CLOCK_WARNING_MS = 60_000;

const colour: Record<SyncStatus['state'], string> = {
  not_joined: 'gray.8',
  online: 'teal.9',
  offline: 'orange.9',
  stopped: 'red.9',
};

const label: Record<SyncStatus['state'], string> = {
  not_joined: 'status.sync.standalone',
  online: 'status.sync.online',
  offline: 'status.sync.offline',
  stopped: 'status.sync.stopped',
};

/**
 * The officer's view of the kiosk and the central server: standalone, online, unreachable or
 * stopped; what waits to be sent and since when it last went through; a wrong kiosk clock.
 */
export function SyncBadge() {
  const { t } = useTranslation();
  const { hostConnected, sync } = useConnection();
  const dates = useDates();
  if (!hostConnected || !sync) {
    return (
      <Badge size="lg" color="red.9" variant="filled" data-testid="online-state" data-state="host-down">
        {t('status.offline')}
      </Badge>
    );
  }
  const details: string[] = [];
  if (sync.pending > 0) details.push(t('status.sync.pending', { count: sync.pending }));
  if (sync.state !== 'online' && sync.lastSyncAt)
    details.push(t('status.sync.lastSync', { time: dates.time(sync.lastSyncAt) }));
  if (sync.refused > 0) details.push(t('status.sync.refused', { count: sync.refused }));
  const clockOff = sync.clockOffsetMs !== null && Math.abs(sync.clockOffsetMs) > CLOCK_WARNING_MS;
  return (
    <>
      <Badge
        size="lg"
        color={colour[sync.state]}
        variant="filled"
        data-testid="online-state"
        data-state={sync.state}
      >
        {t(label[sync.state])}
      </Badge>
      {details.length > 0 && (
        <Text c="gray.8" data-testid="sync-details">
          {details.join(' · ')}
        </Text>
      )}
      {clockOff && (
        <Text c="red.9" fw={600} data-testid="sync-clock">
          {t('status.sync.clockOff', { minutes: Math.round(Math.abs(sync.clockOffsetMs!) / 60_000) })}
        </Text>
      )}
    </>
  );
}
