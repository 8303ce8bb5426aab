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
import { contract, type Visit } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useDates } from '../dates/useDates';
import { useCan } from '../session/SignedIn';
import { FormError } from '../forms/FormError';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { CheckoutItemProblems, type ItemProblemInput } from '../inventory/CheckoutItemProblems';

type Problem = Visit['problems'][number];
const PROBLEMS: readonly Problem[] = ['damage', 'missing_item', 'not_tidy'];
const CHECKS = ['deskTidy', 'chairBack', 'equipmentReturned', 'lockerKeyReturned'] as const;

const problemSchema = contract['visits.confirmCheckout'].input.omit({ visitId: true });

interface ProblemValues extends Record<string, unknown> {
  problems: Problem[];
  note: string;
  /** The desk's items marked damaged or missing (issue 12: recorded against the item and the visit). */
  itemProblems: ItemProblemInput[];
}

function ProblemDialog({
  session,
  visit,
  onClose,
}: {
  session: string;
  visit: Visit | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useApiMutation('visits.confirmCheckout', { session });
  const form = useSchemaForm<ProblemValues>({
    schema: problemSchema,
    initialValues: { problems: [], note: '', itemProblems: [] },
  });
  const close = () => {
    form.reset();
    confirm.reset();
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
          noValidate
          onSubmit={form.onSubmit(({ problems, note, itemProblems }) =>
            confirm.mutate(
              { visitId: visit.id, problems, itemProblems, ...(note.trim() ? { note } : {}) },
              { onSuccess: close, onError: (e) => showServerErrors(form, e.appError, ['problems', 'note']) },
            ),
          )}
        >
          <Stack>
            <Checkbox.Group label={t('board.problemWhat')} withAsterisk {...form.getInputProps('problems')}>
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
            <CheckoutItemProblems
              deskNumber={visit.deskNumber}
              value={form.values.itemProblems}
              onChange={(next) => form.setFieldValue('itemProblems', next)}
            />
            <Textarea
              label={t('board.problemNote')}
              description={t('board.problemNoteHint')}
              autosize
              minRows={3}
              maxLength={500}
              {...form.getInputProps('note')}
              data-testid="problem-note"
            />
            <FormError error={confirm.error?.appError} shownFields={['problems', 'note']} />
            <Group justify="flex-end">
              <Button
                type="submit"
                color="red.9"
                disabled={form.values.problems.length === 0 && form.values.itemProblems.length === 0}
                loading={confirm.isPending}
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

function QueueItem({ session, visit, onProblem }: { session: string; visit: Visit; onProblem: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const can = useCan();
  const confirm = useApiMutation('visits.confirmCheckout', { session });
  return (
    <Paper withBorder p="sm" data-testid="confirm-item" data-name={visit.fullName}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={700}>{visit.fullName}</Text>
          <Text size="sm">
            {t('board.deskN', { desk: visit.deskNumber })}
            {visit.lockerNumber !== null && ` · ${t('board.lockerN', { locker: visit.lockerNumber })}`}
            {visit.checkoutRequestedAt !== null &&
              ` · ${t('board.reportedAt', { time: dates.time(visit.checkoutRequestedAt) })}`}
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
      <FormError error={confirm.error?.appError} />
      {can('visits.write') && (
        <Group mt="sm" grow>
          <Button
            color="teal.9"
            loading={confirm.isPending}
            onClick={() => confirm.mutate({ visitId: visit.id, problems: [] })}
            data-testid="confirm-all-well"
          >
            {t('board.allWell')}
          </Button>
          <Button color="red.9" variant="outline" onClick={onProblem} data-testid="confirm-problem">
            {t('board.hasProblem')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}

/**
 * SOP 97 step 7: the visitor reported done; the officer checks the desk and confirms. A confirmed
 * visit leaves the queue when the board is refetched after the core's change event.
 */
export function ConfirmQueue({ session, visits }: { session: string; visits: readonly Visit[] }) {
  const { t } = useTranslation();
  const [problemFor, setProblemFor] = useState<Visit | null>(null);
  return (
    <Stack gap="xs" data-testid="confirm-queue">
      <Title order={2} size="h4">
        {t('board.queueTitle')} ({visits.length})
      </Title>
      {visits.length === 0 && <Text c="gray.7">{t('board.queueEmpty')}</Text>}
      {visits.map((v) => (
        <QueueItem key={v.id} session={session} visit={v} onProblem={() => setProblemFor(v)} />
      ))}
      <ProblemDialog session={session} visit={problemFor} onClose={() => setProblemFor(null)} />
    </Stack>
  );
}
