// The kiosk's answer to a booked event's QR (issue 13): a participant counted in, big ("Selamat
// datang, peserta ke-12") with the event's subject, organiser, room and time; or, kindly, why not
// (the event is another day, not scheduled, or the code is not known) and where to get help. Never
// a dead end; like the other scan answers it goes home by itself after a visible countdown.
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanOutcome } from '../../../../shared/contract';
import { CheckIcon, InfoIcon } from '../../components/icons';
import { useDates } from '../../dates/useDates';
import { ResultCountdown } from '../../kiosk/ResultCountdown';
import { clockText } from './agendaPages';

export type EventAttendanceOutcome = Extract<ScanOutcome, { kind: 'event_attendance' }>;

const K = 'requests.kiosk';

export function AttendanceResult({
  outcome,
  onDone,
  onTimeout = onDone,
}: {
  outcome: EventAttendanceOutcome;
  onDone(): void;
  /** When the countdown ends untouched (the kiosk's reset: home, in Indonesian); else as "Oke". */
  onTimeout?: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const counted = outcome.result === 'counted';
  // A counted scan is today's event (the outcome names no day); another day's names only its day.
  const day = outcome.day ?? (counted ? dates.today : null);
  const start = outcome.start ? clockText(outcome.start, dates.lang) : null;
  const end = outcome.end ? clockText(outcome.end, dates.lang) : null;
  const when =
    day && start && end
      ? t(`${K}.when`, { day: dates.day(day), start, end })
      : day
        ? dates.day(day)
        : start && end
          ? t(`${K}.at`, { start, end })
          : null;
  // "Selamat datang, peserta ke-12": the count never broken over two lines.
  const title = counted ? (
    <>
      {t(`${K}.counted`)}{' '}
      <span style={{ whiteSpace: 'nowrap' }}>
        {t(`${K}.countedOrdinal`, { ordinal: outcome.ordinal ?? 1 })}
      </span>
    </>
  ) : outcome.result === 'not_today' ? (
    t(`${K}.notTodayTitle`)
  ) : outcome.result === 'not_scheduled' ? (
    t(`${K}.notScheduledTitle`)
  ) : (
    t(`${K}.unknownTitle`)
  );
  const next = counted
    ? t(`${K}.countedHint`)
    : outcome.result === 'not_today' && when
      ? t(`${K}.notTodayNext`, { when })
      : outcome.result === 'unknown'
        ? t(`${K}.unknownNext`)
        : t(`${K}.notScheduledNext`);
  // Counted is good news; another day is a way forward (amber); the rest is for the desk to sort out.
  const colour = counted ? 'teal.9' : outcome.result === 'not_today' ? 'orange.9' : 'civic.8';

  return (
    <div
      className="kiosk-step"
      data-testid="scan-result"
      data-kind="event_attendance"
      data-result={outcome.result}
    >
      <Stack align="center" gap="md" data-area="top">
        {counted ? (
          <CheckIcon size={96} color="var(--mantine-color-teal-9)" />
        ) : (
          <InfoIcon size={72} color={`var(--mantine-color-${colour.replace('.', '-')})`} />
        )}
        <Title
          order={1}
          fz={counted ? 'kioskDisplay' : 'kioskH1'}
          ta="center"
          c={colour}
          elementtiming="scan-answer"
          data-testid="attendance-title"
        >
          {title}
        </Title>
        <Text size="kioskLead" ta="center" data-testid="scan-next-step">
          {next}
        </Text>
      </Stack>

      {(outcome.subject || outcome.office || outcome.roomName || when) && (
        <Stack gap="sm" data-area="middle" align="center" data-testid="attendance-event">
          {outcome.subject && (
            <Text fz="kioskH2" fw={700} ta="center" lineClamp={3}>
              {outcome.subject}
            </Text>
          )}
          {outcome.office && (
            <Text size="kioskLead" ta="center">
              {`${t(`${K}.office`)}: ${outcome.office}`}
            </Text>
          )}
          {outcome.roomName && (
            <Text size="kioskLead" ta="center" fw={600}>
              {`${t(`${K}.room`)}: ${outcome.roomName}`}
            </Text>
          )}
          {when && (
            <Text size="kioskLead" ta="center" data-testid="attendance-when">
              {when}
            </Text>
          )}
        </Stack>
      )}

      <Stack gap="md" data-area="bottom">
        <Button size="kioskPrimary" fullWidth onClick={onDone} data-testid="scan-result-done">
          {t(`${K}.ok`)}
        </Button>
        {!counted && (
          <Text size="kiosk" ta="center" className="kiosk-info">
            {t(`${K}.askOfficer`)}
          </Text>
        )}
        <ResultCountdown onTimeout={onTimeout} />
      </Stack>
    </div>
  );
}
