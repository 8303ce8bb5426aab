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
  Textarea,
} from '@mantine/core';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import type { ReservationRow } from '../../../shared/contract';
import { useApi } from '../api/ApiContext';
import { formatDay } from './deskFormat';
import { useOfficerCall } from './useOfficerCall';
import { CallError } from './CallError';

export type ReservationAction = 'checkIn' | 'edit' | 'cancel' | 'qr';

type Choice = { value: string; label: string };

/** Desks to offer: all in service, or only the free ones right now (for a check-in). */
function useDeskChoices(session: string, onlyFree: boolean): Choice[] {
  const api = useApi();
  const [choices, setChoices] = useState<Choice[]>([]);
  useEffect(() => {
    if (onlyFree) {
      void api.invoke('visits.board', {}, { session }).then((r) => {
        if (r.ok)
          setChoices(
            r.value.desks
              .filter((d) => d.state === 'free')
              .map((d) => ({ value: String(d.number), label: `${d.number} · ${d.label}` })),
          );
      });
    } else {
      void api.invoke('desks.list', {}).then((r) => {
        if (r.ok)
          setChoices(
            r.value.items.map((d) => ({ value: String(d.number), label: `${d.number} · ${d.label}` })),
          );
      });
    }
  }, [api, session, onlyFree]);
  return choices;
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const deskOrNull = (v: string | null) => (v ? Number(v) : null);

/** The QR the visitor scans, from the stored token (as the kiosk's ticket does). */
export function TicketQr({ token, firstName, day }: { token: string; firstName: string; day: string }) {
  const { t, i18n } = useTranslation();
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
      <Text>{formatDay(day, i18n.language === 'en' ? 'en-GB' : 'id-ID')}</Text>
      <Text size="sm" c="gray.8" ta="center">
        {t('board.qrHint')}
      </Text>
    </Stack>
  );
}

function QrBody({ session, row }: { session: string; row: ReservationRow }) {
  const call = useOfficerCall(session, 'reservations.ticket');
  const [ticket, setTicket] = useState<{ token: string; day: string; firstName: string } | null>(null);
  const { run } = call;
  useEffect(() => {
    void run({ id: row.id }).then((v) => v && setTicket(v));
  }, [run, row.id]);
  return (
    <Stack>
      {ticket && <TicketQr {...ticket} />}
      {!ticket && !call.error && <Loader />}
      <CallError error={call.error} />
    </Stack>
  );
}

function CheckInBody({ session, row, onDone }: { session: string; row: ReservationRow; onDone: () => void }) {
  const { t } = useTranslation();
  const call = useOfficerCall(session, 'visits.manualCheckIn');
  const desks = useDeskChoices(session, true);
  const [reason, setReason] = useState('');
  const [desk, setDesk] = useState<string | null>(null);
  const reasonError = call.fieldError('reason');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void call
          .run({ reservationId: row.id, reason, deskNumber: deskOrNull(desk) })
          .then((v) => v && onDone());
      }}
    >
      <Stack>
        <Text size="sm">{t('board.manualExplain')}</Text>
        <Textarea
          label={t('board.reason')}
          description={t('board.manualReasonHint')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={300}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError ? t(reasonError) : undefined}
          data-autofocus
          data-testid="manual-reason"
        />
        <Select
          label={t('board.deskOptional')}
          description={
            row.deskNumber ? t('board.reservedDesk', { desk: row.deskNumber }) : t('board.deskAuto')
          }
          placeholder={t('board.deskAutoShort')}
          data={desks}
          value={desk}
          onChange={setDesk}
          clearable
          searchable
          data-testid="manual-desk"
        />
        <CallError error={call.error} shownFields={['reason']} />
        <Group justify="flex-end">
          <Button type="submit" loading={call.busy} data-testid="manual-submit">
            {t('board.manualSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditBody({ session, row, onDone }: { session: string; row: ReservationRow; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const call = useOfficerCall(session, 'reservations.update');
  const desks = useDeskChoices(session, false);
  const [day, setDay] = useState(row.day);
  const [desk, setDesk] = useState<string | null>(row.deskNumber === null ? null : String(row.deskNumber));
  const dayError = call.fieldError('day');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void call.run({ id: row.id, day, deskNumber: deskOrNull(desk) }).then((v) => v && onDone());
      }}
    >
      <Stack>
        <TextInput
          type="date"
          label={t('board.day')}
          description={isDay(day) ? formatDay(day, i18n.language === 'en' ? 'en-GB' : 'id-ID') : undefined}
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
          error={dayError ? t(dayError) : undefined}
          data-autofocus
          data-testid="edit-day"
        />
        <Select
          label={t('board.deskOptional')}
          placeholder={t('board.deskAutoShort')}
          data={desks}
          value={desk}
          onChange={setDesk}
          clearable
          searchable
          data-testid="edit-desk"
        />
        <CallError error={call.error} shownFields={['day']} />
        <Group justify="flex-end">
          <Button type="submit" loading={call.busy} data-testid="edit-submit">
            {t('board.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CancelBody({ session, row, onDone }: { session: string; row: ReservationRow; onDone: () => void }) {
  const { t } = useTranslation();
  const call = useOfficerCall(session, 'reservations.cancel');
  const [reason, setReason] = useState('');
  const reasonError = call.fieldError('reason');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void call.run({ id: row.id, reason }).then((v) => v && onDone());
      }}
    >
      <Stack>
        <Textarea
          label={t('board.reason')}
          description={t('board.cancelReasonHint')}
          withAsterisk
          autosize
          minRows={2}
          maxLength={300}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError ? t(reasonError) : undefined}
          data-autofocus
          data-testid="cancel-reason"
        />
        <CallError error={call.error} shownFields={['reason']} />
        <Group justify="flex-end">
          <Button type="submit" color="red.9" loading={call.busy} data-testid="cancel-submit">
            {t('board.cancelSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
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
      {action === 'cancel' && <CancelBody session={session} row={row} onDone={onClose} />}
      {action === 'qr' && <QrBody session={session} row={row} />}
    </Modal>
  );
}

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
  const { t, i18n } = useTranslation();
  const call = useOfficerCall(session, 'reservations.create');
  const desks = useDeskChoices(session, false);
  const [form, setForm] = useState({ fullName: '', email: '', phone: '', day: today });
  const [desk, setDesk] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [made, setMade] = useState<{ token: string; firstName: string; day: string } | null>(null);
  // A field's error goes away once the officer changes that field, until the next submit.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const touch = (k: string) => setEdited((s) => new Set(s).add(k));
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [k]: value }));
    touch(k);
  };
  const err = (f: string) => {
    const key = edited.has(f) ? undefined : call.fieldError(f);
    return key ? t(key) : undefined;
  };
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  const close = () => {
    setForm({ fullName: '', email: '', phone: '', day: today });
    setDesk(null);
    setConsent(false);
    setMade(null);
    setEdited(new Set());
    call.reset();
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
          <TicketQr {...made} />
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
          onSubmit={(e) => {
            e.preventDefault();
            setEdited(new Set());
            void call
              .run({
                ...form,
                deskNumber: deskOrNull(desk),
                // The literal `true` is the contract's; an unticked box is sent so the core names the field.
                consent: consent as true,
              })
              .then((v) => {
                if (v) {
                  const first = v.reservation.fullName.split(' ')[0] ?? v.reservation.fullName;
                  setMade({ token: v.token, firstName: first, day: v.reservation.day });
                }
              });
          }}
        >
          <Stack>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('board.fullName')}
                withAsterisk
                value={form.fullName}
                onChange={set('fullName')}
                error={err('fullName')}
                maxLength={100}
                data-autofocus
                data-testid="new-fullName"
              />
              <TextInput
                label={t('board.email')}
                withAsterisk
                type="email"
                value={form.email}
                onChange={set('email')}
                error={err('email')}
                maxLength={254}
                data-testid="new-email"
              />
              <TextInput
                label={t('board.phone')}
                description={t('board.phoneHint')}
                withAsterisk
                type="tel"
                value={form.phone}
                onChange={set('phone')}
                error={err('phone')}
                maxLength={32}
                data-testid="new-phone"
              />
              <TextInput
                label={t('board.day')}
                withAsterisk
                type="date"
                min={today}
                description={isDay(form.day) ? formatDay(form.day, locale) : undefined}
                value={form.day}
                onChange={set('day')}
                error={err('day')}
                data-testid="new-day"
              />
              <Select
                label={t('board.deskOptional')}
                placeholder={t('board.deskAutoShort')}
                data={desks}
                value={desk}
                onChange={(v) => {
                  setDesk(v);
                  touch('deskNumber');
                }}
                clearable
                searchable
                error={err('deskNumber')}
                data-testid="new-desk"
              />
            </SimpleGrid>
            <Text size="sm" c="gray.8">
              {t('board.consentText')}
            </Text>
            <Checkbox
              label={t('board.consentVerbal')}
              checked={consent}
              onChange={(e) => {
                setConsent(e.currentTarget.checked);
                touch('consent');
              }}
              error={err('consent')}
              data-testid="new-consent"
            />
            <CallError
              error={call.error}
              shownFields={['fullName', 'email', 'phone', 'day', 'deskNumber', 'consent']}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('board.cancel')}
              </Button>
              <Button type="submit" loading={call.busy} data-testid="new-submit">
                {t('board.newSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
