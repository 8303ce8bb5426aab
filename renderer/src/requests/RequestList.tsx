// The desk's list of requests: filters (status, type, "waiting on my step"), one row per request with
// its reference, type, office and subject, slot, status in words, the step it waits on with the
// overdue flag, and the attendance counted. A row opens with a click or Enter.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Checkbox, Group, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../shared/contract/requests';
import { requestStatuses, type RequestStatus } from '../../../shared/requests/requestRecord';
import type { RequestSettings } from '../../../shared/requests/requestSettings';
import { useApiQuery } from '../api/useApiQuery';
import { langOf } from '../dates/dates';
import { FormError } from '../forms/FormError';
import { OverdueBadge, SlotText, StatusBadge, typeName, useRefreshEvery } from './RequestBits';

/** The step's minutes late when the core sends them with the summary; else only the flag. */
const lateMinutes = (step: NonNullable<RequestSummary['currentStep']>): number | null => {
  const minutes = (step as { overdueMinutes?: unknown }).overdueMinutes;
  return typeof minutes === 'number' ? minutes : null;
};

export function RequestList({
  session,
  settings,
  selected,
  onOpen,
  compact = false,
}: {
  session: string;
  settings: RequestSettings | undefined;
  selected: string | null;
  /** Beside an open request: the type's line left out, the step's words given two lines. */
  compact?: boolean;
  onOpen: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [status, setStatus] = useState<RequestStatus | null>(null);
  const [typeId, setTypeId] = useState<string | null>(null);
  const [mine, setMine] = useState(false);
  const list = useApiQuery(
    'requests.list',
    { ...(status ? { status } : {}), ...(typeId ? { typeId } : {}), mine, limit: 200 },
    { session, keepPrevious: true },
  );
  // Steps fall overdue as the clock runs, with no change to announce it: the list is read again each
  // minute; the button reads the list and the open request (an audited read, so never on a timer).
  useRefreshEvery(60_000, list.refetch);
  const queryClient = useQueryClient();
  const refreshAll = () =>
    queryClient.invalidateQueries({
      predicate: (q) => typeof q.queryKey[1] === 'string' && q.queryKey[1].startsWith('requests.'),
    });
  const rows = list.data?.items ?? [];
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <div data-testid="requests-list">
      <Group gap="sm" align="flex-end" mb="sm" wrap="wrap">
        <Select
          label={t('requests.list.status')}
          placeholder={t('requests.list.allStatuses')}
          data={requestStatuses.map((s) => ({ value: s, label: t(`requests.status.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(v as RequestStatus | null)}
          clearable
          w={200}
          data-testid="filter-status"
        />
        <Select
          label={t('requests.list.type')}
          placeholder={t('requests.list.allTypes')}
          data={(settings?.types ?? []).map((ty) => ({ value: ty.id, label: ty.name[lang] }))}
          value={typeId}
          onChange={setTypeId}
          clearable
          w={300}
          data-testid="filter-type"
        />
        <Checkbox
          label={t('requests.list.mine')}
          checked={mine}
          onChange={(e) => setMine(e.currentTarget.checked)}
          mb={8}
          data-testid="filter-mine"
        />
        <Button
          variant="default"
          ml="auto"
          onClick={() => void refreshAll()}
          loading={list.isFetching}
          data-testid="requests-refresh"
        >
          {t('requests.list.refresh')}
        </Button>
        <Text size="sm" c="gray.8" mb={8} className="tabular" data-testid="requests-count">
          {t('requests.list.count', { count: rows.length })}
          {overdue > 0 ? ` · ${t('requests.list.overdueCount', { count: overdue })}` : ''}
        </Text>
      </Group>
      <FormError error={list.error?.appError} />
      {rows.length === 0 && !list.isPending ? (
        <Text c="gray.8" data-testid="requests-empty">
          {mine || status || typeId ? t('requests.list.noMatch') : t('requests.list.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('requests.list.reference')}</Table.Th>
                <Table.Th>{t('requests.list.request')}</Table.Th>
                <Table.Th>{t('requests.list.slot')}</Table.Th>
                <Table.Th miw={150}>{t('requests.list.statusStep')}</Table.Th>
                <Table.Th ta="right">{t('requests.list.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr
                  key={r.id}
                  tabIndex={0}
                  onClick={() => onOpen(r.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onOpen(r.id);
                    }
                  }}
                  aria-selected={selected === r.id}
                  bg={selected === r.id ? 'civic.0' : r.overdue ? 'red.0' : undefined}
                  style={{ cursor: 'pointer' }}
                  data-testid="request-row"
                  data-reference={r.reference}
                  data-overdue={r.overdue}
                >
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" fw={700} ff="monospace">
                      {r.reference}
                    </Text>
                    {r.source === 'portal' && (
                      <Badge size="sm" variant="outline" color="gray.8" mt={2}>
                        {t('requests.list.fromPortal')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td maw={420}>
                    {!compact && (
                      <Text size="sm" c="gray.8" lineClamp={1}>
                        {typeName(settings, r.typeId, lang)}
                      </Text>
                    )}
                    <Text size="sm" fw={600} lineClamp={1}>
                      {r.office || t('requests.list.noOffice')}
                    </Text>
                    <Text size="sm" lineClamp={1}>
                      {r.subject}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.kind === 'application' ? (
                      <Text size="sm" c="gray.8">
                        {t('requests.list.application')}
                      </Text>
                    ) : (
                      <SlotText slot={r.slot} settings={settings} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status} />
                    {r.currentStep && (
                      <Text size="sm" mt={4} lineClamp={2} maw={220} data-testid="current-step">
                        {t('requests.list.waitingOn', { step: r.currentStep.title })}
                      </Text>
                    )}
                    {r.currentStep?.overdue && (
                      <div>
                        <OverdueBadge minutes={lateMinutes(r.currentStep)} />
                      </div>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" className="tabular">
                    <Text size="sm" fw={600} data-testid="row-attendance">
                      {r.kind === 'application'
                        ? '—'
                        : `${r.attendance}${r.participants ? ` / ${r.participants}` : ''}`}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </div>
  );
}
