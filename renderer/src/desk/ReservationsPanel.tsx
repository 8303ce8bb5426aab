import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/useAppInfo';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { useCan } from '../session/SignedIn';
import type { ReservationRow } from '../../../shared/contract';
import { NewReservationDialog, ReservationDialog, type ReservationAction } from './ReservationDialogs';

const STATUS_COLOR: Record<ReservationRow['status'], string> = {
  booked: 'blue.8',
  checked_in: 'teal.9',
  completed: 'gray.7',
  cancelled: 'red.9',
  no_show: 'yellow.4',
};

/** Today's reservations, refetched the moment any screen changes one (the core's change event, not polling). */
export function ReservationsPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const info = useAppInfo();
  const dates = useDates();
  const [query, setQuery] = useState('');
  const [allDays, setAllDays] = useState(false);
  const [debounced] = useDebouncedValue(query, 150);
  const list = useApiQuery(
    'reservations.list',
    { ...(allDays || !info ? {} : { day: info.today }), ...(debounced.trim() ? { query: debounced } : {}) },
    { session, enabled: info !== null, keepPrevious: true },
  );
  const rows = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const [dialog, setDialog] = useState<{ row: ReservationRow; action: ReservationAction } | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <div data-testid="reservations-panel">
      <Group justify="space-between" mb="sm">
        <Text fw={700} size="lg">
          {t('desk.today')} · {t('desk.count', { count: total })}
        </Text>
        <Group>
          {can('reservations.write') && (
            <Button onClick={() => setCreating(true)} data-testid="new-reservation">
              {t('board.newButton')}
            </Button>
          )}
          <Checkbox
            label={t('desk.searchAll')}
            checked={allDays}
            onChange={(e) => setAllDays(e.currentTarget.checked)}
          />
          <TextInput
            w={360}
            placeholder={t('desk.search')}
            aria-label={t('desk.search')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-testid="reservation-search"
          />
        </Group>
      </Group>
      <FormError error={list.error?.appError} />
      <Table striped highlightOnHover stickyHeader data-testid="reservations-table">
        <Table.Thead>
          <Table.Tr>
            {allDays && <Table.Th>{t('desk.colDay')}</Table.Th>}
            <Table.Th>{t('desk.colTime')}</Table.Th>
            <Table.Th>{t('desk.colName')}</Table.Th>
            <Table.Th>{t('desk.colEmail')}</Table.Th>
            <Table.Th>{t('desk.colPhone')}</Table.Th>
            <Table.Th>{t('desk.colDesk')}</Table.Th>
            <Table.Th>{t('desk.colStatus')}</Table.Th>
            <Table.Th>{t('desk.colSource')}</Table.Th>
            <Table.Th>{t('board.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="reservation-row" data-name={r.fullName} data-status={r.status}>
              {allDays && <Table.Td>{dates.dayShort(r.day)}</Table.Td>}
              <Table.Td>{dates.time(r.createdAt)}</Table.Td>
              <Table.Td>{r.fullName}</Table.Td>
              <Table.Td>{r.email}</Table.Td>
              <Table.Td>{r.phone}</Table.Td>
              <Table.Td>{r.deskNumber ?? '–'}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[r.status]} autoContrast>
                  {t(`reservationStatus.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{t(`source.${r.source}`)}</Table.Td>
              <Table.Td>
                {r.status === 'booked' && (
                  <Group gap={6} wrap="nowrap">
                    {r.day === info?.today && can('visits.write') && (
                      <Button
                        size="compact-sm"
                        onClick={() => setDialog({ row: r, action: 'checkIn' })}
                        data-testid="row-check-in"
                      >
                        {t('board.manualButton')}
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setDialog({ row: r, action: 'qr' })}
                      data-testid="row-qr"
                    >
                      {t('board.qrButton')}
                    </Button>
                    {can('reservations.write') && (
                      <>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setDialog({ row: r, action: 'edit' })}
                          data-testid="row-edit"
                        >
                          {t('board.editButton')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          onClick={() => setDialog({ row: r, action: 'cancel' })}
                          data-testid="row-cancel"
                        >
                          {t('board.cancelButton')}
                        </Button>
                      </>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text c="gray.7" ta="center" py="xl">
          {query ? t('desk.noMatch') : t('desk.empty')}
        </Text>
      )}
      {dialog && (
        <ReservationDialog
          key={`${dialog.row.id}-${dialog.action}`}
          session={session}
          row={dialog.row}
          action={dialog.action}
          onClose={() => setDialog(null)}
        />
      )}
      {info && (
        <NewReservationDialog
          session={session}
          today={info.today}
          opened={creating}
          onClose={() => setCreating(false)}
        />
      )}
    </div>
  );
}
