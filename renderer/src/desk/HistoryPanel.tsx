import { useState } from 'react';
import { Badge, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/contract';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { isDay } from '../dates/dates';
import { DayInput } from '../dates/DayInput';
import { useDates } from '../dates/useDates';
import { formatDuration } from './deskFormat';

const CLOSE_COLOR: Record<NonNullable<Visit['closeKind']>, string> = {
  confirmed: 'teal.9',
  problem: 'red.9',
  left_without_checkout: 'grape.9',
  auto_limit: 'gray.8',
};

/** Issue item 3: every visit, searchable by name, e-mail or phone and by day. */
export function HistoryPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [query, setQuery] = useState('');
  const [day, setDay] = useState('');
  const [debounced] = useDebouncedValue(query, 200);
  const history = useApiQuery(
    'visits.history',
    {
      ...(debounced.trim() ? { query: debounced } : {}),
      ...(isDay(day) ? { day } : {}),
    },
    { session, keepPrevious: true },
  );
  const rows = history.data?.items ?? [];

  return (
    <div data-testid="history-panel">
      <Group justify="space-between" mb="sm">
        <Text fw={700} size="lg">
          {t('board.historyTitle')} · {t('board.historyCount', { count: rows.length })}
        </Text>
        <Group>
          <DayInput
            label={t('board.day')}
            value={day}
            onChange={setDay}
            clearable
            w={240}
            testId="history-day"
          />
          <TextInput
            w={360}
            label={t('board.historySearchLabel')}
            placeholder={t('board.historySearch')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            data-testid="history-search"
          />
        </Group>
      </Group>
      <FormError error={history.error?.appError} />
      <Table striped highlightOnHover stickyHeader data-testid="history-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('board.col.name')}</Table.Th>
            <Table.Th>{t('board.col.desk')}</Table.Th>
            <Table.Th>{t('board.col.locker')}</Table.Th>
            <Table.Th>{t('board.col.start')}</Table.Th>
            <Table.Th>{t('board.col.end')}</Table.Th>
            <Table.Th>{t('board.col.duration')}</Table.Th>
            <Table.Th>{t('board.col.closed')}</Table.Th>
            <Table.Th>{t('board.col.method')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((v) => (
            <Table.Tr key={v.id} data-testid="history-row" data-name={v.fullName}>
              <Table.Td>{v.fullName}</Table.Td>
              <Table.Td>{v.deskNumber}</Table.Td>
              <Table.Td>{v.lockerNumber ?? '–'}</Table.Td>
              <Table.Td>{dates.dateTime(v.startedAt)}</Table.Td>
              <Table.Td>{v.closedAt === null ? '–' : dates.dateTime(v.closedAt)}</Table.Td>
              <Table.Td>{formatDuration(t, v.startedAt, v.closedAt) ?? t('board.stillOpen')}</Table.Td>
              <Table.Td data-testid="history-closed">
                {v.closeKind === null ? (
                  <Badge color="blue.8">{t(`board.visitStatus.${v.status}`)}</Badge>
                ) : (
                  <>
                    <Badge color={CLOSE_COLOR[v.closeKind]}>{t(`board.closeKind.${v.closeKind}`)}</Badge>
                    {v.problems.length > 0 && (
                      <Text size="sm">{v.problems.map((p) => t(`board.problem.${p}`)).join(', ')}</Text>
                    )}
                    {v.officerNote && (
                      <Text size="sm" c="gray.8">
                        {v.officerNote}
                      </Text>
                    )}
                  </>
                )}
              </Table.Td>
              <Table.Td>{t(`board.method.${v.checkInMethod}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text c="gray.7" ta="center" py="xl">
          {query || day ? t('desk.noMatch') : t('board.historyEmpty')}
        </Text>
      )}
    </div>
  );
}
