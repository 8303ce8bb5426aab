import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { useApi, useEvent } from '../api/ApiContext';
import { useAppInfo } from '../api/useAppInfo';
import { ReceiptPreview } from './ReceiptPreview';

type Recap = MethodOutput<'reports.dailyRecap'>;

/** The daily usage recap the officer prints at the end of the day; the preview is what prints. */
export function RecapPanel({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const info = useAppInfo();
  const [day, setDay] = useState<string | null>(null);
  const [recap, setRecap] = useState<Recap | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const shownDay = day ?? info?.today ?? null;
  const lang = i18n.language === 'en' ? 'en' : 'id';

  const load = useCallback(async () => {
    if (!shownDay) return;
    const r = await api.invoke('reports.dailyRecap', { day: shownDay, lang }, { session });
    if (r.ok) setRecap(r.value);
    else setMessage({ ok: false, text: t(r.error.messageKey, r.error.params) });
  }, [api, shownDay, lang, session, t]);
  useEffect(() => {
    void load();
  }, [load]);
  useEvent('visits.changed', () => void load());

  async function print() {
    if (!shownDay) return;
    const r = await api.invoke('reports.printDailyRecap', { day: shownDay, lang }, { session });
    setMessage(
      r.ok
        ? { ok: true, text: t('recap.queued') }
        : { ok: false, text: t(r.error.messageKey, r.error.params) },
    );
  }

  const rows: [string, string | number][] = recap
    ? [
        [t('recap.visits'), recap.recap.visits],
        [
          t('recap.peakHour'),
          recap.recap.peakHour === null
            ? '–'
            : `${String(recap.recap.peakHour).padStart(2, '0')}.00 (${recap.recap.peakHourVisits})`,
        ],
        [t('recap.desksUsed'), `${recap.recap.desksUsed} / ${recap.recap.desksTotal}`],
        [
          t('recap.averageStay'),
          recap.recap.averageStayMinutes === null
            ? '–'
            : t('recap.minutes', { count: recap.recap.averageStayMinutes }),
        ],
        [t('recap.overstays'), recap.recap.overstays],
        [t('recap.noShows'), recap.recap.noShows],
        [t('recap.closedWithoutConfirmation'), recap.recap.closedWithoutConfirmation],
        [t('recap.equipmentProblems'), recap.recap.equipmentProblems],
      ]
    : [];

  return (
    <Group align="flex-start" gap="xl" data-testid="recap-panel">
      <Stack w={560}>
        <Title order={2} size="h3">
          {t('recap.title')}
        </Title>
        <TextInput
          type="date"
          label={t('recap.day')}
          value={shownDay ?? ''}
          onChange={(e) => setDay(e.currentTarget.value || null)}
          w={220}
          data-testid="recap-day"
        />
        <Table striped withTableBorder data-testid="recap-table">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {recap && recap.recap.equipmentNotes.length > 0 && (
          <Text size="sm">
            {t('recap.notes')}: {recap.recap.equipmentNotes.join('; ')}
          </Text>
        )}
        <Button onClick={() => void print()} w={220} data-testid="recap-print">
          {t('recap.print')}
        </Button>
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
      </Stack>
      {recap && <ReceiptPreview doc={recap.doc} label={t('recap.preview')} />}
    </Group>
  );
}
