// One request whole (requests.get, an audited read of personal data): what was asked (the intake),
// the disposition chain, the check (clashes and free slots), and what the desk does next: schedule,
// decide, prepare, report, letters; the disposition sheet and the uploaded letter as files.
import { useState } from 'react';
import { Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../shared/contract/requests';
import type { Slot } from '../../../shared/requests/requestRecord';
import type { RequestSettings } from '../../../shared/requests/requestSettings';
import { downloadBase64 } from '../admin/download';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { langOf } from '../dates/dates';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { ChainTimeline } from './ChainTimeline';
import { ClashList } from './IntakeForm';
import {
  ActivityReportSection,
  DecideForm,
  LettersSection,
  requestedSlot,
  ScheduleForm,
  TasksSection,
} from './RequestActions';
import { roomName, SlotText, StatusBadge, typeName } from './RequestBits';
import { clockText, fileSizeText, phoneText, timeRangeText } from './requestsText';

export function RequestDetailView({
  session,
  id,
  settings,
  onClose,
}: {
  session: string;
  id: string;
  settings: RequestSettings | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const detail = useApiQuery('requests.get', { id }, { session });
  if (detail.error) return <FormError error={detail.error.appError} testId="request-error" />;
  if (!detail.data) return <Text c="gray.8">{t('requests.detail.loading')}</Text>;
  return <DetailBody detail={detail.data} session={session} settings={settings} onClose={onClose} />;
}

function DetailBody({
  detail,
  session,
  settings,
  onClose,
}: {
  detail: RequestDetail;
  session: string;
  settings: RequestSettings | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const { summary, record } = detail;
  const sheet = useApiMutation('requests.dispositionPdf', { session });
  const letterFile = useApiMutation('requests.letterFile', { session });
  // A free slot picked in the check replaces the schedule form's slot (the key remounts the form).
  const [proposal, setProposal] = useState<{ slot: Partial<Slot>; n: number }>({
    slot: requestedSlot(detail),
    n: 0,
  });
  // On a portrait monitor the columns stack: the chain first when this officer's step waits.
  const actFirst = detail.mayAct !== null;
  const pick = (s: { day: string; start: string; end: string }) =>
    setProposal((p) => ({ slot: { ...p.slot, ...s }, n: p.n + 1 }));
  return (
    <Stack
      gap="md"
      data-testid="request-detail"
      data-reference={summary.reference}
      data-status={summary.status}
    >
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Group gap="sm">
              <Title order={2} size="h3" ff="monospace" data-testid="detail-reference">
                {summary.reference}
              </Title>
              <StatusBadge status={summary.status} />
            </Group>
            <Text size="sm" c="gray.8">
              {typeName(settings, summary.typeId, lang)}
            </Text>
            <Text fw={700} size="lg">
              {summary.office || t('requests.list.noOffice')}
            </Text>
            <Text>{summary.subject}</Text>
          </div>
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() => sheet.mutate({ id: summary.id }, { onSuccess: downloadBase64 })}
              loading={sheet.isPending}
              data-testid="disposition-pdf"
            >
              {t('requests.detail.dispositionPdf')}
            </Button>
            {record.intake.letter.file && (
              <Button
                variant="default"
                onClick={() => letterFile.mutate({ id: summary.id }, { onSuccess: downloadBase64 })}
                loading={letterFile.isPending}
                data-testid="letter-file"
              >
                {t('requests.detail.letterFile')}
              </Button>
            )}
            <Button variant="subtle" onClick={onClose} data-testid="detail-close">
              {t('requests.detail.close')}
            </Button>
          </Group>
        </Group>
        <FormError error={sheet.error?.appError ?? letterFile.error?.appError} testId="detail-file-error" />
      </Paper>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 6 }} order={{ base: actFirst ? 2 : 1, xl: 1 }}>
          <Stack gap="md">
            <IntakeFacts detail={detail} settings={settings} />
            {detail.check.clashes.length > 0 && summary.kind === 'room' && (
              <ClashList
                clashes={detail.check.clashes}
                freeSlots={detail.check.freeSlots}
                settings={settings}
                onPick={detail.mayManage ? pick : undefined}
                pickLabel={t('requests.check.freeSlotsSchedule')}
              />
            )}
            <ScheduleForm
              key={proposal.n}
              detail={detail}
              session={session}
              settings={settings}
              proposal={proposal.slot}
              picked={proposal.n > 0}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 6 }} order={{ base: actFirst ? 1 : 2, xl: 2 }}>
          <Stack gap="md">
            <ChainTimeline detail={detail} session={session} />
            {record.decision && <DecisionFacts detail={detail} />}
          </Stack>
        </Grid.Col>
      </Grid>
      {/* The whole width: an application's decision records the analysis and the discussion side by side. */}
      <DecideForm detail={detail} session={session} />
      <TasksSection detail={detail} session={session} settings={settings} />
      <ActivityReportSection detail={detail} session={session} />
      <LettersSection detail={detail} session={session} />
    </Stack>
  );
}

function Fact({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

function IntakeFacts({ detail, settings }: { detail: RequestDetail; settings: RequestSettings | undefined }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { record, summary } = detail;
  const i = record.intake;
  const e = i.event;
  return (
    <Paper withBorder p="md" data-testid="request-intake">
      <Title order={3} size="h4" mb="sm">
        {t('requests.detail.intake')}
      </Title>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <Fact label={t('requests.field.contactName')}>{i.contactName}</Fact>
        <Fact label={t('requests.field.contactPhone')}>{phoneText(i.contactPhone)}</Fact>
        <Fact label={t('requests.field.contactEmail')}>{i.contactEmail}</Fact>
        <Fact label={t('requests.field.letterNumber')}>{i.letter.number}</Fact>
        <Fact label={t('requests.field.letterDate')}>{i.letter.date ? dates.day(i.letter.date) : ''}</Fact>
        <Fact label={t('requests.field.letterReceivedOn')}>
          {i.letter.receivedOn ? dates.day(i.letter.receivedOn) : ''}
          {` · ${t(`requests.via.${i.letter.via}`)}`}
        </Fact>
        {i.letter.agendaNumber && (
          <Fact label={t('requests.form.agendaNumber')}>{i.letter.agendaNumber}</Fact>
        )}
        {i.letter.file && (
          <Fact label={t('requests.field.letterFile')}>
            {i.letter.file.name} ({fileSizeText(i.letter.file.size, dates.lang)})
          </Fact>
        )}
        <Fact label={t('requests.detail.entered')}>
          {dates.dateTime(record.enteredAt)}
          {record.enteredBy ? ` · ${record.enteredBy.name}` : ` · ${t('requests.list.fromPortal')}`}
        </Fact>
      </SimpleGrid>
      {summary.kind === 'room' && (
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs" mt="sm">
          <Fact label={t('requests.detail.requestedSlot')} testId="requested-slot">
            {e.day ? dates.day(e.day) : ''}
            {e.start && e.end ? ` · ${timeRangeText(e.start, e.end, dates.lang)}` : ''}
            {e.roomId ? ` · ${roomName(settings, e.roomId)}` : ''}
          </Fact>
          {record.schedule && (
            <div data-testid="scheduled-slot">
              <Text size="sm" c="gray.8">
                {record.schedule.moved ? t('requests.detail.agreedSlot') : t('requests.detail.scheduledSlot')}
              </Text>
              <SlotText slot={record.schedule.slot} settings={settings} />
              {record.schedule.note && (
                <Text size="sm" fs="italic">
                  “{record.schedule.note}”
                </Text>
              )}
            </div>
          )}
          <Fact label={t('requests.field.participants')}>
            {e.participants ? t('requests.detail.people', { count: e.participants }) : ''}
            {` · ${t('requests.detail.attended', { count: summary.attendance })}`}
          </Fact>
          <Fact label={t('requests.field.layout')}>{e.layout}</Fact>
          <Fact label={t('requests.field.equipment')}>{e.equipment.join(', ')}</Fact>
          {(e.application || e.connectionTest) && (
            <Fact label={t('requests.field.application')}>
              {e.application}
              {e.connectionTest
                ? ` · ${t('requests.detail.connectionTestAt', {
                    at: `${dates.day(e.connectionTest.day)} ${clockText(e.connectionTest.time, dates.lang)}`,
                  })}`
                : ''}
            </Fact>
          )}
          <Fact label={t('requests.detail.noBuffet')}>
            {i.noBuffet ? t('requests.detail.noBuffetYes') : t('requests.detail.noBuffetNo')}
          </Fact>
        </SimpleGrid>
      )}
      {i.notes && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {i.notes}
        </Text>
      )}
    </Paper>
  );
}

function DecisionFacts({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const dates = useDates();
  const d = detail.record.decision!;
  return (
    <Paper withBorder p="md" data-testid="decision-view">
      <Title order={3} size="h4" mb="xs">
        {t(`requests.decide.done_${d.outcome}`)}
      </Title>
      <Text size="sm">{t('requests.decide.by', { name: d.officer.name, at: dates.dateTime(d.at) })}</Text>
      {d.rkaYear !== null && (
        <Text size="sm" fw={600}>
          {t('requests.decide.rkaIs', { year: d.rkaYear })}
        </Text>
      )}
      {d.reason && <Text size="sm">{d.reason}</Text>}
      {d.analysis && (
        <Text size="sm" mt={4}>
          <b>{t('requests.decide.analysis')}:</b> {d.analysis}
        </Text>
      )}
      {d.discussion && (
        <Text size="sm" mt={4}>
          <b>{t('requests.decide.discussion')}:</b> {d.discussion}
        </Text>
      )}
    </Paper>
  );
}
