import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanOutcome } from '../../../shared/contract';
import { CheckIcon, InfoIcon } from '../components/icons';
import { useDates } from '../dates/useDates';
import { DeskFinder } from './DeskFinder';
import { ResultCountdown } from './ResultCountdown';
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
/** Hard stops are red; a way forward is amber; the rest (you are in, we open at 07.00) is plain news. */
const HARD_STOP: ReadonlySet<Refused['reason']> = new Set(['system_error', 'no_free_desk']);
const GOOD: ReadonlySet<Refused['reason']> = new Set(['already_checked_in', 'awaiting_check']);

/**
 * A successful check-in (kiosk-ui.md §4): first name, the desk number large, then where it is (the
 * room map, a frame later), the end time, the locker, and a visible way home. The headline and the
 * number are painted from the reply, with nothing else in the way.
 */
export function CheckedInCard({
  outcome,
  onDone,
  onTimeout,
}: {
  outcome: CheckedIn;
  onDone: () => void;
  onTimeout: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <div className="kiosk-step" data-beside data-testid="scan-result" data-kind="checked_in">
      <Stack align="center" gap="sm" data-area="top">
        <CheckIcon size={72} color="var(--mantine-color-teal-9)" />
        <Title order={1} fz="kioskH1" ta="center" elementtiming="scan-answer">
          {t('scan.welcome', { name: outcome.firstName })}
        </Title>
        <Text size="kioskLead">{t('scan.yourDesk')}</Text>
        <Text fz="kioskNumber" fw={800} lh={1} c="civic.8" data-testid="scan-desk">
          {outcome.deskNumber}
        </Text>
        {outcome.deskChanged && (
          <Text size="kiosk" ta="center">
            {t('scan.deskChanged')}
          </Text>
        )}
      </Stack>
      <DeskFinder desk={outcome.deskNumber} />
      <Stack align="center" gap="md" data-area="bottom">
        <Text size="kioskLead" fw={600} data-testid="scan-ends">
          {t('scan.until', { time: dates.time(outcome.endsAt) })}
        </Text>
        <Text size="kiosk" ta="center">
          {outcome.lockerNumber ? t('scan.locker', { locker: outcome.lockerNumber }) : t('scan.lockerAsk')}
        </Text>
        <Button size="kioskPrimary" fullWidth onClick={onDone} data-testid="scan-result-done">
          {t('scan.ok')}
        </Button>
        <ResultCountdown onTimeout={onTimeout} />
      </Stack>
    </div>
  );
}

/** A refused scan is never a dead end: the reason, and what to do next. */
export function RefusedCard({
  outcome,
  onRegister,
  onDone,
  onTimeout,
}: {
  outcome: Refused;
  onRegister: () => void;
  onDone: () => void;
  onTimeout: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const params = {
    name: outcome.firstName ?? '',
    desk: outcome.deskNumber ?? '',
    locker: outcome.lockerNumber ?? '',
    time: outcome.endsAt ? dates.time(outcome.endsAt) : '',
    day: outcome.day ? dates.day(outcome.day) : '',
    when: outcome.nextOpening ? dates.weekdayTime(outcome.nextOpening) : '',
    holiday: outcome.holidayName ?? '',
  };
  const good = GOOD.has(outcome.reason);
  const canRegister = CAN_REGISTER.has(outcome.reason);
  const colour = HARD_STOP.has(outcome.reason) ? 'red.9' : canRegister ? 'orange.9' : 'civic.8';
  const deskShown = outcome.reason === 'already_checked_in' ? outcome.deskNumber : undefined;
  return (
    <div
      className="kiosk-step"
      data-beside={deskShown !== undefined ? '' : undefined}
      data-testid="scan-result"
      data-kind="refused"
      data-reason={outcome.reason}
    >
      <Stack align="center" gap="md" data-area="top">
        {good ? (
          <CheckIcon size={72} color="var(--mantine-color-civic-8)" />
        ) : (
          <InfoIcon size={72} color={`var(--mantine-color-${colour.replace('.', '-')})`} />
        )}
        <Title order={1} fz="kioskH1" ta="center" c={colour} elementtiming="scan-answer">
          {t(`scan.refused.${outcome.reason}.title`, params)}
        </Title>
        <Text size="kioskLead" ta="center" data-testid="scan-next-step">
          {t(`scan.refused.${outcome.reason}.next`, params)}
        </Text>
        {outcome.reason === 'already_checked_in' && outcome.endsAt && outcome.warning && (
          <StayNotice warning={outcome.warning} minutes={minutesLeft(outcome.at, outcome.endsAt)} />
        )}
      </Stack>
      {deskShown !== undefined && <DeskFinder desk={deskShown} />}
      <Stack gap="md" data-area="bottom">
        {canRegister && (
          <Button size="kioskPrimary" fullWidth onClick={onRegister} data-testid="scan-register">
            {t('kiosk.registerButton')}
          </Button>
        )}
        <Button
          size={canRegister ? 'kiosk' : 'kioskPrimary'}
          fullWidth
          variant={canRegister ? 'default' : 'filled'}
          onClick={onDone}
          data-testid="scan-result-done"
        >
          {t('scan.ok')}
        </Button>
        {!good && (
          <Text size="kiosk" className="kiosk-info">
            {t('scan.askOfficer')}
          </Text>
        )}
        <ResultCountdown onTimeout={onTimeout} />
      </Stack>
    </div>
  );
}

type AssetLabel = Extract<ScanOutcome, { kind: 'asset_label' }>;

/**
 * A visitor scanned an equipment label (issue 12), not a ticket: said kindly, with the way forward
 * (their ticket's QR, or registering), never a dead end.
 */
export function AssetLabelCard({
  outcome,
  onRegister,
  onDone,
  onTimeout,
}: {
  outcome: AssetLabel;
  onRegister: () => void;
  onDone: () => void;
  onTimeout: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-step" data-testid="scan-result" data-kind="asset_label">
      <Stack align="center" gap="md" data-area="top">
        <InfoIcon size={72} color="var(--mantine-color-civic-8)" />
        <Title order={1} fz="kioskH1" ta="center" c="civic.8" elementtiming="scan-answer">
          {t('inventory.scan.kioskTitle')}
        </Title>
        <Text size="kioskLead" ta="center">
          {t('inventory.scan.kioskBody')}
          {outcome.name ? ` ${t('inventory.scan.kioskItem', { name: outcome.name })}` : ''}
        </Text>
        <Text size="kioskLead" ta="center" data-testid="scan-next-step">
          {t('inventory.scan.kioskNext')}
        </Text>
      </Stack>
      <Stack gap="md" data-area="bottom">
        <Button size="kioskPrimary" fullWidth onClick={onDone} data-testid="scan-result-done">
          {t('scan.ok')}
        </Button>
        <Button size="kiosk" fullWidth variant="default" onClick={onRegister} data-testid="scan-register">
          {t('kiosk.registerButton')}
        </Button>
        <ResultCountdown onTimeout={onTimeout} />
      </Stack>
    </div>
  );
}
