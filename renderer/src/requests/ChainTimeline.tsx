// The disposition chain as a vertical timeline: each step's position, who acted and when, the
// instruction or note, the step's due time and, past it, the red overdue flag with the minutes late;
// the step waiting now is highlighted. Below it, when this officer holds the current step, the form
// to record their disposition (requests.act).
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../shared/contract/requests';
import { useApiMutation } from '../api/useApiMutation';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import { OverdueBadge } from './RequestBits';

export function ChainTimeline({ detail, session }: { detail: RequestDetail; session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const chain = detail.chain;
  const current = chain.findIndex((s) => s.state === 'current');
  const active = current === -1 ? chain.filter((s) => s.state === 'done').length - 1 : current;
  return (
    <Paper withBorder p="md" data-testid="request-chain">
      <Title order={3} size="h4" mb="sm">
        {t('requests.chain.title')}
      </Title>
      <Timeline active={active} bulletSize={28} lineWidth={3} color="civic">
        {chain.map((step, i) => {
          const isCurrent = step.state === 'current';
          return (
            <Timeline.Item
              key={step.stepId}
              bullet={
                <Text size="xs" fw={700} c={step.state === 'waiting' ? 'gray.8' : 'white'}>
                  {i + 1}
                </Text>
              }
              color={step.overdue && step.state !== 'done' ? 'red.9' : 'civic'}
              data-testid="chain-step"
              data-step={step.stepId}
              data-state={step.state}
              data-overdue={step.overdue}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={700} size="md">
                    {step.title}
                  </Text>
                  {isCurrent && (
                    <Badge color="civic" variant="filled">
                      {t('requests.chain.current')}
                    </Badge>
                  )}
                  {step.state === 'done' && (
                    <Badge color="teal.9" variant="filled">
                      {t('requests.chain.done')}
                    </Badge>
                  )}
                  {step.overdue && <OverdueBadge minutes={step.overdueMinutes} />}
                </Group>
              }
            >
              <Paper
                p={isCurrent ? 'xs' : 0}
                bg={isCurrent ? (step.overdue ? 'red.0' : 'civic.0') : undefined}
                radius="sm"
              >
                {step.entry ? (
                  <>
                    <Text size="sm" data-testid="step-by">
                      {t('requests.chain.by', {
                        name: step.entry.officer.name,
                        at: dates.dateTime(step.entry.at),
                      })}
                    </Text>
                    {step.entry.note && (
                      <Text size="sm" fs="italic" data-testid="step-note">
                        “{step.entry.note}”
                      </Text>
                    )}
                  </>
                ) : (
                  <Text size="sm" c="gray.8">
                    {isCurrent ? t('requests.chain.waiting') : t('requests.chain.notYet')}
                  </Text>
                )}
                {step.state !== 'waiting' && (
                  <Text size="sm" c={step.overdue ? 'red.9' : 'gray.8'} className="tabular">
                    {t('requests.chain.due', { at: dates.dateTime(step.dueAt) })}
                  </Text>
                )}
              </Paper>
            </Timeline.Item>
          );
        })}
      </Timeline>
      {detail.mayAct && <ActForm detail={detail} stepId={detail.mayAct} session={session} />}
    </Paper>
  );
}

function ActForm({ detail, stepId, session }: { detail: RequestDetail; stepId: string; session: string }) {
  const { t } = useTranslation();
  const act = useApiMutation('requests.act', { session });
  const [note, setNote] = useState('');
  const step = detail.chain.find((s) => s.stepId === stepId);
  return (
    <Stack gap="xs" mt="md" data-testid="act-form">
      <Textarea
        label={t('requests.chain.actLabel', { step: step?.title ?? stepId })}
        description={t('requests.chain.actHint')}
        placeholder={t('requests.chain.actPlaceholder')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={act.error?.appError.fields?.note ? t(act.error.appError.fields.note) : undefined}
        data-testid="act-note"
      />
      <FormError error={act.error?.appError} shownFields={['note']} testId="act-error" />
      <Group justify="flex-end">
        <Button
          onClick={() =>
            act.mutate(
              { id: detail.summary.id, stepId, note },
              { onSuccess: () => (setNote(''), act.reset()) },
            )
          }
          loading={act.isPending}
          data-testid="act-submit"
        >
          {t('requests.chain.actSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
