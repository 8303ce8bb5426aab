// The requests' reports: the list of visits and loans, the monthly room-loan report, the quarterly
// visit report, the yearly Pontive operations report and the yearly report of application requests,
// each for a period (a month '2026-11', a quarter '2026-Q4', a year '2026') as PDF or xlsx.
import { useState } from 'react';
import { Button, Group, Paper, Radio, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { requestReportKinds, type RequestReportKind } from '../../../shared/contract/requests';
import { downloadBase64 } from '../admin/download';
import { useApiMutation } from '../api/useApiMutation';
import { langOf } from '../dates/dates';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { periodChoices, REPORT_PERIOD } from './requestsText';

type PeriodKind = 'month' | 'quarter' | 'year';

export function RequestReports({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const dates = useDates();
  const today = dates.today ?? '2026-01-01';
  const [kind, setKind] = useState<RequestReportKind>('monthly_room_loans');
  const fixed = REPORT_PERIOD[kind];
  const [freeKind, setFreeKind] = useState<PeriodKind>('month');
  const periodKind: PeriodKind = fixed === 'any' || fixed === undefined ? freeKind : fixed;
  const choices = periodChoices(periodKind, today, lang);
  const [period, setPeriod] = useState<string | null>(null);
  const shown = period && choices.some((c) => c.value === period) ? period : (choices[0]?.value ?? null);
  const pdf = useApiMutation('requests.reportPdf', { session });
  const xlsx = useApiMutation('requests.reportXlsx', { session });
  return (
    <Paper withBorder p="md" maw={980} data-testid="requests-reports">
      <Title order={3} size="h4" mb="sm">
        {t('requests.reports.title')}
      </Title>
      <Radio.Group
        label={t('requests.reports.kind')}
        value={kind}
        onChange={(k) => setKind(k as RequestReportKind)}
        data-testid="report-kind"
      >
        <Stack gap="xs" mt="xs">
          {requestReportKinds.map((k) => (
            <Radio
              key={k}
              value={k}
              label={t(`requests.reports.kinds.${k}`)}
              description={t(`requests.reports.hints.${k}`)}
              data-testid={`report-kind-${k}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Group mt="md" align="flex-end" gap="sm" wrap="wrap">
        {fixed === 'any' && (
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('requests.reports.periodKind')}
            </Text>
            <SegmentedControl
              value={freeKind}
              onChange={(k) => setFreeKind(k as PeriodKind)}
              data={(['month', 'quarter', 'year'] as const).map((k) => ({
                value: k,
                label: t(`requests.reports.per.${k}`),
              }))}
              aria-label={t('requests.reports.periodKind')}
              data-testid="report-period-kind"
            />
          </div>
        )}
        <Select
          label={t('requests.reports.period')}
          data={choices}
          value={shown}
          onChange={setPeriod}
          allowDeselect={false}
          w={240}
          data-testid="report-period"
        />
        <Button
          disabled={!shown}
          loading={pdf.isPending}
          onClick={() => shown && pdf.mutate({ kind, period: shown, lang }, { onSuccess: downloadBase64 })}
          data-testid="report-pdf"
        >
          {t('requests.reports.pdf')}
        </Button>
        <Button
          variant="default"
          disabled={!shown}
          loading={xlsx.isPending}
          onClick={() => shown && xlsx.mutate({ kind, period: shown, lang }, { onSuccess: downloadBase64 })}
          data-testid="report-xlsx"
        >
          {t('requests.reports.xlsx')}
        </Button>
      </Group>
      <FormError error={pdf.error?.appError ?? xlsx.error?.appError} testId="report-error" />
    </Paper>
  );
}
