// What the desk does with a request once the chain has passed it on: schedule it in the slot agreed
// with the requester, decide it (reject with the reason, cancel, or accept an application into next
// year's RKA), tick the preparation tasks, file the activity report after the event (equipment
// problems picked from the inventory), and issue and download the letters.
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../shared/contract/requests';
import type { LetterKind, Slot, TaskId } from '../../../shared/requests/requestRecord';
import type { RequestSettings } from '../../../shared/requests/requestSettings';
import { downloadBase64 } from '../admin/download';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { DayInput } from '../dates/DayInput';
import { langOf } from '../dates/dates';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { useCan } from '../session/SignedIn';
import { clockText, normaliseTime } from './requestsText';

const SCHEDULABLE = new Set(['in_process', 'scheduled']);
const FINAL = new Set(['accepted', 'rejected', 'cancelled', 'done']);

/** The slot the schedule form starts from: the one agreed before, else the one requested. */
export function requestedSlot(detail: RequestDetail): Partial<Slot> {
  const e = detail.record.intake.event;
  return (
    detail.record.schedule?.slot ??
    detail.summary.slot ?? {
      roomId: e.roomId ?? undefined,
      day: e.day ?? undefined,
      start: e.start ?? undefined,
      end: e.end ?? undefined,
    }
  );
}

export function ScheduleForm({
  detail,
  session,
  settings,
  proposal,
  picked = false,
}: {
  detail: RequestDetail;
  session: string;
  settings: RequestSettings | undefined;
  /** A free slot the officer chose in the check: it replaces the form's slot. */
  proposal: Partial<Slot>;
  /** The proposal is a free slot picked just now (the form opens by itself). */
  picked?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const schedule = useApiMutation('requests.schedule', { session });
  const lang = langOf(i18n.language);
  // Times shown as the language writes them ("10.00"), sent as 'HH:MM'.
  const shown = (hhmm: string | undefined) =>
    hhmm && /^\d{2}:\d{2}$/.test(hhmm) ? clockText(hhmm, lang) : (hhmm ?? '');
  const [slot, setSlot] = useState<Partial<Slot>>({
    ...proposal,
    start: shown(proposal.start),
    end: shown(proposal.end),
  });
  const [note, setNote] = useState(detail.record.schedule?.note ?? '');
  const [done, setDone] = useState(false);
  const [changing, setChanging] = useState(false);
  const rooms = (settings?.rooms ?? []).filter((r) => r.active);
  const complete = Boolean(slot.roomId && slot.day && slot.start && slot.end);
  if (!detail.mayManage || !SCHEDULABLE.has(detail.summary.status) || detail.summary.kind !== 'room')
    return null;
  // Once scheduled, the form waits behind one button: what comes next (tasks, letters) stays in view.
  if (detail.record.schedule && !changing && !picked)
    return (
      <Paper withBorder p="md" data-testid="schedule-closed">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm">{t('requests.schedule.changeHint')}</Text>
          <Button variant="default" onClick={() => setChanging(true)} data-testid="schedule-change">
            {t('requests.schedule.titleAgain')}
          </Button>
        </Group>
      </Paper>
    );
  return (
    <Paper withBorder p="md" data-testid="schedule-form">
      <Title order={3} size="h4" mb={4}>
        {detail.record.schedule ? t('requests.schedule.titleAgain') : t('requests.schedule.title')}
      </Title>
      <Text size="sm" c="gray.8" mb="sm">
        {t('requests.schedule.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }} spacing="sm">
        <Select
          label={t('requests.field.room')}
          data={rooms.map((r) => ({ value: r.id, label: r.name }))}
          value={slot.roomId ?? null}
          onChange={(roomId) => setSlot({ ...slot, roomId: roomId ?? undefined })}
          data-testid="schedule-room"
        />
        <DayInput
          label={t('requests.field.day')}
          value={slot.day ?? ''}
          onChange={(day) => setSlot({ ...slot, day })}
          testId="schedule-day"
        />
        <TextInput
          label={t('requests.form.start')}
          maxLength={5}
          inputMode="numeric"
          value={slot.start ?? ''}
          onChange={(e) => setSlot({ ...slot, start: e.currentTarget.value })}
          onBlur={() => setSlot({ ...slot, start: shown(normaliseTime(slot.start ?? '')) })}
          data-testid="schedule-start"
        />
        <TextInput
          label={t('requests.form.end')}
          maxLength={5}
          inputMode="numeric"
          value={slot.end ?? ''}
          onChange={(e) => setSlot({ ...slot, end: e.currentTarget.value })}
          onBlur={() => setSlot({ ...slot, end: shown(normaliseTime(slot.end ?? '')) })}
          data-testid="schedule-end"
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('requests.schedule.note')}
        placeholder={t('requests.schedule.notePlaceholder')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        data-testid="schedule-note"
      />
      <FormError error={schedule.error?.appError} testId="schedule-error" />
      {done && !schedule.error && (
        <Text c="teal.9" size="sm" mt="xs" role="status" data-testid="schedule-done">
          {t('requests.schedule.saved')}
        </Text>
      )}
      <Group justify="flex-end" mt="sm">
        <Button
          disabled={!complete}
          loading={schedule.isPending}
          onClick={() =>
            schedule.mutate(
              {
                id: detail.summary.id,
                slot: {
                  roomId: slot.roomId!,
                  day: slot.day!,
                  start: normaliseTime(slot.start!),
                  end: normaliseTime(slot.end!),
                },
                note,
              },
              { onSuccess: () => setDone(true) },
            )
          }
          data-testid="schedule-submit"
        >
          {t('requests.schedule.submit')}
        </Button>
      </Group>
    </Paper>
  );
}

type Outcome = 'accepted' | 'rejected' | 'cancelled';

export function DecideForm({ detail, session }: { detail: RequestDetail; session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const decide = useApiMutation('requests.decide', { session });
  const isApplication = detail.summary.kind === 'application';
  const [outcome, setOutcome] = useState<Outcome>(isApplication ? 'accepted' : 'rejected');
  const [reason, setReason] = useState('');
  const [analysis, setAnalysis] = useState('');
  const [discussion, setDiscussion] = useState('');
  const nextYear = Number((dates.today ?? '2026').slice(0, 4)) + 1;
  const [rkaYear, setRkaYear] = useState<number | ''>(nextYear);
  const [deciding, setDeciding] = useState(false);
  if (!detail.mayDecide || FINAL.has(detail.summary.status)) return null;
  // A room request is rarely refused or cancelled: the form waits behind one button.
  if (!isApplication && !deciding)
    return (
      <Group justify="flex-end">
        <Button variant="default" c="red.9" onClick={() => setDeciding(true)} data-testid="decide-open">
          {t('requests.decide.open')}
        </Button>
      </Group>
    );
  const outcomes: Outcome[] = isApplication
    ? ['accepted', 'rejected', 'cancelled']
    : ['rejected', 'cancelled'];
  const fieldError = (name: string) => {
    const key = decide.error?.appError.fields?.[name];
    return key ? t(key) : undefined;
  };
  return (
    <Paper withBorder p="md" data-testid="decide-form">
      <Title order={3} size="h4" mb="sm">
        {isApplication ? t('requests.decide.titleApplication') : t('requests.decide.title')}
      </Title>
      <SegmentedControl
        value={outcome}
        onChange={(o) => setOutcome(o as Outcome)}
        data={outcomes.map((o) => ({ value: o, label: t(`requests.decide.${o}`) }))}
        aria-label={t('requests.decide.outcome')}
        data-testid="decide-outcome"
      />
      {isApplication && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" mt="sm">
          <Textarea
            label={t('requests.decide.analysis')}
            autosize
            minRows={3}
            value={analysis}
            onChange={(e) => setAnalysis(e.currentTarget.value)}
            error={fieldError('analysis')}
            data-testid="decide-analysis"
          />
          <Textarea
            label={t('requests.decide.discussion')}
            autosize
            minRows={3}
            value={discussion}
            onChange={(e) => setDiscussion(e.currentTarget.value)}
            error={fieldError('discussion')}
            data-testid="decide-discussion"
          />
        </SimpleGrid>
      )}
      {outcome === 'accepted' ? (
        <NumberInput
          mt="sm"
          w={220}
          label={t('requests.decide.rkaYear')}
          description={t('requests.decide.rkaHint')}
          min={2000}
          max={2100}
          allowDecimal={false}
          value={rkaYear}
          onChange={(n) => setRkaYear(typeof n === 'number' ? n : '')}
          error={fieldError('rkaYear')}
          data-testid="decide-rkaYear"
        />
      ) : (
        <Textarea
          mt="sm"
          label={
            outcome === 'rejected'
              ? t('requests.decide.reasonRejected')
              : t('requests.decide.reasonCancelled')
          }
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError('reason')}
          data-testid="decide-reason"
        />
      )}
      <FormError
        error={decide.error?.appError}
        shownFields={['reason', 'analysis', 'discussion', 'rkaYear']}
        testId="decide-error"
      />
      <Group justify="flex-end" mt="sm">
        <Button
          color={outcome === 'accepted' ? 'teal.9' : 'red.9'}
          loading={decide.isPending}
          onClick={() =>
            decide.mutate({
              id: detail.summary.id,
              outcome,
              reason: outcome === 'accepted' ? '' : reason,
              analysis,
              discussion,
              rkaYear: outcome === 'accepted' && rkaYear !== '' ? rkaYear : null,
            })
          }
          data-testid="decide-submit"
        >
          {t(`requests.decide.submit_${outcome}`)}
        </Button>
      </Group>
    </Paper>
  );
}

/** The preparation tasks of a booked event: the room ready, the connection tested, the operator named. */
export function TasksSection({
  detail,
  session,
  settings,
}: {
  detail: RequestDetail;
  session: string;
  settings: RequestSettings | undefined;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const task = useApiMutation('requests.task', { session });
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [operator, setOperator] = useState('');
  const type = settings?.types.find((ty) => ty.id === detail.summary.typeId);
  if (detail.summary.kind !== 'room' || !['scheduled', 'done'].includes(detail.summary.status)) return null;
  const ids: TaskId[] = [
    'room_ready',
    ...(type?.connectionTest ? (['connection_test'] as const) : []),
    'operator',
  ];
  const doneOf = (id: TaskId) => detail.record.tasks.find((x) => x.task === id);
  const prepare = type?.prepareMinutes ?? 30;
  return (
    <Paper withBorder p="md" data-testid="tasks-section">
      <Title order={3} size="h4" mb="sm">
        {t('requests.tasks.title')}
      </Title>
      <Stack gap="sm">
        {ids.map((id) => {
          const entry = doneOf(id);
          return (
            <Paper
              key={id}
              p="sm"
              bg={entry ? 'teal.0' : 'gray.0'}
              data-testid="task"
              data-task={id}
              data-done={Boolean(entry)}
            >
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                <Checkbox
                  readOnly
                  checked={Boolean(entry)}
                  label={<Text fw={600}>{t(`requests.tasks.${id}`, { minutes: prepare })}</Text>}
                  description={
                    entry
                      ? `${t('requests.tasks.doneBy', { name: entry.officer.name, at: dates.dateTime(entry.at) })}${
                          entry.operatorName
                            ? ` · ${t('requests.tasks.operatorIs', { name: entry.operatorName })}`
                            : ''
                        }${entry.note ? ` · “${entry.note}”` : ''}`
                      : t(`requests.tasks.${id}Hint`)
                  }
                  tabIndex={-1}
                />
                {!entry && detail.mayManage && (
                  <Group gap="xs" align="flex-end">
                    {id === 'operator' && (
                      <TextInput
                        label={t('requests.tasks.operatorName')}
                        value={operator}
                        onChange={(e) => setOperator(e.currentTarget.value)}
                        w={220}
                        data-testid="task-operator-name"
                      />
                    )}
                    <TextInput
                      label={t('requests.tasks.note')}
                      value={notes[id] ?? ''}
                      onChange={(e) => setNotes({ ...notes, [id]: e.currentTarget.value })}
                      w={240}
                      data-testid={`task-note-${id}`}
                    />
                    <Button
                      variant="light"
                      loading={task.isPending && task.variables?.task === id}
                      disabled={id === 'operator' && operator.trim() === ''}
                      onClick={() =>
                        task.mutate({
                          id: detail.summary.id,
                          task: id,
                          note: notes[id] ?? '',
                          operatorName: id === 'operator' ? operator : '',
                        })
                      }
                      data-testid={`task-done-${id}`}
                    >
                      {t('requests.tasks.markDone')}
                    </Button>
                  </Group>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <FormError error={task.error?.appError} testId="task-error" />
    </Paper>
  );
}

/** After the event: attendance (the scanned count by default), what happened, equipment problems. */
export function ActivityReportSection({ detail, session }: { detail: RequestDetail; session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const can = useCan();
  const report = useApiMutation('requests.report', { session });
  const [attendance, setAttendance] = useState<number | ''>(detail.summary.attendance);
  const [summary, setSummary] = useState('');
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [problemNotes, setProblemNotes] = useState<Record<string, string>>({});
  const [writing, setWriting] = useState(false);
  const mayPickItems = can('inventory.manage');
  const items = useApiQuery(
    'inventory.list',
    { status: 'in_service', limit: 500 },
    { session, enabled: writing && mayPickItems },
  );
  const slot = detail.summary.slot;
  const existing = detail.record.report;
  if (detail.summary.kind !== 'room') return null;
  if (existing)
    return (
      <Paper withBorder p="md" data-testid="report-view">
        <Title order={3} size="h4" mb="xs">
          {t('requests.report.title')}
        </Title>
        <Text size="sm">
          {t('requests.report.filedBy', { name: existing.officer.name, at: dates.dateTime(existing.at) })}
        </Text>
        <Text size="sm" fw={600} mt={4}>
          {t('requests.report.attendanceIs', { count: existing.attendance })}
        </Text>
        {existing.summary && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {existing.summary}
          </Text>
        )}
        {existing.problems.length > 0 && (
          <Stack gap={2} mt="xs">
            <Text size="sm" fw={600}>
              {t('requests.report.problems')}
            </Text>
            {existing.problems.map((p) => (
              <Text size="sm" key={p.itemId}>
                • {p.itemName}
                {p.note ? `: ${p.note}` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Paper>
    );
  // The report is written after the event, once it is scheduled; opened on demand, so a form for an
  // event still ahead does not sit in the way.
  if (!detail.mayManage || detail.summary.status !== 'scheduled' || !slot) return null;
  const ahead = dates.today !== null && slot.day > dates.today;
  if (!writing)
    return (
      <Paper withBorder p="md" data-testid="report-closed">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Title order={3} size="h4">
              {t('requests.report.title')}
            </Title>
            <Text size="sm" c="gray.8">
              {ahead ? t('requests.report.ahead') : t('requests.report.due')}
            </Text>
          </div>
          <Button
            variant={ahead ? 'default' : 'filled'}
            onClick={() => setWriting(true)}
            data-testid="report-open"
          >
            {t('requests.report.open')}
          </Button>
        </Group>
      </Paper>
    );
  const itemRows = items.data?.items ?? [];
  return (
    <Paper withBorder p="md" data-testid="report-form">
      <Title order={3} size="h4" mb={4}>
        {t('requests.report.title')}
      </Title>
      <Text size="sm" c="gray.8" mb="sm">
        {t('requests.report.hint', { count: detail.summary.attendance })}
      </Text>
      <NumberInput
        w={220}
        label={t('requests.report.attendance')}
        min={0}
        allowDecimal={false}
        value={attendance}
        onChange={(n) => setAttendance(typeof n === 'number' ? n : '')}
        data-testid="report-attendance"
      />
      <Textarea
        mt="sm"
        label={t('requests.report.summary')}
        placeholder={t('requests.report.summaryPlaceholder')}
        autosize
        minRows={3}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        data-testid="report-summary"
      />
      {mayPickItems && (
        <MultiSelect
          mt="sm"
          label={t('requests.report.problemItems')}
          description={t('requests.report.problemItemsHint')}
          data={itemRows.map((i) => ({ value: i.id, label: `${i.assetCode} · ${i.name}` }))}
          value={itemIds}
          onChange={setItemIds}
          searchable
          nothingFoundMessage={t('requests.report.noItems')}
          data-testid="report-items"
        />
      )}
      {itemIds.map((id) => {
        const item = itemRows.find((i) => i.id === id);
        return (
          <TextInput
            key={id}
            mt="xs"
            label={t('requests.report.problemNote', { item: item ? item.name : id })}
            value={problemNotes[id] ?? ''}
            onChange={(e) => setProblemNotes({ ...problemNotes, [id]: e.currentTarget.value })}
            data-testid="report-problem-note"
          />
        );
      })}
      <FormError error={report.error?.appError} testId="report-error" />
      <Group justify="flex-end" mt="sm">
        <Button
          loading={report.isPending}
          onClick={() =>
            report.mutate({
              id: detail.summary.id,
              attendance: attendance === '' ? null : attendance,
              summary,
              problems: itemIds.map((itemId) => ({ itemId, note: problemNotes[itemId] ?? '' })),
            })
          }
          data-testid="report-submit"
        >
          {t('requests.report.submit')}
        </Button>
      </Group>
    </Paper>
  );
}

/** The letter kinds that fit the request as it stands, the likeliest first. */
export function letterKindsFor(detail: RequestDetail): LetterKind[] {
  switch (detail.summary.status) {
    case 'rejected':
      return ['reply_rejected'];
    case 'accepted':
      return ['reply_accepted'];
    case 'scheduled':
    case 'done':
      return detail.record.schedule?.moved
        ? ['reschedule_notice', 'schedule_notice']
        : ['schedule_notice', 'reschedule_notice'];
    default:
      return [];
  }
}

export function LettersSection({ detail, session }: { detail: RequestDetail; session: string }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const dates = useDates();
  const issue = useApiMutation('requests.issueLetter', { session });
  const pdf = useApiMutation('requests.letterPdf', { session });
  const kinds = letterKindsFor(detail);
  const [kind, setKind] = useState<LetterKind | null>(null);
  const chosen = kind && kinds.includes(kind) ? kind : (kinds[0] ?? null);
  return (
    <Paper withBorder p="md" data-testid="letters-section">
      <Title order={3} size="h4" mb="sm">
        {t('requests.letters.title')}
      </Title>
      {detail.letters.length === 0 ? (
        <Text size="sm" c="gray.8" data-testid="letters-empty">
          {t('requests.letters.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {detail.letters.map((l) => (
              <Table.Tr key={l.id} data-testid="letter-row" data-kind={l.kind}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`requests.letters.kind.${l.kind}`)}
                  </Text>
                  <Text size="sm" ff="monospace">
                    {l.number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{dates.dateTime(l.issuedAt)}</Text>
                  <Text size="sm" c="gray.8">
                    {l.officer.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="light"
                    loading={pdf.isPending && pdf.variables?.letterId === l.id}
                    onClick={() => pdf.mutate({ letterId: l.id, lang }, { onSuccess: downloadBase64 })}
                    data-testid="letter-pdf"
                  >
                    {t('requests.letters.pdf')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {detail.mayManage &&
        (kinds.length > 0 ? (
          <Group mt="sm" align="flex-end" gap="sm">
            <Select
              label={t('requests.letters.issueKind')}
              data={kinds.map((k) => ({ value: k, label: t(`requests.letters.kind.${k}`) }))}
              value={chosen}
              onChange={(k) => setKind(k as LetterKind | null)}
              allowDeselect={false}
              w={320}
              data-testid="letter-kind"
            />
            <Button
              onClick={() => chosen && issue.mutate({ id: detail.summary.id, kind: chosen })}
              loading={issue.isPending}
              disabled={!chosen}
              data-testid="letter-issue"
            >
              {t('requests.letters.issue')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="gray.8" mt="xs">
            {t('requests.letters.notYet')}
          </Text>
        ))}
      <FormError error={issue.error?.appError ?? pdf.error?.appError} testId="letters-error" />
    </Paper>
  );
}
