// The officer's survey tab (permission reports.read): the IKM per service and period with its grade
// and label, respondents against the Krejcie–Morgan target for the population served, each element's
// mean, index and grade with the weakest marked, a chart per element and per quarter, the
// respondents' profile, the suggestions, and the report as an xlsx in the offices' layout.
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyIndexView } from '../../../shared/contract';
import { serviceIds, type ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { ikmGradeBands, weightNote, type IkmGrade } from '../../../shared/survey/ikm';
import {
  formatSurveyDay,
  parsePeriodKey,
  periodDays,
  periodKey,
  periodLabel,
  periodOfDay,
  surveyPeriodKinds,
  type SurveyPeriod,
  type SurveyPeriodKind,
} from '../../../shared/survey/period';
import { profileFields, profileQuestions, skmElements } from '../../../shared/survey/questionnaire';
import { sampleNote } from '../../../shared/survey/sampleSize';
import { surveyServiceLabels } from '../../../shared/survey/serviceLabels';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { FormError } from '../forms/FormError';
import { civic, colours } from '../../../shared/theme/tokens';
import { EChart } from '../charts/EChart';
import { downloadBase64 } from '../admin/download';

// Dark shades: white text on them passes WCAG AA contrast.
const GRADE_COLOUR: Record<IkmGrade, string> = { A: 'teal.9', B: 'blue.9', C: 'orange.9', D: 'red.9' };
const bandOf = (grade: IkmGrade) => ikmGradeBands.find((b) => b.grade === grade)!;

/** The periods of a kind in the year shown and the one before, newest first. */
function periodChoices(kind: SurveyPeriodKind, year: number): SurveyPeriod[] {
  const list: SurveyPeriod[] = [];
  for (const y of [year, year - 1]) {
    if (kind === 'year') list.push({ kind, year: y });
    if (kind === 'semester') for (const semester of [2, 1]) list.push({ kind, year: y, semester });
    if (kind === 'quarter') for (const quarter of [4, 3, 2, 1]) list.push({ kind, year: y, quarter });
    if (kind === 'month') for (let month = 12; month >= 1; month--) list.push({ kind, year: y, month });
  }
  return list;
}

export function DeskSurveyPanel({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const [serviceId, setServiceId] = useState<ServiceId | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [population, setPopulation] = useState<number | null>(null);
  const input = { serviceId, period, population };
  const index = useApiQuery('survey.index', input, { session, keepPrevious: true });
  const exporting = useApiMutation('survey.export', { session });
  const view = index.data;
  const shown = view ? parsePeriodKey(view.period) : null;
  const number = useMemo(
    () =>
      new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
    [lang],
  );
  const mean = useMemo(
    () =>
      new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
        minimumFractionDigits: 3,
        maximumFractionDigits: 3,
      }),
    [lang],
  );

  return (
    <Stack gap="md" data-testid="survey-panel">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {t('survey.desk.title')}
          </Title>
          <Text size="sm" c="gray.8">
            {t('survey.desk.intro')}
          </Text>
        </Stack>
        <Button
          onClick={() => exporting.mutate({ ...input, lang }, { onSuccess: downloadBase64 })}
          loading={exporting.isPending}
          disabled={!view}
          data-testid="survey-export"
        >
          {t('survey.desk.export')}
        </Button>
      </Group>

      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          w={320}
          label={t('survey.desk.service')}
          value={serviceId ?? 'all'}
          onChange={(v) => setServiceId(v && v !== 'all' ? (v as ServiceId) : null)}
          allowDeselect={false}
          data={[
            { value: 'all', label: t('survey.desk.allServices') },
            ...serviceIds.map((id) => ({ value: id, label: surveyServiceLabels[id][lang] })),
          ]}
          data-testid="survey-service-select"
        />
        {shown && view && (
          <>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="survey-kind-label">
                {t('survey.desk.periodKind')}
              </Text>
              <SegmentedControl
                aria-labelledby="survey-kind-label"
                value={shown.kind}
                onChange={(kind) => setPeriod(periodKey(periodOfDay(view.from, kind as SurveyPeriodKind)))}
                data={surveyPeriodKinds.map((k) => ({ value: k, label: t(`survey.desk.kinds.${k}`) }))}
                data-testid="survey-period-kind"
              />
            </Stack>
            <Select
              w={240}
              label={t('survey.desk.period')}
              value={view.period}
              onChange={(v) => v && setPeriod(v)}
              allowDeselect={false}
              data={periodChoices(shown.kind, shown.year).map((p) => ({
                value: periodKey(p),
                label: periodLabel(p)[lang],
              }))}
              data-testid="survey-period-select"
            />
            <NumberInput
              w={240}
              label={t('survey.desk.population')}
              description={t('survey.desk.populationHint', { count: view.populationCounted })}
              value={population ?? ''}
              placeholder={String(view.populationCounted)}
              min={0}
              max={10_000_000}
              allowDecimal={false}
              onChange={(v) => setPopulation(typeof v === 'number' ? v : null)}
              data-testid="survey-population"
            />
          </>
        )}
      </Group>

      <FormError error={index.error?.appError ?? exporting.error?.appError} />
      {!view && index.isPending && <Loader />}
      {view && (
        <IndexView
          view={view}
          lang={lang}
          number={number}
          mean={mean}
          serviceId={serviceId}
          session={session}
        />
      )}
    </Stack>
  );
}

/**
 * The management review reads the index beside the complaints ("prevalensi jumlah aduan"): the
 * year's count per quarter for the service shown, the quarters of the period in bold.
 */
function ComplaintCounts({
  view,
  serviceId,
  session,
}: {
  view: SurveyIndexView;
  serviceId: ServiceId | null;
  session: string;
}) {
  const { t } = useTranslation();
  const shown = parsePeriodKey(view.period)!;
  const counts = useApiQuery('complaints.quarterCounts', { year: shown.year }, { session }).data;
  const { from, to } = periodDays(shown);
  const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const inPeriod = (q: number) => q >= quarterOf(from) && q <= quarterOf(to);
  const quarters = !counts
    ? null
    : serviceId === null
      ? counts.quarters
      : (counts.services.find((s) => s.serviceId === serviceId)?.quarters ?? [0, 0, 0, 0]);
  return (
    <Card withBorder padding="lg" data-testid="survey-complaints-card">
      <Text size="sm" c="gray.8" fw={600}>
        {t('survey.desk.complaintsTitle', { year: shown.year })}
      </Text>
      {quarters && (
        <SimpleGrid cols={4} spacing="xs" mt="xs" data-testid="survey-complaints">
          {quarters.map((n, q) => (
            <Stack key={q} gap={0} align="center" data-in-period={inPeriod(q) || undefined}>
              <Text size="sm" c="gray.8">
                {t('survey.desk.quarterShort', { n: q + 1 })}
              </Text>
              <Text fz={inPeriod(q) ? 32 : 22} fw={inPeriod(q) ? 800 : 500} lh={1.2}>
                {n}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}

function IndexView({
  view,
  lang,
  number,
  mean,
  serviceId,
  session,
}: {
  view: SurveyIndexView;
  lang: 'id' | 'en';
  number: Intl.NumberFormat;
  mean: Intl.NumberFormat;
  serviceId: ServiceId | null;
  session: string;
}) {
  const { t } = useTranslation();
  const index = view.index;
  const reached = view.respondents >= view.sampleTarget;
  const year = parsePeriodKey(view.period)?.year ?? 0;
  const elementsOption = useMemo(
    () =>
      index && {
        aria: { enabled: true },
        grid: { left: 48, right: 16, top: 24, bottom: 32 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: index.elements.map((e) => e.key) },
        yAxis: { type: 'value', min: 25, max: 100 },
        series: [
          {
            type: 'bar',
            data: index.elements.map((e) => ({
              value: e.index,
              itemStyle: { color: index.weakestElements.includes(e.key) ? colours.error : civic[8] },
            })),
            label: {
              show: true,
              position: 'top',
              formatter: (p: { value: number }) => number.format(p.value),
            },
            markLine: {
              symbol: 'none',
              label: { formatter: 'A' },
              lineStyle: { type: 'dashed', color: colours.dimmed },
              data: [{ yAxis: 88.31 }],
            },
          },
        ],
      },
    [index, number],
  );
  const quartersOption = useMemo(
    () => ({
      aria: { enabled: true },
      grid: { left: 48, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: view.quarters.map((_, i) => t('survey.desk.quarterShort', { n: i + 1 })),
      },
      yAxis: { type: 'value', min: 25, max: 100 },
      series: [
        {
          type: 'bar',
          barMaxWidth: 64,
          data: view.quarters.map((q) => q.ikm),
          itemStyle: { color: civic[8] },
          label: {
            show: true,
            position: 'top',
            formatter: (p: { value: number | null }) => (p.value === null ? '' : number.format(p.value)),
          },
        },
      ],
    }),
    [view.quarters, number, t],
  );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }} spacing="md">
        <Card withBorder padding="lg" data-testid="survey-ikm-card">
          <Text size="sm" c="gray.8" fw={600}>
            {t('survey.desk.ikm')} · {periodLabel(parsePeriodKey(view.period)!)[lang]}
          </Text>
          {index ? (
            <>
              <Text fz={48} fw={800} lh={1.1} data-testid="survey-ikm">
                {number.format(index.ikm)}
              </Text>
              <Badge size="xl" color={GRADE_COLOUR[index.grade]} variant="filled" data-testid="survey-grade">
                {t('survey.desk.grade', { grade: index.grade, label: bandOf(index.grade).label[lang] })}
              </Badge>
            </>
          ) : (
            <Text size="lg" mt="sm" data-testid="survey-no-answers">
              {t('survey.desk.noAnswers')}
            </Text>
          )}
        </Card>
        <Card withBorder padding="lg" data-testid="survey-sample-card">
          <Text size="sm" c="gray.8" fw={600}>
            {t('survey.desk.respondents')}
          </Text>
          <Text fz={36} fw={800} lh={1.2}>
            {view.respondents} / {view.sampleTarget}
          </Text>
          <Text size="sm" data-testid="survey-sample">
            {t('survey.desk.sample', {
              n: view.respondents,
              target: view.sampleTarget,
              population: view.population,
            })}
          </Text>
          <Badge mt="xs" color={reached ? 'teal.9' : 'gray.8'} variant="filled">
            {reached ? t('survey.desk.sampleReached') : t('survey.desk.sampleShort')}
          </Badge>
        </Card>
        <Card withBorder padding="lg">
          <Text size="sm">{weightNote[lang]}</Text>
          {index && (
            <Text size="sm" mt="xs" c="gray.8" data-testid="survey-published">
              {t('survey.desk.published', {
                ikm: number.format(index.ikmWithPublishedWeight),
                grade: index.gradeWithPublishedWeight,
              })}
            </Text>
          )}
          <Text size="xs" mt="xs" c="gray.8">
            {sampleNote[lang]}
          </Text>
        </Card>
        <ComplaintCounts view={view} serviceId={serviceId} session={session} />
      </SimpleGrid>

      {index && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Card withBorder padding="md">
            <Title order={3} size="h4" mb="xs">
              {t('survey.desk.elementsTitle')}
            </Title>
            <Table striped verticalSpacing={4} data-testid="survey-elements">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('survey.desk.colElement')}</Table.Th>
                  <Table.Th>{t('survey.desk.colName')}</Table.Th>
                  <Table.Th ta="right">{t('survey.desk.colMean')}</Table.Th>
                  <Table.Th ta="right">{t('survey.desk.colIndex')}</Table.Th>
                  <Table.Th>{t('survey.desk.colGrade')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {index.elements.map((e) => {
                  const weakest = index.weakestElements.includes(e.key);
                  return (
                    <Table.Tr
                      key={e.key}
                      data-testid={`survey-element-${e.key}`}
                      data-weakest={weakest || undefined}
                    >
                      <Table.Td fw={700}>{e.key}</Table.Td>
                      <Table.Td>
                        {skmElements.find((s) => s.key === e.key)!.name[lang]}{' '}
                        {weakest && (
                          <Badge color="red.9" variant="filled" size="sm">
                            {t('survey.desk.weakest')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{mean.format(e.mean)}</Table.Td>
                      <Table.Td ta="right">{number.format(e.index)}</Table.Td>
                      <Table.Td>
                        <Badge color={GRADE_COLOUR[e.grade]} variant="filled">
                          {e.grade}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            <Text size="sm" mt="xs" data-testid="survey-weakest">
              {t('survey.desk.weakestNote', {
                names: index.weakestElements
                  .map((k) => `${k} ${skmElements.find((s) => s.key === k)!.name[lang]}`)
                  .join(', '),
              })}
            </Text>
          </Card>
          <Stack gap="md">
            <Card withBorder padding="md">
              <Title order={3} size="h4">
                {t('survey.desk.chartElements')}
              </Title>
              {elementsOption && (
                <EChart
                  option={elementsOption}
                  height={260}
                  label={t('survey.desk.chartElements')}
                  testId="survey-chart-elements"
                />
              )}
            </Card>
            <Card withBorder padding="md">
              <Title order={3} size="h4">
                {t('survey.desk.chartQuarters', { year })}
              </Title>
              <EChart
                option={quartersOption}
                height={220}
                label={t('survey.desk.chartQuarters', { year })}
                testId="survey-chart-quarters"
              />
            </Card>
          </Stack>
        </SimpleGrid>
      )}

      {index && (
        <Card withBorder padding="md">
          <Title order={3} size="h4" mb="xs">
            {t('survey.desk.profileTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }} spacing="md">
            {profileFields.map((field) => (
              <Table key={field} verticalSpacing={2} data-testid={`survey-profile-${field}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{profileQuestions[field].label[lang]}</Table.Th>
                    <Table.Th ta="right">n</Table.Th>
                    <Table.Th ta="right">%</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(view.profile[field] ?? []).map((row) => (
                    <Table.Tr key={row.key ?? 'none'}>
                      <Table.Td>
                        {row.key === null
                          ? t('survey.desk.notStated')
                          : ((
                              profileQuestions[field].options as readonly {
                                key: string;
                                label: { id: string; en: string };
                              }[]
                            ).find((o) => o.key === row.key)?.label[lang] ?? row.key)}
                      </Table.Td>
                      <Table.Td ta="right">{row.count}</Table.Td>
                      <Table.Td ta="right">{number.format(row.percent)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ))}
          </SimpleGrid>
        </Card>
      )}

      <Card withBorder padding="md">
        <Title order={3} size="h4" mb="xs">
          {t('survey.desk.suggestionsTitle')}
        </Title>
        {view.suggestions.length === 0 ? (
          <Text size="sm" c="gray.8">
            {t('survey.desk.noSuggestions')}
          </Text>
        ) : (
          <Stack gap={6} data-testid="survey-suggestions">
            {view.suggestions.slice(0, 20).map((s, i) => (
              <Alert key={i} variant="light" color="gray" p="xs">
                <Text size="sm">{s.text}</Text>
                <Text size="xs" c="gray.8">
                  {surveyServiceLabels[s.serviceId][lang]} · {formatSurveyDay(s.day, lang)}
                </Text>
              </Alert>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
