// The officer's guest-book dialogs: serve a guest (served here, or directed elsewhere and where), close
// the number of a guest who left, erase a guest's personal data on request.
import { useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuestEntry } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { useApiMutation } from '../api/useApiMutation';

export type GuestAction = 'serve' | 'left' | 'erase';

function Failure({ error }: { error: AppError | undefined }) {
  const { t } = useTranslation();
  if (!error || (error.fields && Object.keys(error.fields).length > 0)) return null;
  return (
    <Alert color="red" role="alert" data-testid="guest-dialog-error">
      {t(error.messageKey, error.params)}
    </Alert>
  );
}

const fieldError = (t: ReturnType<typeof useTranslation>, error: AppError | undefined, field: string) => {
  const key = error?.fields?.[field];
  return key ? t.t(key) : undefined;
};

function ServeDialog({ session, guest, onDone }: { session: string; guest: GuestEntry; onDone: () => void }) {
  const tr = useTranslation();
  const { t } = tr;
  const serve = useApiMutation('guestbook.serve', { session });
  const [outcome, setOutcome] = useState<'served' | 'directed'>('served');
  const [note, setNote] = useState('');
  const save = (closeNow: boolean) =>
    serve.mutate({ id: guest.id, outcome, note: note.trim() ? note : null, closeNow }, { onSuccess: onDone });
  const d = (key: string) => t(`guestbook.desk.${key}`);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(true);
      }}
    >
      <Stack>
        <Text size="lg" fw={600}>
          {guest.fullName || d('anonymised')}
        </Text>
        <Radio.Group
          label={d('outcomeLabel')}
          value={outcome}
          onChange={(v) => {
            setOutcome(v === 'directed' ? 'directed' : 'served');
            if (serve.error) serve.reset();
          }}
        >
          <Group mt="xs">
            <Radio value="served" label={d('outcomeServed')} data-testid="guest-outcome-served" />
            <Radio value="directed" label={d('outcomeDirected')} data-testid="guest-outcome-directed" />
          </Group>
        </Radio.Group>
        <Textarea
          label={outcome === 'directed' ? d('noteDirected') : d('noteServed')}
          placeholder={outcome === 'directed' ? d('notePlaceholderDirected') : undefined}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            // The message about the place goes as soon as the officer writes one.
            if (serve.error) serve.reset();
          }}
          maxLength={300}
          autosize
          minRows={2}
          withAsterisk={outcome === 'directed'}
          error={fieldError(tr, serve.error?.appError, 'note')}
          data-autofocus
          data-testid="guest-serve-note"
        />
        <Failure error={serve.error?.appError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {d('cancel')}
          </Button>
          <Button
            variant="default"
            loading={serve.isPending}
            onClick={() => save(false)}
            data-testid="guest-serve-save"
          >
            {d('save')}
          </Button>
          <Button type="submit" loading={serve.isPending} data-testid="guest-serve-close">
            {d('saveAndClose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LeftDialog({ session, guest, onDone }: { session: string; guest: GuestEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const close = useApiMutation('guestbook.close', { session });
  return (
    <Stack>
      <Text>{t('guestbook.desk.leftText')}</Text>
      <Failure error={close.error?.appError} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('guestbook.desk.cancel')}
        </Button>
        <Button
          color="red.9"
          loading={close.isPending}
          onClick={() => close.mutate({ id: guest.id, kind: 'left', note: null }, { onSuccess: onDone })}
          data-testid="guest-left-confirm"
        >
          {t('guestbook.desk.leftConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}

function EraseDialog({ session, guest, onDone }: { session: string; guest: GuestEntry; onDone: () => void }) {
  const tr = useTranslation();
  const { t } = tr;
  const erase = useApiMutation('guestbook.erase', { session });
  const [reason, setReason] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        erase.mutate({ id: guest.id, reason }, { onSuccess: onDone });
      }}
    >
      <Stack>
        <Text>{t('guestbook.desk.eraseText')}</Text>
        <TextInput
          label={t('guestbook.desk.eraseReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={300}
          withAsterisk
          error={fieldError(tr, erase.error?.appError, 'reason')}
          data-autofocus
          data-testid="guest-erase-reason"
        />
        <Failure error={erase.error?.appError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('guestbook.desk.cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={erase.isPending} data-testid="guest-erase-confirm">
            {t('guestbook.desk.eraseConfirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const TITLE: Record<GuestAction, string> = {
  serve: 'guestbook.desk.serveTitle',
  left: 'guestbook.desk.leftTitle',
  erase: 'guestbook.desk.eraseTitle',
};

export function GuestDialog({
  session,
  guest,
  action,
  onDone,
}: {
  session: string;
  guest: GuestEntry;
  action: GuestAction;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const props = { session, guest, onDone };
  return (
    <Modal
      opened
      onClose={onDone}
      size="lg"
      title={t(TITLE[action], { number: guest.queueNumber })}
      classNames={{ title: 'desk-modal-title' }}
      closeButtonProps={{ 'aria-label': t('board.close') }}
      data-testid={`guest-dialog-${action}`}
    >
      {action === 'serve' && <ServeDialog {...props} />}
      {action === 'left' && <LeftDialog {...props} />}
      {action === 'erase' && <EraseDialog {...props} />}
    </Modal>
  );
}
