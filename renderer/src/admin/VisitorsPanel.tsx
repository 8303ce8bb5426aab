import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract, type VisitorSummary } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useAppInfo } from '../api/useAppInfo';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { useSignedIn } from '../session/SignedIn';
import { downloadFile } from './download';

interface EraseValues extends Record<string, unknown> {
  reason: string;
  confirmed: boolean;
}
const eraseSchema = z.object({
  reason: contract['visitors.erase'].input.shape.reason,
  confirmed: z.literal(true, { error: 'admin.visitors.confirmRequired' }),
});

/** Erasing is for good: the dialog says what goes and what stays, and asks why. */
function EraseDialog({ visitor, onClose }: { visitor: VisitorSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const erase = useApiMutation('visitors.erase', { session });
  const form = useSchemaForm<EraseValues>({
    schema: eraseSchema,
    initialValues: { reason: '', confirmed: false },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('admin.visitors.eraseTitle', { name: visitor.fullName })}
      closeButtonProps={{ 'aria-label': t('board.close') }}
    >
      <form
        noValidate
        data-testid="erase-form"
        onSubmit={form.onSubmit(({ reason }) =>
          erase.mutate(
            { visitorId: visitor.id, reason },
            { onSuccess: onClose, onError: (e) => showServerErrors(form, e.appError, ['reason']) },
          ),
        )}
      >
        <Stack>
          <Alert color="red" variant="light" title={t('admin.visitors.goneTitle')}>
            <List size="sm" spacing={2}>
              <List.Item>{t('admin.visitors.gone1')}</List.Item>
              <List.Item>{t('admin.visitors.gone2')}</List.Item>
            </List>
          </Alert>
          <Alert color="blue" variant="light" title={t('admin.visitors.keptTitle')}>
            <List size="sm" spacing={2}>
              <List.Item>{t('admin.visitors.kept1')}</List.Item>
              <List.Item>{t('admin.visitors.kept2')}</List.Item>
            </List>
          </Alert>
          <Text size="sm">{t('admin.visitors.exportFirst')}</Text>
          <Textarea
            label={t('board.reason')}
            description={t('admin.visitors.reasonHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={300}
            {...form.getInputProps('reason')}
            data-autofocus
            data-testid="erase-reason"
          />
          <Checkbox
            label={t('admin.visitors.confirm')}
            {...form.getInputProps('confirmed', { type: 'checkbox' })}
            data-testid="erase-confirmed"
          />
          <FormError error={erase.error?.appError} shownFields={['reason']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('board.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={erase.isPending} data-testid="erase-submit">
              {t('admin.visitors.erase')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Data pengunjung (visitors.manage, UU 27/2022): find one visitor, give them their data (JSON or
 * CSV), erase it on request. Erasing keeps the counts the recaps need and nothing that names them.
 */
export function VisitorsPanel() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const info = useAppInfo();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const found = useApiQuery(
    'visitors.search',
    { query: debounced },
    { session, enabled: debounced.length >= 2, keepPrevious: true },
  );
  const exportData = useApiMutation('visitors.export', { session });
  const [erasing, setErasing] = useState<VisitorSummary | null>(null);
  const rows = debounced.length >= 2 ? (found.data?.items ?? []) : [];
  const dates = useDates();
  const download = (visitor: VisitorSummary, format: 'json' | 'csv') =>
    exportData.mutate(
      { visitorId: visitor.id, format },
      { onSuccess: ({ filename, mime, content }) => downloadFile(filename, mime, content) },
    );

  return (
    <Stack gap="sm" data-testid="visitors-panel">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('admin.visitors.title')}
          </Title>
          <Text size="sm" c="gray.8">
            {t('admin.visitors.explain', { days: info?.retentionDays ?? 365 })}
          </Text>
        </Stack>
        <TextInput
          w={420}
          label={t('board.historySearchLabel')}
          placeholder={t('admin.visitors.searchHint')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          data-testid="visitor-search"
        />
      </Group>
      <FormError error={found.error?.appError ?? exportData.error?.appError} />
      {rows.length > 0 && (
        <Table striped verticalSpacing={4} data-testid="visitors-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('desk.colName')}</Table.Th>
              <Table.Th>{t('desk.colEmail')}</Table.Th>
              <Table.Th>{t('desk.colPhone')}</Table.Th>
              <Table.Th>{t('admin.visitors.reservations')}</Table.Th>
              <Table.Th>{t('admin.visitors.lastDay')}</Table.Th>
              <Table.Th>{t('admin.visitors.since')}</Table.Th>
              <Table.Th>{t('board.col.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((v) => (
              <Table.Tr
                key={v.id}
                data-testid="visitor-row"
                data-name={v.fullName}
                data-erased={v.erasedAt !== null}
              >
                <Table.Td fw={600}>
                  {v.erasedAt ? (
                    <Badge color="gray.7">
                      {t('admin.visitors.erasedOn', { at: dates.dateTime(v.erasedAt) })}
                    </Badge>
                  ) : (
                    v.fullName
                  )}
                </Table.Td>
                <Table.Td>{v.email || '–'}</Table.Td>
                <Table.Td>{v.phone || '–'}</Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{v.reservations}</Table.Td>
                <Table.Td>{v.lastDay ? dates.day(v.lastDay) : '–'}</Table.Td>
                <Table.Td>{dates.dateTime(v.createdAt)}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => download(v, 'json')}
                      data-testid="visitor-export-json"
                    >
                      {t('admin.visitors.exportJson')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => download(v, 'csv')}
                      data-testid="visitor-export-csv"
                    >
                      {t('admin.visitors.exportCsv')}
                    </Button>
                    {!v.erasedAt && (
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.9"
                        onClick={() => setErasing(v)}
                        data-testid="visitor-erase"
                      >
                        {t('admin.visitors.erase')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length === 0 && (
        <Text c="gray.7" ta="center" py="xl">
          {debounced.length < 2
            ? t('admin.visitors.typeMore')
            : found.isFetching
              ? t('board.loading')
              : t('desk.noMatch')}
        </Text>
      )}
      {erasing && <EraseDialog visitor={erasing} onClose={() => setErasing(null)} />}
    </Stack>
  );
}
