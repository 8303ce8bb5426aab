import { useState } from 'react';
import { Autocomplete, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, MethodInput } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useAppInfo } from '../api/useAppInfo';
import { isDay } from '../dates/dates';
import { DayInput } from '../dates/DayInput';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { useCan, useSignedIn } from '../session/SignedIn';
import { auditActor, auditDetails, auditActionKey, AUDIT_ACTION_PREFIXES } from './auditFormat';
import { downloadFile } from './download';
import { VisitorPicker } from './VisitorPicker';

const PAGE = 50;
type Filter = MethodInput<'audit.exportCsv'>;

/**
 * Log audit (audit.read): who did what, when, on which kiosk, to whose data (issue 8). Filters by
 * officer, action, visitor and dates; pages back through older rows; "Ekspor CSV" downloads the
 * filtered log, made safe for a spreadsheet by the core.
 */
export function AuditPanel() {
  const { t, i18n } = useTranslation();
  const { session } = useSignedIn();
  const can = useCan();
  const info = useAppInfo();
  const dates = useDates();
  const [officerId, setOfficerId] = useState<string | null>(null);
  const [action, setAction] = useState('');
  const [visitorId, setVisitorId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [debouncedAction] = useDebouncedValue(action.trim(), 250);
  // Cursors of the pages before this one (rows come newest first; `before` is the last id seen).
  const [cursors, setCursors] = useState<number[]>([]);

  const filter: Filter = {
    ...(officerId ? { officerId } : {}),
    ...(debouncedAction ? { action: debouncedAction } : {}),
    ...(visitorId ? { visitorId } : {}),
    ...(isDay(from) ? { from } : {}),
    ...(isDay(to) ? { to } : {}),
  };
  const before = cursors.at(-1);
  const list = useApiQuery(
    'audit.list',
    { ...filter, limit: PAGE, ...(before !== undefined ? { before } : {}) },
    { session, keepPrevious: true },
  );
  const officers = useApiQuery('officers.list', {}, { session, enabled: can('officers.manage') });
  const signInList = useApiQuery('officers.signInList', {}, { enabled: !can('officers.manage') });
  const exportCsv = useApiMutation('audit.exportCsv', { session });

  const people = (officers.data?.items ?? signInList.data?.items ?? []).map((o) => ({
    value: o.id,
    label: o.fullName,
  }));
  const rows: AuditEntry[] = list.data?.items ?? [];
  const names = new Map(people.map((p) => [p.value, p.label]));
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      setCursors([]);
      set(v);
    };
  const actionLabel = (a: string) => {
    const key = auditActionKey(a);
    return i18n.exists(key) ? t(key) : a;
  };

  return (
    <Stack gap="sm" data-testid="audit-panel">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('admin.audit.title')}
        </Title>
        <Button
          variant="default"
          loading={exportCsv.isPending}
          onClick={() =>
            exportCsv.mutate(filter, {
              onSuccess: ({ filename, csv }) => downloadFile(filename, 'text/csv;charset=utf-8', csv),
            })
          }
          data-testid="audit-export"
        >
          {t('admin.audit.export')}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm" data-testid="audit-filters">
        <Select
          label={t('admin.audit.officer')}
          placeholder={t('admin.audit.anyone')}
          clearable
          searchable
          w={260}
          data={people}
          value={officerId}
          onChange={refilter(setOfficerId)}
          data-testid="audit-officer"
        />
        <Autocomplete
          label={t('admin.audit.action')}
          placeholder={t('admin.audit.actionHint')}
          w={260}
          data={[...new Set([...AUDIT_ACTION_PREFIXES, ...rows.map((r) => r.action)])]}
          value={action}
          onChange={refilter(setAction)}
          data-testid="audit-action"
        />
        {can('visitors.manage') && (
          <VisitorPicker
            label={t('admin.audit.visitor')}
            value={visitorId}
            onChange={refilter(setVisitorId)}
            testId="audit-visitor"
          />
        )}
        <DayInput
          label={t('admin.audit.from')}
          value={from}
          onChange={refilter(setFrom)}
          clearable
          w={220}
          testId="audit-from"
        />
        <DayInput
          label={t('admin.audit.to')}
          value={to}
          onChange={refilter(setTo)}
          clearable
          w={220}
          testId="audit-to"
        />
      </Group>
      <FormError error={list.error?.appError ?? exportCsv.error?.appError} />
      {exportCsv.data && (
        <Text size="sm" c="teal.9" role="status" data-testid="audit-exported">
          {t('admin.audit.exported', { count: exportCsv.data.rows, file: exportCsv.data.filename })}
        </Text>
      )}
      <Table striped verticalSpacing={4} data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.audit.at')}</Table.Th>
            <Table.Th>{t('admin.audit.officer')}</Table.Th>
            <Table.Th>{t('admin.audit.device')}</Table.Th>
            <Table.Th>{t('admin.audit.action')}</Table.Th>
            <Table.Th>{t('admin.audit.record')}</Table.Th>
            <Table.Th>{t('admin.audit.visitor')}</Table.Th>
            <Table.Th>{t('admin.audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="audit-row" data-action={r.action}>
              <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {dates.dateTimeSeconds(r.at)}
              </Table.Td>
              <Table.Td data-testid="audit-actor">{auditActor(t, r)}</Table.Td>
              <Table.Td fz="sm">
                {r.deviceId === null ? (
                  '–'
                ) : r.deviceId === info?.deviceId ? (
                  t('admin.audit.thisDevice')
                ) : (
                  <Text span ff="monospace" fz="sm">
                    {r.deviceId}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {actionLabel(r.action)}
                </Text>
                {actionLabel(r.action) !== r.action && (
                  <Text size="xs" c="gray.8" ff="monospace">
                    {r.action}
                  </Text>
                )}
              </Table.Td>
              <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
                {r.entity === 'officer' && names.has(r.entityId) ? (
                  t('admin.audit.officerRecord', { name: names.get(r.entityId) })
                ) : (
                  <Text span ff="monospace" fz="sm">
                    {r.entity}
                    {r.entityId && r.entityId !== '-' ? `:${r.entityId}` : ''}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.visitorId ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => refilter(setVisitorId)(r.visitorId)}
                    title={t('admin.audit.filterVisitor')}
                  >
                    {r.visitorId.slice(0, 8)}…
                  </Button>
                ) : (
                  '–'
                )}
              </Table.Td>
              <Table.Td fz="sm" style={{ maxWidth: 420, overflowWrap: 'anywhere' }}>
                {auditDetails(r.details)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text c="gray.7" ta="center" py="xl">
          {list.isPending ? t('board.loading') : t('admin.audit.empty')}
        </Text>
      )}
      <Group justify="space-between">
        <Text size="sm" c="gray.8">
          {t('admin.audit.page', { page: cursors.length + 1 })}
        </Text>
        <Group>
          <Button
            variant="default"
            disabled={cursors.length === 0}
            onClick={() => setCursors((c) => c.slice(0, -1))}
            data-testid="audit-newer"
          >
            {t('admin.audit.newer')}
          </Button>
          <Button
            variant="default"
            disabled={rows.length < PAGE}
            onClick={() => setCursors((c) => [...c, rows.at(-1)!.id])}
            data-testid="audit-older"
          >
            {t('admin.audit.older')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
