import { useState } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/contract';
import { formatTime } from '../api/useAppInfo';
import { useOfficerCall } from './useOfficerCall';
import { CallError } from './CallError';

type Problem = Visit['problems'][number];
const PROBLEMS: readonly Problem[] = ['damage', 'missing_item', 'not_tidy'];
const CHECKS = ['deskTidy', 'chairBack', 'equipmentReturned', 'lockerKeyReturned'] as const;

function ProblemDialog({
  session,
  visit,
  onClose,
  onDone,
}: {
  session: string;
  visit: Visit | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const call = useOfficerCall(session, 'visits.confirmCheckout');
  const [problems, setProblems] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const close = () => {
    setProblems([]);
    setNote('');
    call.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('board.close') }}
      opened={visit !== null}
      onClose={close}
      title={visit ? t('board.problemTitle', { name: visit.fullName, desk: visit.deskNumber }) : ''}
      size="lg"
    >
      {visit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void call
              .run({
                visitId: visit.id,
                problems: problems as Problem[],
                ...(note.trim() ? { note } : {}),
              })
              .then((v) => {
                if (v) {
                  close();
                  onDone();
                }
              });
          }}
        >
          <Stack>
            <Checkbox.Group
              label={t('board.problemWhat')}
              value={problems}
              onChange={setProblems}
              withAsterisk
            >
              <Stack gap="xs" mt="xs">
                {PROBLEMS.map((p, i) => (
                  <Checkbox
                    key={p}
                    value={p}
                    label={t(`board.problem.${p}`)}
                    data-testid={`problem-${p}`}
                    data-autofocus={i === 0 || undefined}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label={t('board.problemNote')}
              description={t('board.problemNoteHint')}
              autosize
              minRows={3}
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-testid="problem-note"
            />
            <CallError error={call.error} />
            <Group justify="flex-end">
              <Button
                type="submit"
                color="red.9"
                disabled={problems.length === 0}
                loading={call.busy}
                data-testid="problem-submit"
              >
                {t('board.problemSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function QueueItem({
  session,
  visit,
  timeZone,
  onProblem,
  onDone,
}: {
  session: string;
  visit: Visit;
  timeZone: string;
  onProblem: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const call = useOfficerCall(session, 'visits.confirmCheckout');
  return (
    <Paper withBorder p="sm" data-testid="confirm-item" data-name={visit.fullName}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={700}>{visit.fullName}</Text>
          <Text size="sm">
            {t('board.deskN', { desk: visit.deskNumber })}
            {visit.lockerNumber !== null && ` · ${t('board.lockerN', { locker: visit.lockerNumber })}`}
            {visit.checkoutRequestedAt !== null &&
              ` · ${t('board.reportedAt', { time: formatTime(visit.checkoutRequestedAt, timeZone) })}`}
          </Text>
        </div>
        <Badge color="violet.8">{t('board.state.awaiting_check')}</Badge>
      </Group>
      <List size="sm" mt="xs" spacing={2} listStyleType="none" aria-label={t('board.checklistLabel')}>
        {/* The locker key only counts when one was handed out (as the core checks it). */}
        {CHECKS.filter((c) => c !== 'lockerKeyReturned' || visit.lockerKeyOut).map((c) => {
          const done = visit.checklist?.[c] ?? false;
          return (
            <List.Item key={c}>
              <Text span size="sm" c={done ? 'teal.9' : 'red.9'} fw={done ? 400 : 700}>
                {done ? '✓ ' : '✗ '}
                {t(`board.check.${c}`)}
                {done ? '' : ` (${t('board.checkNo')})`}
              </Text>
            </List.Item>
          );
        })}
      </List>
      <CallError error={call.error} />
      <Group mt="sm" grow>
        <Button
          color="teal.9"
          loading={call.busy}
          onClick={() => void call.run({ visitId: visit.id, problems: [] }).then((v) => v && onDone())}
          data-testid="confirm-all-well"
        >
          {t('board.allWell')}
        </Button>
        <Button color="red.9" variant="outline" onClick={onProblem} data-testid="confirm-problem">
          {t('board.hasProblem')}
        </Button>
      </Group>
    </Paper>
  );
}

/** SOP 97 step 7: the visitor reported done; the officer checks the desk and confirms. */
export function ConfirmQueue({
  session,
  visits,
  timeZone,
  onDone,
}: {
  session: string;
  visits: readonly Visit[];
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [problemFor, setProblemFor] = useState<Visit | null>(null);
  return (
    <Stack gap="xs" data-testid="confirm-queue">
      <Title order={2} size="h4">
        {t('board.queueTitle')} ({visits.length})
      </Title>
      {visits.length === 0 && <Text c="gray.7">{t('board.queueEmpty')}</Text>}
      {visits.map((v) => (
        <QueueItem
          key={v.id}
          session={session}
          visit={v}
          timeZone={timeZone}
          onProblem={() => setProblemFor(v)}
          onDone={onDone}
        />
      ))}
      <ProblemDialog
        session={session}
        visit={problemFor}
        onClose={() => setProblemFor(null)}
        onDone={onDone}
      />
    </Stack>
  );
}
