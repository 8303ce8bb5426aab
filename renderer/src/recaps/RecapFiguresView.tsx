// A period's figures on the officer's screen: the headline numbers, then each chart (the same
// ChartSpec the PDF draws, shared/recaps/recapDocument.ts) with its numbers in a table a screen
// reader can read, and the list of users for a month.
import { Accordion, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMinutes, formatNumber, formatPercent } from '../../../shared/charts/numbers';
import { formatPrintTime } from '../../../shared/documents/format';
import type { CorrectableFigure, RecapFigures, RecapTotals } from '../../../shared/recaps/figures';
import { recapCharts } from '../../../shared/recaps/recapDocument';
import { Chart } from '../charts/Chart';

const WEEKDAYS = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

function DataTable(props: { title: string; head: string[]; rows: (string | number)[][]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="table">
        <Accordion.Control>{t('recaps.showTable', { title: props.title })}</Accordion.Control>
        <Accordion.Panel>
          <Table striped withTableBorder data-testid={props.testId}>
            <Table.Caption>{props.title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {props.head.map((h) => (
                  <Table.Th key={h}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((r, i) => (
                <Table.Tr key={i}>
                  {r.map((c, j) => (
                    <Table.Td key={j}>{c}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

export function RecapFiguresView(props: {
  figures: RecapFigures;
  totals: RecapTotals;
  corrected: ReadonlySet<CorrectableFigure>;
  lang: 'id' | 'en';
}) {
  const { t } = useTranslation();
  const { figures: f, totals, lang } = props;
  const charts = recapCharts(f, lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  const mark = (k: CorrectableFigure) => (props.corrected.has(k) ? ` (${t('recaps.corrected')})` : '');
  const stats: [string, string][] = [
    [t('recaps.stats.visits'), n(totals.visits) + mark('visits')],
    [t('recaps.stats.visitors'), n(totals.visitors) + mark('visitors')],
    [
      t('recaps.stats.averageStay'),
      (totals.averageStayMinutes === null ? '–' : formatMinutes(totals.averageStayMinutes, lang)) +
        mark('averageStayMinutes'),
    ],
    [
      t('recaps.stats.noShowRate'),
      `${totals.noShowRate === null ? '–' : formatPercent(totals.noShowRate * 100, 1, lang)} (${n(totals.noShows)})${mark('noShows')}`,
    ],
    [t('recaps.stats.overstays'), n(totals.overstays) + mark('overstays')],
    [
      t('recaps.stats.closedWithoutConfirmation'),
      n(totals.closedWithoutConfirmation) + mark('closedWithoutConfirmation'),
    ],
    [t('recaps.stats.deskProblems'), n(totals.deskProblems) + mark('deskProblems')],
    [t('recaps.stats.equipmentProblems'), n(totals.equipmentProblems) + mark('equipmentProblems')],
    [
      t('recaps.stats.ikm'),
      f.ikm ? `${formatNumber(f.ikm.value, 2, lang)} (${f.ikm.grade})` : t('recaps.noIkm'),
    ],
    [
      t('recaps.stats.complaints'),
      t('recaps.complaintsValue', { filed: n(totals.complaintsFiled), closed: n(totals.complaintsClosed) }) +
        mark('complaintsFiled'),
    ],
  ];
  const heat = charts.heat;
  return (
    <Stack gap="md" data-testid="recap-figures">
      <Text size="sm" c="gray.8">
        {t('recaps.computedAt', { at: formatPrintTime(f.computedAt, f.timeZone, lang) })}
      </Text>
      <SimpleGrid cols={5} spacing="sm" data-testid="recap-stats">
        {stats.map(([label, value]) => (
          <Card key={label} withBorder padding="sm">
            <Text size="sm" c="gray.8">
              {label}
            </Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="md">
        <Stack gap="xs">
          <Chart spec={charts.perDay} lang={lang} height={260} testId="recap-chart-visits" />
          <DataTable
            title={charts.perDay.title}
            head={[f.periodKind === 'month' ? t('recaps.day') : t('recaps.month'), t('recaps.visitsCol')]}
            rows={charts.perDay.labels.map((l, i) => [l, charts.perDay.series[0]!.values[i]!])}
            testId="recap-table-visits"
          />
        </Stack>
        <Stack gap="xs">
          <Chart spec={heat} lang={lang} height={260} testId="recap-chart-heat" />
          <DataTable
            title={heat.title}
            head={[t('recaps.weekday'), ...heat.xLabels]}
            rows={heat.yLabels.map((y, i) => [y, ...heat.values[i]!.map((v) => formatNumber(v, 1, lang))])}
            testId="recap-table-heat"
          />
        </Stack>
        <Stack gap="xs">
          <Chart spec={charts.stay} lang={lang} height={220} testId="recap-chart-stay" />
          <DataTable
            title={charts.stay.title}
            head={[
              f.periodKind === 'month' ? t('recaps.day') : t('recaps.month'),
              t('recaps.stats.averageStay'),
            ]}
            rows={charts.stay.labels.map((l, i) => {
              const m = f.trend.stay[i] ?? null;
              return [l, m === null ? '–' : formatMinutes(m, lang)];
            })}
            testId="recap-table-stay"
          />
        </Stack>
        <Stack gap="xs">
          <Chart spec={charts.noShows} lang={lang} height={220} testId="recap-chart-noshows" />
          <DataTable
            title={charts.noShows.title}
            head={[
              f.periodKind === 'month' ? t('recaps.day') : t('recaps.month'),
              t('recaps.stats.noShowRate'),
            ]}
            rows={charts.noShows.labels.map((l, i) => {
              const r = f.trend.noShowRate[i] ?? null;
              return [l, r === null ? '–' : formatPercent(r * 100, 1, lang)];
            })}
            testId="recap-table-noshows"
          />
        </Stack>
        <Stack gap="xs">
          {f.desks.length > 0 && (
            <Chart
              spec={charts.desks}
              lang={lang}
              height={Math.max(200, 30 + 22 * f.desks.length)}
              testId="recap-chart-desks"
            />
          )}
          <DataTable
            title={charts.desks.title}
            head={[t('recaps.desk'), t('recaps.visitsCol'), t('recaps.timeUsed'), t('recaps.utilisation')]}
            rows={f.desks.map(([d, v, m, u]) => [
              d,
              n(v),
              formatMinutes(m, lang),
              formatPercent(u * 100, 1, lang),
            ])}
            testId="recap-table-desks"
          />
        </Stack>
        <Stack gap="xs">
          {charts.problems ? (
            <>
              <Chart spec={charts.problems} lang={lang} height={220} testId="recap-chart-problems" />
              <DataTable
                title={charts.problems.title}
                head={[t('recaps.category'), t('recaps.problems')]}
                rows={f.problemsByCategory.map(([c, v]) => [c, n(v)])}
                testId="recap-table-problems"
              />
            </>
          ) : (
            <Card withBorder>
              <Title order={3} size="h5">
                {t('recaps.stats.equipmentProblems')}
              </Title>
              <Text size="sm">{t('recaps.noProblems')}</Text>
            </Card>
          )}
        </Stack>
      </SimpleGrid>
      {f.users && (
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} size="h4">
              {t('recaps.users')}
            </Title>
            <Text size="sm" c="gray.8">
              {t('recaps.usersHint')}
            </Text>
          </Group>
          <Table striped withTableBorder data-testid="recap-users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>No.</Table.Th>
                <Table.Th>{t('recaps.name')}</Table.Th>
                <Table.Th>{t('recaps.visitsCol')}</Table.Th>
                <Table.Th>{t('recaps.timeUsed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.users.map(([name, v, m], i) => (
                <Table.Tr key={i}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{name || t('recaps.erased')}</Table.Td>
                  <Table.Td>{n(v)}</Table.Td>
                  <Table.Td>{formatMinutes(m, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

export { WEEKDAYS };
