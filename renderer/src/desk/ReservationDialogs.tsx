import { useEffect, useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { contract, type MethodOutput, type ReservationRow } from '../../../shared/contract';
import { useApiMutation } from '../api/useApiMutation';
import { useApiQuery } from '../api/useApiQuery';
import { useAppInfo } from '../api/useAppInfo';
import { retentionWords } from '../kiosk/siteWords';
import { FormError } from '../forms/FormError';
import { numberChoiceProps } from '../forms/numberChoiceProps';
import { showServerErrors, useSchemaForm } from '../forms/useSchemaForm';
import { DayInput } from '../dates/DayInput';
import { useDates } from '../dates/useDates';
import { ReasonForm } from './ReasonForm';
import { useDeskChoices } from './useDeskChoices';

export type ReservationAction = 'checkIn' | 'edit' | 'cancel' | 'qr';

/** The QR the visitor scans, from the stored token (as the kiosk's ticket does). */
export function TicketQr({ token, firstName, day }: { token: string; firstName: string; day: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    void QRCode.toDataURL(token, { errorCorrectionLevel: 'M', margin: 4, scale: 10 }).then(setQr);
  }, [token]);
  return (
    <Stack align="center" gap="xs" data-testid="reservation-qr-panel">
      {qr ? (
        <img
          className="qr-image"
          width={320}
          height={320}
          style={{ width: 320 }}
          src={qr}
          alt={t('board.qrAlt', { name: firstName })}
          data-testid="reservation-qr"
        />
      ) : (
        <Loader />
      )}
      <Text fw={700}>{firstName}</Text>
      <Text>{dates.day(day)}</Text>
      <Text size="sm" c="gray.8" ta="center">
        {t('board.qrHint')}
      </Text>
    </Stack>
  );
}

function QrBody({ session, row }: { session: string; row: ReservationRow }) {
  const ticket = useApiQuery('reservations.ticket', { id: row.id }, { session });
  return (
    <Stack>
      {ticket.data && <TicketQr {...ticket.data} />}
      {ticket.isPending && <Loader />}
      <FormError error={ticket.error?.appError} />
    </Stack>
  );
}

const updateSchema = contract['reservations.update'].input.omit({ id: true });

interface EditValues extends Record<string, unknown> {
  day: string;
  deskNumber: number | null;
}

function EditBody({ session, row, onDone }: { session: string; row: ReservationRow; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useApiMutation('reservations.update', { session });
  const desks = useDeskChoices(session, false);
  const form = useSchemaForm<EditValues>({
    schema: updateSchema,
    initialValues: { day: row.day, deskNumber: row.deskNumber },
  });
  const fields = ['day', 'deskNumber'];
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        update.mutate(
          { id: row.id, ...values },
          { onSuccess: onDone, onError: (e) => showServerErrors(form, e.appError, fields) },
        ),
      )}
    >
      <Stack>
        <DayInput
          label={t('board.day')}
          value={form.values.day}
          onChange={(d) => form.setFieldValue('day', d)}
          error={form.getInputProps('day').error}
          autoFocus
          testId="edit-day"
        />
        <Select
          label={t('board.deskOptional')}
          placeholder={t('board.deskAutoShort')}
          data={desks}
          {...numberChoiceProps(form, 'deskNumber')}
          clearable
          searchable
          data-testid="edit-desk"
        />
        <FormError error={update.error?.appError} shownFields={fields} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} data-testid="edit-submit">
            {t('board.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CheckInBody({ session, row, onDone }: { session: string; row: ReservationRow; onDone: () => void }) {
  const { t } = useTranslation();
  const desks = useDeskChoices(session, true);
  return (
    <ReasonForm
      session={session}
      method="visits.manualCheckIn"
      toInput={({ reason, deskNumber }) => ({ reservationId: row.id, reason, deskNumber })}
      explain={t('board.manualExplain')}
      hint={t('board.manualReasonHint')}
      submitLabel={t('board.manualSubmit')}
      testId="manual"
      desks={desks}
      deskDescription={
        row.deskNumber ? t('board.reservedDesk', { desk: row.deskNumber }) : t('board.deskAuto')
      }
      onDone={onDone}
    />
  );
}

const TITLE: Record<ReservationAction, string> = {
  checkIn: 'board.manualTitle',
  edit: 'board.editTitle',
  cancel: 'board.cancelTitle',
  qr: 'board.qrTitle',
};

/** The officer's commands on one reservation row, each in its own dialog. */
export function ReservationDialog({
  session,
  row,
  action,
  onClose,
}: {
  session: string;
  row: ReservationRow;
  action: ReservationAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('board.close') }}
      opened
      onClose={onClose}
      title={t(TITLE[action], { name: row.fullName })}
      size="lg"
    >
      {action === 'checkIn' && <CheckInBody session={session} row={row} onDone={onClose} />}
      {action === 'edit' && <EditBody session={session} row={row} onDone={onClose} />}
      {action === 'cancel' && (
        <ReasonForm
          session={session}
          method="reservations.cancel"
          toInput={({ reason }) => ({ id: row.id, reason })}
          hint={t('board.cancelReasonHint')}
          submitLabel={t('board.cancelSubmit')}
          danger
          testId="cancel"
          onDone={onClose}
        />
      )}
      {action === 'qr' && <QrBody session={session} row={row} />}
    </Modal>
  );
}

const createSchema = contract['reservations.create'].input;
const NEW_FIELDS = ['fullName', 'email', 'phone', 'day', 'deskNumber', 'consent'];

interface NewValues extends Record<string, unknown> {
  fullName: string;
  email: string;
  phone: string;
  day: string;
  deskNumber: number | null;
  consent: boolean;
}

type Made = MethodOutput<'reservations.create'>;

/** "Make a new reservation on the spot" (SOP 97 step 5): the form, then its QR. */
export function NewReservationDialog({
  session,
  today,
  opened,
  onClose,
}: {
  session: string;
  today: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useApiMutation('reservations.create', { session });
  const info = useAppInfo();
  const desks = useDeskChoices(session, false);
  const form = useSchemaForm<NewValues>({
    schema: createSchema,
    initialValues: { fullName: '', email: '', phone: '', day: today, deskNumber: null, consent: false },
  });
  const made: Made | undefined = create.data;
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('board.close') }}
      opened={opened}
      onClose={close}
      title={made ? t('board.newDoneTitle') : t('board.newTitle')}
      size="xl"
    >
      {made ? (
        <Stack>
          <TicketQr
            token={made.token}
            firstName={made.reservation.fullName.split(' ')[0] ?? made.reservation.fullName}
            day={made.reservation.day}
          />
          <Group justify="flex-end">
            <Button onClick={close} data-testid="new-done">
              {t('board.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          data-testid="new-reservation-form"
          noValidate
          onSubmit={form.onSubmit((values) =>
            create.mutate(
              // The schema passed, so consent is the literal `true` the contract asks for.
              { ...values, consent: values.consent as true },
              { onError: (e) => showServerErrors(form, e.appError, NEW_FIELDS) },
            ),
          )}
        >
          <Stack>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('board.fullName')}
                withAsterisk
                maxLength={100}
                {...form.getInputProps('fullName')}
                data-autofocus
                data-testid="new-fullName"
              />
              <TextInput
                label={t('board.email')}
                withAsterisk
                type="email"
                maxLength={254}
                {...form.getInputProps('email')}
                data-testid="new-email"
              />
              <TextInput
                label={t('board.phone')}
                description={t('board.phoneHint')}
                withAsterisk
                type="tel"
                maxLength={32}
                {...form.getInputProps('phone')}
                data-testid="new-phone"
              />
              <DayInput
                label={t('board.day')}
                value={form.values.day}
                onChange={(d) => form.setFieldValue('day', d)}
                error={form.getInputProps('day').error}
                minDay={today}
                testId="new-day"
              />
              <Select
                label={t('board.deskOptional')}
                placeholder={t('board.deskAutoShort')}
                data={desks}
                {...numberChoiceProps(form, 'deskNumber')}
                clearable
                searchable
                data-testid="new-desk"
              />
            </SimpleGrid>
            <Text size="sm" c="gray.8">
              {t('board.consentText', { kept: retentionWords(t, info?.retentionDays ?? 365) })}
            </Text>
            <Checkbox
              label={t('board.consentVerbal')}
              {...form.getInputProps('consent', { type: 'checkbox' })}
              data-testid="new-consent"
            />
            <FormError error={create.error?.appError} shownFields={NEW_FIELDS} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('board.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="new-submit">
                {t('board.newSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
