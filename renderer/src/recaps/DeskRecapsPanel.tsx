// The officer's reports tab: today's daily recap, and the monthly recap, quarterly and annual reports
// with their review trail (SOP 97 steps 2–3). The officer (recaps.prepare) sees the period's figures as
// they are now and submits them; the Kasi (recaps.review) comments and corrects, returns or forwards;
// the Kabid (recaps.receive) acknowledges. All three see every revision, its state and its trail, and
// download its PDF and xlsx.
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecapSummary } from '../../../shared/contract';
import { formatNumber } from '../../../shared/charts/numbers';
import { formatPrintTime } from '../../../shared/documents/format';
import {
  correctableFigures,
  type CorrectableFigure,
  type RecapPeriodKind,
} from '../../../shared/recaps/figures';
import { recapWords } from '../../../shared/recaps/recapWords';
import { periodKey, periodLabel, periodOfDay, type SurveyPeriod } from '../../../shared/survey/period';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useAppInfo } from '../api/useAppInfo';
import { RecapPanel } from '../devices/RecapPanel';
import { FormError } from '../forms/FormError';
import { useCan } from '../session/SignedIn';
import { RecapFiguresView } from './RecapFiguresView';
import { downloadBase64 } from '../admin/download';

const STATUS_COLOUR: Record<RecapSummary['status'], string> = {
  submitted: 'blue.9',
  // Dark shades: white text on them passes WCAG AA contrast.
  returned: 'red.9',
  forwarded: 'teal.9',
  acknowledged: 'indigo.9',
  set_aside: 'gray.8',
};

/** The periods of a kind this year and last, newest first, up to the current one. */
function periodChoices(kind: RecapPeriodKind, today: string): SurveyPeriod[] {
  const current = periodOfDay(today, kind);
  const year = current.year;
  const list: SurveyPeriod[] = [];
  for (const y of [year, year - 1]) {
    if (kind === 'year') list.push({ kind, year: y });
    if (kind === 'quarter') for (const quarter of [4, 3, 2, 1]) list.push({ kind, year: y, quarter });
    if (kind === 'month') for (let month = 12; month >= 1; month--) list.push({ kind, year: y, month });
  }
  return list.filter((p) => periodKey(p) <= periodKey(current));
}

/** The month before today's (the recap is made after the month ends), else the current period. */
function defaultPeriod(kind: RecapPeriodKind, today: string): string {
  const choices = periodChoices(kind, today);
  return periodKey((kind === 'month' ? choices[1] : choices[0]) ?? choices[0]!);
}

export function DeskRecapsPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Stack gap="sm" data-testid="recap-panel">
      {/* The day's recap first, as the desk has always opened it; the reviewed reports beside. */}
      <Tabs defaultValue={can('reports.read') ? 'daily' : 'periodic'} keepMounted={false}>
        <Tabs.List>
          {can('reports.read') && (
            <Tabs.Tab value="daily" data-testid="recaps-tab-daily">
              {t('recaps.daily')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="periodic" data-testid="recaps-tab-periodic">
            {t('recaps.periodic')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="periodic" pt="md">
          <PeriodicReports session={session} />
        </Tabs.Panel>
        {can('reports.read') && (
          <Tabs.Panel value="daily" pt="md">
            <RecapPanel session={session} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function PeriodicReports({ session }: { session: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const can = useCan();
  const info = useAppInfo();
  const today = info?.today ?? null;
  const [kind, setKind] = useState<RecapPeriodKind>('month');
  const [period, setPeriod] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const shownPeriod = period ?? (today ? defaultPeriod(kind, today) : null);

  const list = useApiQuery(
    'recaps.list',
    { period: shownPeriod ?? '', limit: 20 },
    { session, enabled: shownPeriod !== null, keepPrevious: true },
  );
  const revisions = list.data?.items ?? [];
  const head = revisions.find((r) => r.status !== 'set_aside') ?? null;
  const selected = revisions.find((r) => r.id === chosen) ?? head ?? revisions[0] ?? null;
  const mayPrepare = can('recaps.prepare');
  // The preparer sees the period as it is now until a revision exists; everyone sees a revision's frozen figures.
  const live = mayPrepare && (selected === null || chosen === 'live');
  const preview = useApiQuery(
    'recaps.preview',
    { periodKind: kind, period: shownPeriod ?? '' },
    { session, enabled: shownPeriod !== null && live, keepPrevious: true },
  );
  const detail = useApiQuery(
    'recaps.get',
    { id: selected?.id ?? '' },
    { session, enabled: selected !== null && !live, keepPrevious: true },
  );
  const submit = useApiMutation('recaps.submit', { session });
  const maySubmitNew = mayPrepare && (head === null || head.status !== 'submitted');

  const figures = live ? preview.data?.figures : detail.data?.record.figures;
  const totals = live ? preview.data?.figures.totals : detail.data?.totals;
  const corrected = new Set<CorrectableFigure>(
    live ? [] : (detail.data?.record.trail ?? []).flatMap((e) => (e.correction ? [e.correction.figure] : [])),
  );

  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <Stack gap="md" style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={2} size="h3">
              {t('recaps.title')}
            </Title>
            <Text size="sm" c="gray.8">
              {t('recaps.intro')}
            </Text>
          </Stack>
        </Group>
        <Group align="flex-end" gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={600} id="recap-kind-label">
              {t('recaps.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="recap-kind-label"
              value={kind}
              onChange={(v) => {
                setKind(v as RecapPeriodKind);
                setPeriod(null);
                setChosen(null);
              }}
              data={(['month', 'quarter', 'year'] as const).map((k) => ({
                value: k,
                label: t(`recaps.kinds.${k}`),
              }))}
              data-testid="recap-kind"
            />
          </Stack>
          <Select
            w={260}
            label={t('recaps.period')}
            value={shownPeriod}
            allowDeselect={false}
            onChange={(v) => {
              setPeriod(v);
              setChosen(null);
            }}
            data={(today ? periodChoices(kind, today) : []).map((p) => ({
              value: periodKey(p),
              label: periodLabel(p)[lang],
            }))}
            data-testid="recap-period"
          />
          {mayPrepare && selected && (
            <SegmentedControl
              value={live ? 'live' : 'revision'}
              onChange={(v) => setChosen(v === 'live' ? 'live' : (selected?.id ?? null))}
              data={[
                { value: 'revision', label: t('recaps.revision', { revision: selected.revision }) },
                { value: 'live', label: t('recaps.figuresLive') },
              ]}
              data-testid="recap-figures-source"
            />
          )}
        </Group>
        <Text fw={600} data-testid="recap-figures-title">
          {live
            ? t('recaps.figuresLive')
            : selected
              ? t('recaps.figuresOf', { revision: selected.revision })
              : t('recaps.noFigures')}
        </Text>
        {figures && totals && (
          <RecapFiguresView figures={figures} totals={totals} corrected={corrected} lang={lang} />
        )}
        <FormError error={preview.error?.appError ?? detail.error?.appError ?? list.error?.appError} />
      </Stack>

      <Stack gap="md" w={520} style={{ flexShrink: 0 }} data-testid="recap-review">
        <Title order={3} size="h4">
          {t('recaps.revisions')}
        </Title>
        {maySubmitNew && shownPeriod && (
          <Button
            onClick={() =>
              submit.mutate({ periodKind: kind, period: shownPeriod }, { onSuccess: (r) => setChosen(r.id) })
            }
            loading={submit.isPending}
            data-testid="recap-submit"
          >
            {head ? t('recaps.submitNew') : t('recaps.submit')}
          </Button>
        )}
        <FormError error={submit.error?.appError} />
        {revisions.length === 0 && <Text c="gray.8">{t('recaps.noRevisions')}</Text>}
        {revisions.map((r) => (
          <RevisionCard
            key={r.id}
            session={session}
            revision={r}
            selected={r.id === selected?.id && !live}
            onSelect={() => setChosen(r.id)}
            lang={lang}
          />
        ))}
      </Stack>
    </Group>
  );
}

function RevisionCard(props: {
  session: string;
  revision: RecapSummary;
  selected: boolean;
  onSelect: () => void;
  lang: 'id' | 'en';
}) {
  const { t } = useTranslation();
  const can = useCan();
  const { revision: r, session, lang } = props;
  const w = recapWords[lang];
  // The trail's times in the site's zone (the app's info), whatever the browser's.
  const zone = useAppInfo()?.timeZone ?? 'UTC';
  const pdf = useApiMutation('recaps.pdf', { session });
  const xlsx = useApiMutation('recaps.xlsx', { session });
  const comment = useApiMutation('recaps.comment', { session });
  const giveBack = useApiMutation('recaps.return', { session });
  const forward = useApiMutation('recaps.forward', { session });
  const acknowledge = useApiMutation('recaps.acknowledge', { session });
  const reviewing = r.status === 'submitted' && can('recaps.review');
  const receivers = useApiQuery('recaps.receivers', {}, { session, enabled: reviewing });
  const [text, setText] = useState('');
  const [figure, setFigure] = useState<string | null>(null);
  const [value, setValue] = useState<number | string>('');
  const [reason, setReason] = useState('');
  const [receiver, setReceiver] = useState<string | null>(null);
  const when = (at: number) => formatPrintTime(at, zone, lang);
  const error =
    comment.error?.appError ??
    giveBack.error?.appError ??
    forward.error?.appError ??
    acknowledge.error?.appError ??
    pdf.error?.appError ??
    xlsx.error?.appError;

  return (
    <Card
      withBorder
      padding="md"
      data-testid={`recap-revision-${r.revision}`}
      bg={props.selected ? 'blue.0' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Button variant="subtle" px={0} onClick={props.onSelect} data-testid="recap-revision-open">
            {t('recaps.revision', { revision: r.revision })}
          </Button>
          <Badge color={STATUS_COLOUR[r.status]} size="lg" data-testid="recap-status">
            {t(`recaps.status.${r.status}`)}
          </Badge>
        </Group>
        {r.status === 'set_aside' && <Text size="sm">{t('recaps.setAsideHint')}</Text>}
        {(r.status === 'forwarded' || r.status === 'acknowledged') && (
          <Text size="sm">{t('recaps.frozenHint')}</Text>
        )}
        <Timeline bulletSize={14} lineWidth={2} data-testid="recap-trail">
          {r.trail.map((e, i) => (
            <Timeline.Item key={i} title={`${t(`recaps.trailKinds.${e.kind}`)} · ${e.by.name}`}>
              <Text size="xs" c="gray.8">
                {when(e.at)}
              </Text>
              {e.to && e.kind === 'forwarded' && (
                <Text size="sm">{t('recaps.toLine', { name: e.to.name })}</Text>
              )}
              {e.correction && (
                <Text size="sm" fw={600}>
                  {t('recaps.correctionLine', {
                    figure: w.figure[e.correction.figure],
                    from: e.correction.from === null ? '–' : formatNumber(e.correction.from, 0, lang),
                    to: e.correction.to === null ? '–' : formatNumber(e.correction.to, 0, lang),
                  })}
                </Text>
              )}
              {e.text && e.kind !== 'setAside' && <Text size="sm">{e.text}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
        <Group gap="xs">
          <Button
            size="sm"
            variant="light"
            loading={pdf.isPending}
            onClick={() => pdf.mutate({ id: r.id, lang }, { onSuccess: downloadBase64 })}
            data-testid="recap-pdf"
          >
            {t('recaps.pdf')}
          </Button>
          <Button
            size="sm"
            variant="light"
            loading={xlsx.isPending}
            onClick={() => xlsx.mutate({ id: r.id }, { onSuccess: downloadBase64 })}
            data-testid="recap-xlsx"
          >
            {t('recaps.xlsx')}
          </Button>
        </Group>

        {reviewing && (
          <Stack gap="xs" data-testid="recap-review-forms">
            <Text fw={600}>{t('recaps.comment')}</Text>
            <TextInput
              label={t('recaps.commentText')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              data-testid="recap-comment-text"
            />
            <Group grow>
              <Select
                label={t('recaps.correctFigure')}
                value={figure}
                onChange={setFigure}
                clearable
                placeholder={t('recaps.noCorrection')}
                data={correctableFigures.map((f) => ({ value: f, label: w.figure[f] }))}
                data-testid="recap-comment-figure"
              />
              <NumberInput
                label={t('recaps.newValue')}
                value={value}
                onChange={setValue}
                min={0}
                allowDecimal={false}
                disabled={!figure}
                data-testid="recap-comment-value"
              />
            </Group>
            <Button
              variant="light"
              loading={comment.isPending}
              onClick={() =>
                comment.mutate(
                  {
                    id: r.id,
                    text,
                    correction:
                      figure && value !== ''
                        ? { figure: figure as CorrectableFigure, value: Number(value) }
                        : null,
                  },
                  {
                    onSuccess: () => {
                      setText('');
                      setFigure(null);
                      setValue('');
                    },
                  },
                )
              }
              data-testid="recap-comment-save"
            >
              {t('recaps.saveComment')}
            </Button>
            <TextInput
              label={t('recaps.returnReason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-testid="recap-return-reason"
            />
            <Button
              variant="default"
              loading={giveBack.isPending}
              onClick={() => giveBack.mutate({ id: r.id, reason })}
              data-testid="recap-return"
            >
              {t('recaps.returnButton')}
            </Button>
            <Select
              label={t('recaps.receiver')}
              value={receiver}
              onChange={setReceiver}
              data={(receivers.data?.items ?? []).map((o) => ({ value: o.id, label: o.fullName }))}
              data-testid="recap-receiver"
            />
            <Button
              loading={forward.isPending}
              disabled={!receiver}
              onClick={() => receiver && forward.mutate({ id: r.id, receiverId: receiver })}
              data-testid="recap-forward"
            >
              {t('recaps.forwardButton')}
            </Button>
          </Stack>
        )}
        {r.status === 'forwarded' && can('recaps.receive') && (
          <Button
            loading={acknowledge.isPending}
            onClick={() => acknowledge.mutate({ id: r.id })}
            data-testid="recap-acknowledge"
          >
            {t('recaps.acknowledgeButton')}
          </Button>
        )}
        <FormError error={error} />
        {(comment.isSuccess || giveBack.isSuccess || forward.isSuccess || acknowledge.isSuccess) && (
          <Alert color="green" role="status" py={6}>
            {t('recaps.done')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
