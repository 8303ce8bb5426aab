import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { useConnection } from '../api/connection';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { SyncBadge } from '../components/SyncBadge';
import { useDates } from '../dates/useDates';
import { JoinSiteForm } from '../setup/JoinSiteForm';

type Refused = MethodOutput<'sync.refused'>[number];

/** What the officer reads for a refusal: the reason in words and what to do, with its details. */
function reason(t: (key: string, values?: Record<string, unknown>) => string, r: Refused): string {
  const d = r.detail ?? {};
  const free = Array.isArray(d.freeDesks) ? (d.freeDesks as number[]).slice(0, 8).join(', ') || '—' : '—';
  const key = `admin.sync.code.${r.code}`;
  const text = t(key, { desk: d.desk, locker: d.locker, free, code: r.code });
  return text === key ? t('admin.sync.code.other', { code: r.code }) : text;
}

/**
 * Pengaturan › Server pusat: whether this kiosk is joined to a site, the queue and the clock, a
 * sync on demand, and the operations the server refused or changed with what the officer should do.
 * A kiosk set up on its own joins here with an enrolment code.
 */
export function SyncSettings({ session }: { session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { sync } = useConnection();
  const refused = useApiQuery(
    'sync.refused',
    {},
    { session, enabled: sync !== undefined && sync.state !== 'not_joined' },
  );
  const now = useApiMutation('sync.now', { session });
  if (!sync) return null;
  if (sync.state === 'not_joined') {
    return (
      <Stack gap="md" data-testid="sync-settings">
        <Title order={2} size="h3">
          {t('admin.sync.standaloneTitle')}
        </Title>
        <Text maw={760}>{t('admin.sync.standaloneExplain')}</Text>
        <JoinSiteForm method="sync.join" session={session} onJoined={() => undefined} />
      </Stack>
    );
  }
  const rows = refused.data ?? [];
  return (
    <Stack gap="lg" data-testid="sync-settings">
      <Group gap="md">
        <SyncBadge />
      </Group>
      {sync.stopReason && (
        <Alert color="red" variant="light" data-testid="sync-stopped">
          {t(`admin.sync.stopped.${sync.stopReason}`)}
        </Alert>
      )}
      <Table variant="vertical" withTableBorder maw={760} layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={260}>{t('admin.sync.site')}</Table.Th>
            <Table.Td>{sync.siteName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('admin.sync.server')}</Table.Th>
            <Table.Td>{sync.serverUrl}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('admin.sync.lastSync')}</Table.Th>
            <Table.Td>{sync.lastSyncAt ? dates.dateTime(sync.lastSyncAt) : t('admin.sync.never')}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('admin.sync.clock')}</Table.Th>
            <Table.Td>
              {sync.clockOffsetMs === null
                ? '—'
                : t('admin.sync.seconds', { seconds: Math.round(sync.clockOffsetMs / 1000) })}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group>
        <Button onClick={() => now.mutate({})} loading={now.isPending} data-testid="sync-now">
          {t('admin.sync.syncNow')}
        </Button>
      </Group>
      <Title order={2} size="h4">
        {t('admin.sync.refusedTitle')}
      </Title>
      {rows.length === 0 ? (
        <Text c="gray.8">{t('admin.sync.refusedNone')}</Text>
      ) : (
        <Table striped withTableBorder data-testid="sync-refused">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>{t('admin.sync.when')}</Table.Th>
              <Table.Th w={240}>{t('admin.sync.what')}</Table.Th>
              <Table.Th>{t('admin.sync.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.seq} data-status={r.status}>
                <Table.Td>{dates.dateTime(r.at)}</Table.Td>
                <Table.Td>{r.type}</Table.Td>
                <Table.Td>{reason(t, r)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
