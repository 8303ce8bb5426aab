import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract, type Board, type Visit } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { FormError } from '../forms/FormError';
import { numberChoiceProps } from '../forms/numberChoiceProps';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { ReasonForm } from './ReasonForm';

export type VisitAction = 'locker' | 'desk' | 'close';

interface Props {
  readonly session: string;
  readonly visit: Visit;
  readonly board: Board;
  readonly onDone: () => void;
}

/** Lockers in service and not held by another open visit, plus the visit's own. */
const lockerChoices = (board: Board, visit: Visit) =>
  board.lockers
    .filter((l) => l.visitId === null || l.visitId === visit.id)
    .map((l) => ({ value: String(l.number), label: `${l.number} · ${l.label}` }));

const lockerSchema = contract['visits.assignLocker'].input.omit({ visitId: true });
const deskSchema = contract['visits.changeDesk'].input.omit({ visitId: true });

interface LockerValues extends Record<string, unknown> {
  lockerNumber: number | null;
  keyHandedOut: boolean;
}

function LockerDialog({ session, visit, board, onDone }: Props) {
  const { t } = useTranslation();
  const assign = useApiMutation('visits.assignLocker', { session });
  const form = useSchemaForm<LockerValues>({
    schema: lockerSchema,
    initialValues: {
      lockerNumber: visit.lockerNumber,
      keyHandedOut: visit.lockerNumber === null ? true : visit.lockerKeyOut,
    },
  });
  const choices = lockerChoices(board, visit);
  const save = (lockerNumber: number | null, keyHandedOut: boolean) =>
    assign.mutate(
      { visitId: visit.id, lockerNumber, keyHandedOut: lockerNumber !== null && keyHandedOut },
      { onSuccess: onDone, onError: (e) => showServerErrors(form, e.appError, ['lockerNumber']) },
    );
  return (
    <form noValidate onSubmit={form.onSubmit((v) => save(v.lockerNumber, v.keyHandedOut))}>
      <Stack>
        <Select
          label={t('board.lockerLabel')}
          placeholder={choices.length ? t('board.lockerPick') : t('board.lockerNone')}
          data={choices}
          {...numberChoiceProps(form, 'lockerNumber')}
          allowDeselect={false}
          searchable
          data-autofocus
          data-testid="locker-select"
        />
        <Checkbox
          label={t('board.keyHandedOut')}
          {...form.getInputProps('keyHandedOut', { type: 'checkbox' })}
          data-testid="locker-key-out"
        />
        <FormError error={assign.error?.appError} shownFields={['lockerNumber']} />
        <Group justify="space-between">
          {visit.lockerNumber !== null ? (
            <Button
              variant="default"
              color="red"
              onClick={() => save(null, false)}
              loading={assign.isPending}
              data-testid="locker-return"
            >
              {t('board.lockerReturn', { locker: visit.lockerNumber })}
            </Button>
          ) : (
            <span />
          )}
          <Button
            type="submit"
            disabled={form.values.lockerNumber === null}
            loading={assign.isPending}
            data-testid="locker-save"
          >
            {t('board.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface DeskValues extends Record<string, unknown> {
  deskNumber: number | null;
}

function DeskDialog({ session, visit, board, onDone }: Props) {
  const { t } = useTranslation();
  const change = useApiMutation('visits.changeDesk', { session });
  const form = useSchemaForm<DeskValues>({ schema: deskSchema, initialValues: { deskNumber: null } });
  const choices = board.desks
    .filter((d) => d.state === 'free')
    .map((d) => ({ value: String(d.number), label: `${d.number} · ${d.label}` }));
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ deskNumber }) => {
        if (deskNumber === null) return;
        change.mutate(
          { visitId: visit.id, deskNumber },
          { onSuccess: onDone, onError: (e) => showServerErrors(form, e.appError, ['deskNumber']) },
        );
      })}
    >
      <Stack>
        <Text>{t('board.changeDeskFrom', { desk: visit.deskNumber })}</Text>
        <Select
          label={t('board.newDesk')}
          placeholder={choices.length ? t('board.deskPick') : t('board.noFreeDesk')}
          data={choices}
          {...numberChoiceProps(form, 'deskNumber')}
          allowDeselect={false}
          searchable
          data-autofocus
          data-testid="desk-select"
        />
        <FormError error={change.error?.appError} shownFields={['deskNumber']} />
        <Group justify="flex-end">
          <Button
            type="submit"
            disabled={form.values.deskNumber === null}
            loading={change.isPending}
            data-testid="desk-save"
          >
            {t('board.changeDesk')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const TITLE: Record<VisitAction, string> = {
  locker: 'board.lockerTitle',
  desk: 'board.changeDeskTitle',
  close: 'board.closeTitle',
};

/** One dialog for the three officer commands on an open visit; it closes once the command is done. */
export function VisitDialog({
  action,
  onClose,
  ...props
}: Omit<Props, 'onDone'> & { action: VisitAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { visit, session } = props;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('board.close') }}
      opened={action !== null}
      onClose={onClose}
      title={action ? t(TITLE[action], { name: visit.fullName, desk: visit.deskNumber }) : ''}
      size="lg"
    >
      {action === 'locker' && <LockerDialog {...props} onDone={onClose} />}
      {action === 'desk' && <DeskDialog {...props} onDone={onClose} />}
      {action === 'close' && (
        <ReasonForm
          session={session}
          method="visits.closeWithoutCheckout"
          toInput={({ reason }) => ({ visitId: visit.id, reason })}
          explain={t('board.closeExplain', { name: visit.fullName, desk: visit.deskNumber })}
          hint={t('board.closeReasonHint')}
          submitLabel={t('board.closeSubmit')}
          danger
          testId="close"
          onDone={onClose}
        />
      )}
    </Modal>
  );
}
