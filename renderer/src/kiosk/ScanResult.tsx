import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanOutcome } from '../../../shared/contract';
import { formatTime, useAppInfo } from '../api/useAppInfo';
import { minutesLeft, StayNotice } from './StayNotice';

type Refused = Extract<ScanOutcome, { kind: 'refused' }>;
type CheckedIn = Extract<ScanOutcome, { kind: 'checked_in' }>;

/** Reasons where reserving again at the kiosk is the way forward (SOP 97 step 5). */
const CAN_REGISTER: ReadonlySet<Refused['reason']> = new Set([
  'malformed_code',
  'unknown_code',
  'wrong_day',
  'cancelled',
  'already_completed',
]);

function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

function formatWhen(at: number, timeZone: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}

/** A successful check-in: first name, desk and end time, large enough to read from a metre. */
export function CheckedInCard({ outcome, onDone }: { outcome: CheckedIn; onDone: () => void }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const tz = info?.timeZone ?? 'Asia/Pontianak';
  return (
    <Stack align="center" gap="lg" pt="xl" data-testid="scan-result" data-kind="checked_in">
      <Title order={1} fz={64} ta="center" elementtiming="scan-answer">
        {t('scan.welcome', { name: outcome.firstName })}
      </Title>
      <Text fz={40}>{t('scan.yourDesk')}</Text>
      <Text fz={200} fw={800} lh={1} c="blue.9" data-testid="scan-desk">
        {outcome.deskNumber}
      </Text>
      {outcome.deskChanged && (
        <Text fz={30} ta="center">
          {t('scan.deskChanged')}
        </Text>
      )}
      <Text fz={36} data-testid="scan-ends">
        {t('scan.until', { time: formatTime(outcome.endsAt, tz) })}
      </Text>
      <Text fz={30} ta="center" maw={900}>
        {outcome.lockerNumber ? t('scan.locker', { locker: outcome.lockerNumber }) : t('scan.lockerAsk')}
      </Text>
      <Button size="xl" h={88} fz={32} w={400} onClick={onDone} data-testid="scan-result-done">
        {t('scan.ok')}
      </Button>
    </Stack>
  );
}

/** A refused scan is never a dead end: the reason, and what to do next. */
export function RefusedCard({
  outcome,
  onRegister,
  onDone,
}: {
  outcome: Refused;
  onRegister: () => void;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  const tz = info?.timeZone ?? 'Asia/Pontianak';
  const params = {
    name: outcome.firstName ?? '',
    desk: outcome.deskNumber ?? '',
    locker: outcome.lockerNumber ?? '',
    time: outcome.endsAt ? formatTime(outcome.endsAt, tz) : '',
    day: outcome.day ? formatDay(outcome.day, i18n.language) : '',
    when: outcome.nextOpening ? formatWhen(outcome.nextOpening, tz, i18n.language) : '',
    holiday: outcome.holidayName ?? '',
  };
  const good = outcome.reason === 'already_checked_in' || outcome.reason === 'awaiting_check';
  return (
    <Stack
      align="center"
      gap="lg"
      pt="xl"
      maw={960}
      mx="auto"
      data-testid="scan-result"
      data-kind="refused"
      data-reason={outcome.reason}
    >
      <Title order={1} fz={56} ta="center" c={good ? 'blue.9' : 'red.9'} elementtiming="scan-answer">
        {t(`scan.refused.${outcome.reason}.title`, params)}
      </Title>
      <Text fz={34} ta="center" data-testid="scan-next-step">
        {t(`scan.refused.${outcome.reason}.next`, params)}
      </Text>
      {outcome.reason === 'already_checked_in' && outcome.endsAt && outcome.warning && (
        <StayNotice warning={outcome.warning} minutes={minutesLeft(outcome.at, outcome.endsAt)} />
      )}
      <Group grow w="100%">
        {CAN_REGISTER.has(outcome.reason) && (
          <Button size="xl" h={88} fz={30} onClick={onRegister} data-testid="scan-register">
            {t('kiosk.registerButton')}
          </Button>
        )}
        <Button
          size="xl"
          h={88}
          fz={30}
          variant={CAN_REGISTER.has(outcome.reason) ? 'default' : 'filled'}
          onClick={onDone}
          data-testid="scan-result-done"
        >
          {t('scan.ok')}
        </Button>
      </Group>
      {!good && (
        <Alert color="blue" variant="light" w="100%">
          <Text fz={26}>{t('scan.askOfficer')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
