// The inventory's reports: the inventory list (as it stands today) and the damage and loss of a
// period, on screen (the chart of problems per item category and its table) and as the PDF the
// office files (kop, signatures) or the xlsx with the raw rows.
import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChartSpec } from '../../../shared/charts/chartSpec';
import { addDays } from '../../../shared/rules/siteCalendar';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { Chart } from '../charts/Chart';
import { DayInput } from '../dates/DayInput';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { periodOf } from './inventoryText';
import { downloadBase64 } from '../admin/download';

export function ReportsSection({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const dates = useDates();
  const today = dates.today ?? '2026-01-01';
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const valid = from !== '' && to !== '' && from <= to && addDays(from, 366) > to;
  const period = valid ? periodOf(from, to, dates.timeZone) : null;
  const byCategory = useApiQuery('inventory.problemsByCategory', period ?? { fromMs: 0, toMs: 1 }, {
    session,
    enabled: period !== null,
  });
  const file = useApiMutation('inventory.report', { session });
  const rows = byCategory.data?.rows ?? [];
  const spec: ChartSpec = {
    kind: 'bars',
    title: t('inventory.reports.chartTitle'),
    labels: rows.map((r) => r.category),
    series: [
      { name: t('inventory.reports.damaged'), values: rows.map((r) => r.damaged) },
      { name: t('inventory.reports.missing'), values: rows.map((r) => r.missing) },
    ],
    horizontal: true,
  };
  const download = (report: 'list' | 'problems', format: 'pdf' | 'xlsx') =>
    file.mutate(
      { report, format, lang, ...(report === 'problems' && period ? period : {}) },
      { onSuccess: downloadBase64 },
    );
  return (
    <Stack gap="md" data-testid="reports-section">
      <SimpleGrid cols={2} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4">
            {t('inventory.reports.listTitle')}
          </Title>
          <Text size="sm" c="gray.8" mb="sm">
            {t('inventory.reports.listHint')}
          </Text>
          <Group gap="xs">
            <Button
              onClick={() => download('list', 'pdf')}
              loading={file.isPending}
              data-testid="report-list-pdf"
            >
              {t('inventory.reports.pdf')}
            </Button>
            <Button variant="default" onClick={() => download('list', 'xlsx')} data-testid="report-list-xlsx">
              {t('inventory.reports.xlsx')}
            </Button>
          </Group>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4">
            {t('inventory.reports.problemsTitle')}
          </Title>
          <Text size="sm" c="gray.8" mb="sm">
            {t('inventory.reports.problemsHint')}
          </Text>
          <Group gap="xs" align="flex-end">
            <DayInput
              label={t('inventory.reports.from')}
              value={from}
              onChange={setFrom}
              w={200}
              testId="report-from"
            />
            <DayInput
              label={t('inventory.reports.to')}
              value={to}
              onChange={setTo}
              w={200}
              testId="report-to"
            />
            <Button
              onClick={() => download('problems', 'pdf')}
              disabled={!valid}
              loading={file.isPending}
              data-testid="report-problems-pdf"
            >
              {t('inventory.reports.pdf')}
            </Button>
            <Button
              variant="default"
              onClick={() => download('problems', 'xlsx')}
              disabled={!valid}
              data-testid="report-problems-xlsx"
            >
              {t('inventory.reports.xlsx')}
            </Button>
          </Group>
        </Paper>
      </SimpleGrid>
      <FormError error={file.error?.appError ?? byCategory.error?.appError} />
      <Paper withBorder p="md" radius="md">
        {rows.length === 0 ? (
          <Text c="gray.8">{t('inventory.reports.noProblems')}</Text>
        ) : (
          <SimpleGrid cols={2} spacing="md">
            <Chart
              spec={spec}
              lang={lang}
              height={Math.max(220, 80 + rows.length * 36)}
              testId="problems-chart"
            />
            <Table striped data-testid="problems-by-category">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inventory.list.category')}</Table.Th>
                  <Table.Th ta="right">{t('inventory.reports.damaged')}</Table.Th>
                  <Table.Th ta="right">{t('inventory.reports.missing')}</Table.Th>
                  <Table.Th ta="right">{t('inventory.reports.total')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.category}>
                    <Table.Td>{r.category}</Table.Td>
                    <Table.Td ta="right">{r.damaged}</Table.Td>
                    <Table.Td ta="right">{r.missing}</Table.Td>
                    <Table.Td ta="right">{r.total}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SimpleGrid>
        )}
      </Paper>
    </Stack>
  );
}
