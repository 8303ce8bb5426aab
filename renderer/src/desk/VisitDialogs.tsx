import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Board, Visit } from '../../../shared/contract';
import { useOfficerCall } from './useOfficerCall';
import { CallError } from './CallError';

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

function LockerDialog({ session, visit, board, onDone }: Props) {
  const { t } = useTranslation();
  const call = useOfficerCall(session, 'visits.assignLocker');
  const [locker, setLocker] = useState<string | null>(
    visit.lockerNumber === null ? null : String(visit.lockerNumber),
  );
  const [keyOut, setKeyOut] = useState(visit.lockerNumber === null ? true : visit.lockerKeyOut);
  const choices = lockerChoices(board, visit);
  const save = async (lockerNumber: number | null) => {
    if (await call.run({ visitId: visit.id, lockerNumber, keyHandedOut: lockerNumber !== null && keyOut }))
      onDone();
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (locker) void save(Number(locker));
      }}
    >
      <Stack>
        <Select
          label={t('board.lockerLabel')}
          placeholder={choices.length ? t('board.lockerPick') : t('board.lockerNone')}
          data={choices}
          value={locker}
          onChange={setLocker}
          allowDeselect={false}
          searchable
          data-autofocus
          data-testid="locker-select"
        />
        <Checkbox
          label={t('board.keyHandedOut')}
          checked={keyOut}
          onChange={(e) => setKeyOut(e.currentTarget.checked)}
          data-testid="locker-key-out"
        />
        <CallError error={call.error} />
        <Group justify="space-between">
          {visit.lockerNumber !== null ? (
            <Button
              variant="default"
              color="red"
              onClick={() => void save(null)}
              loading={call.busy}
              data-testid="locker-return"
            >
              {t('board.lockerReturn', { locker: visit.lockerNumber })}
            </Button>
          ) : (
            <span />
          )}
          <Button type="submit" disabled={!locker} loading={call.busy} data-testid="locker-save">
            {t('board.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeskDialog({ session, visit, board, onDone }: Props) {
  const { t } = useTranslation();
  const call = useOfficerCall(session, 'visits.changeDesk');
  const [desk, setDesk] = useState<string | null>(null);
  const choices = board.desks
    .filter((d) => d.state === 'free')
    .map((d) => ({ value: String(d.number), label: `${d.number} · ${d.label}` }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (desk) void call.run({ visitId: visit.id, deskNumber: Number(desk) }).then((v) => v && onDone());
      }}
    >
      <Stack>
        <Text>{t('board.changeDeskFrom', { desk: visit.deskNumber })}</Text>
        <Select
          label={t('board.newDesk')}
          placeholder={choices.length ? t('board.deskPick') : t('board.noFreeDesk')}
          data={choices}
          value={desk}
          onChange={setDesk}
          allowDeselect={false}
          searchable
          data-autofocus
          data-testid="desk-select"
        />
        <CallError error={call.error} />
        <Group justify="flex-end">
          <Button type="submit" disabled={!desk} loading={call.busy} data-testid="desk-save">
            {t('board.changeDesk')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CloseDialog({ session, visit, onDone }: Props) {
  const { t } = useTranslation();
  const call = useOfficerCall(session, 'visits.closeWithoutCheckout');
  const [reason, setReason] = useState('');
  const reasonError = call.fieldError('reason');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void call.run({ visitId: visit.id, reason }).then((v) => v && onDone());
      }}
    >
      <Stack>
        <Text>{t('board.closeExplain', { name: visit.fullName, desk: visit.deskNumber })}</Text>
        <Textarea
          label={t('board.reason')}
          description={t('board.closeReasonHint')}
          withAsterisk
          autosize
          minRows={3}
          maxLength={300}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError ? t(reasonError) : undefined}
          data-autofocus
          data-testid="close-reason"
        />
        <CallError error={call.error} shownFields={['reason']} />
        <Group justify="flex-end">
          <Button type="submit" color="red.9" loading={call.busy} data-testid="close-submit">
            {t('board.closeSubmit')}
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

/** One dialog for the three officer commands on an open visit. */
export function VisitDialog({
  action,
  onClose,
  ...props
}: Props & { action: VisitAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('board.close') }}
      opened={action !== null}
      onClose={onClose}
      title={action ? t(TITLE[action], { name: props.visit.fullName, desk: props.visit.deskNumber }) : ''}
      size="lg"
    >
      {action === 'locker' && <LockerDialog {...props} />}
      {action === 'desk' && <DeskDialog {...props} />}
      {action === 'close' && <CloseDialog {...props} />}
    </Modal>
  );
}
