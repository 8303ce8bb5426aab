import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/useAppInfo';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { DayInput } from '../dates/DayInput';
import { FormError } from '../forms/FormError';
import { ReceiptPreview } from './ReceiptPreview';

/** The daily usage recap the officer prints at the end of the day; the preview is what prints. */
export function RecapPanel({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const [day, setDay] = useState<string | null>(null);
  const shownDay = day ?? info?.today ?? null;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  // Refetched when visits, reservations or places change (queryKeys.ts): what prints is what is shown.
  const query = useApiQuery(
    'reports.dailyRecap',
    { day: shownDay ?? '', lang },
    { session, enabled: shownDay !== null, keepPrevious: true },
  );
  const recap = query.data ?? null;
  const print = useApiMutation('reports.printDailyRecap', { session });
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
    <Group align="flex-start" gap="xl" data-testid="recap-daily">
      <Stack w={560}>
        <Title order={2} size="h3">
          {t('recap.title')}
        </Title>
        <DayInput
          label={t('recap.day')}
          value={shownDay ?? ''}
          onChange={(d) => setDay(d || null)}
          w={280}
          testId="recap-day"
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
        <Button
          onClick={() => shownDay && print.mutate({ day: shownDay, lang })}
          loading={print.isPending}
          w={220}
          data-testid="recap-print"
        >
          {t('recap.print')}
        </Button>
        <FormError error={query.error?.appError ?? print.error?.appError} />
        {print.isSuccess && (
          <Alert color="green" role="status">
            {t('recap.queued')}
          </Alert>
        )}
      </Stack>
      {recap && <ReceiptPreview doc={recap.doc} label={t('recap.preview')} />}
    </Group>
  );
}
