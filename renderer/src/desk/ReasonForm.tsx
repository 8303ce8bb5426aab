import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contract, type MethodInput } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { FormError } from '../forms/FormError';
import { numberChoiceProps } from '../forms/numberChoiceProps';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import type { Choice } from './useDeskChoices';

/** The officer's commands that need a written reason (SOP 97: every exception is on record). */
type ReasonMethod = 'reservations.cancel' | 'visits.manualCheckIn' | 'visits.closeWithoutCheckout';

export interface ReasonValues extends Record<string, unknown> {
  reason: string;
  /** Only for a manual check-in: the desk the officer picked, or null for the first free one. */
  deskNumber: number | null;
}

// The contract's own field schemas: the reason (at least 3 letters, at most 300) and a desk choice.
const reasonFormSchema = z.object({
  reason: contract['reservations.cancel'].input.shape.reason,
  deskNumber: contract['visits.manualCheckIn'].input.shape.deskNumber,
});
const FIELDS = ['reason', 'deskNumber'];

/**
 * One form for cancelling a reservation, checking a visitor in by hand and closing a visit without
 * check-out: a required reason, an optional desk, the command, its typed refusal.
 */
export function ReasonForm<M extends ReasonMethod>({
  session,
  method,
  toInput,
  explain,
  hint,
  submitLabel,
  danger = false,
  testId,
  desks,
  deskDescription,
  onDone,
}: {
  session: string;
  method: M;
  toInput: (values: ReasonValues) => MethodInput<M>;
  explain?: string;
  /** What a good reason looks like, under the field. */
  hint: string;
  submitLabel: string;
  danger?: boolean;
  /** Prefix of the test ids: `${testId}-reason`, `-desk`, `-submit`. */
  testId: string;
  /** Offer a desk (a manual check-in): these choices, none picked meaning "the first free one". */
  desks?: readonly Choice[];
  deskDescription?: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const command = useApiMutation(method, { session });
  const form = useSchemaForm<ReasonValues>({
    schema: reasonFormSchema,
    initialValues: { reason: '', deskNumber: null },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        command.mutate(toInput(values), {
          onSuccess: onDone,
          onError: (e) => showServerErrors(form, e.appError, FIELDS),
        }),
      )}
    >
      <Stack>
        {explain && <Text size="sm">{explain}</Text>}
        <Textarea
          label={t('board.reason')}
          description={hint}
          withAsterisk
          autosize
          minRows={2}
          maxLength={300}
          {...form.getInputProps('reason')}
          data-autofocus
          data-testid={`${testId}-reason`}
        />
        {desks && (
          <Select
            label={t('board.deskOptional')}
            description={deskDescription}
            placeholder={t('board.deskAutoShort')}
            data={desks}
            {...numberChoiceProps(form, 'deskNumber')}
            clearable
            searchable
            data-testid={`${testId}-desk`}
          />
        )}
        <FormError error={command.error?.appError} shownFields={FIELDS} />
        <Group justify="flex-end">
          <Button
            type="submit"
            color={danger ? 'red.9' : undefined}
            loading={command.isPending}
            data-testid={`${testId}-submit`}
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
