// The rooms' public agenda on the kiosk (issue 13, kiosk-ui.md §4): the events scheduled in the
// office's rooms, today's first and large (time, room, organiser, subject), a day or a week at a
// time, with big previous/next buttons and pages instead of scrolling. Only what the public agenda
// gives ('requests.publicAgenda': scheduled events, the organising office and the subject, never a
// contact person), so nobody's name is on the public screen.
import { useState } from 'react';
import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { AgendaEvent } from '../../../../shared/contract';
import { colours } from '../../../../shared/theme/tokens';
import { useApiQuery } from '../../api/useApiQuery';
import { useDates } from '../../dates/useDates';
import {
  agendaRange,
  agendaRows,
  clockText,
  paginate,
  shiftDay,
  showsToday,
  type AgendaRow,
  type AgendaView,
  weekLabel,
} from './agendaPages';

/** An event as the public agenda sends it; the room's name when the agenda carries it, else its id. */
type PublicEvent = AgendaEvent & { readonly roomName?: string };

const K = 'requests.kiosk';
const cardStyle = { border: `2px solid ${colours.controlBorder}` };

export function KioskAgenda({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [view, setView] = useState<AgendaView>('day');
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  // A portrait panel holds three large cards under the title; a landscape one, with the list beside
  // the title and buttons, two.
  const tall = useMediaQuery('(min-height: 1400px)', true);
  const today = dates.today;
  const day = chosenDay ?? today;
  const range = day ? agendaRange(view, day) : null;
  const agenda = useApiQuery('requests.publicAgenda', range ?? { from: '2000-01-01', days: 1 }, {
    enabled: range !== null,
  });

  const go = (next: { view?: AgendaView; day?: string }) => {
    if (next.view) setView(next.view);
    if (next.day) setChosenDay(next.day);
    setPage(0);
  };
  const events = (agenda.data?.events ?? []) as PublicEvent[];
  const rows = agendaRows(events, view);
  const pages = paginate(rows, view === 'day' ? (tall ? 3 : 2) : tall ? 8 : 5);
  const shown = pages[Math.min(page, pages.length - 1)] ?? [];
  const clock = (hhmm: string) => clockText(hhmm, dates.lang);
  const heading = !range || !day ? '' : view === 'day' ? dates.day(day) : weekLabel(range.from, dates.lang);

  return (
    <div className="kiosk-step" data-beside="" data-testid="kiosk-agenda" data-view={view}>
      <Stack gap="sm" data-area="top">
        <Title order={1} fz="kioskH1">
          {t(`${K}.title`)}
        </Title>
        <Text size="kioskLead">{t(`${K}.lead`)}</Text>
        <Group gap="md" wrap="nowrap" align="baseline">
          <Title order={2} fz="kioskH2" data-testid="agenda-heading">
            {heading}
          </Title>
          {day && today && view === 'day' && day === today && (
            <Text size="kioskLead" fw={700} c="civic.8">
              {t(`${K}.today`)}
            </Text>
          )}
        </Group>
      </Stack>

      <Stack gap="md" data-area="middle" style={{ alignSelf: 'start' }}>
        {agenda.isPending && range ? (
          <Group gap="md" justify="center" py="xl">
            <Loader size="xl" aria-label={t(`${K}.loading`)} />
          </Group>
        ) : agenda.isError ? (
          <Stack gap="md" align="center" py="xl" role="alert">
            <Text size="kioskLead">{t(`${K}.failed`)}</Text>
            <Button size="kiosk" variant="default" onClick={() => void agenda.refetch()}>
              {t(`${K}.retry`)}
            </Button>
          </Stack>
        ) : rows.length === 0 ? (
          <Text size="kioskLead" ta="center" py="xl" data-testid="agenda-empty">
            {t(view === 'day' ? `${K}.emptyDay` : `${K}.emptyWeek`)}
          </Text>
        ) : (
          <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }} data-testid="agenda-list">
            {shown.map((row) => (
              <AgendaLine
                key={row.kind === 'day' ? `d-${row.day}` : row.event.id}
                row={row}
                view={view}
                clock={clock}
              />
            ))}
          </Stack>
        )}
        {pages.length > 1 && (
          <Group gap="md" justify="space-between" wrap="nowrap">
            <Button
              size="kiosk"
              variant="default"
              disabled={page === 0}
              onClick={() => setPage((p) => Math.max(0, p - 1))}
              data-testid="agenda-page-previous"
            >
              {t(`${K}.previousPage`)}
            </Button>
            <Text size="kiosk" fw={600} role="status">
              {t(`${K}.page`, { page: Math.min(page, pages.length - 1) + 1, pages: pages.length })}
            </Text>
            <Button
              size="kiosk"
              variant="default"
              disabled={page >= pages.length - 1}
              onClick={() => setPage((p) => Math.min(pages.length - 1, p + 1))}
              data-testid="agenda-page-next"
            >
              {t(`${K}.nextPage`)}
            </Button>
          </Group>
        )}
      </Stack>

      <Stack gap="md" data-area="bottom">
        <Group gap="md" grow role="group" aria-label={t(`${K}.viewLabel`)}>
          {(['day', 'week'] as const).map((v) => (
            <Button
              key={v}
              size="kiosk"
              variant={view === v ? 'filled' : 'default'}
              aria-pressed={view === v}
              onClick={() => go({ view: v })}
              data-testid={`agenda-view-${v}`}
            >
              {t(v === 'day' ? `${K}.viewDay` : `${K}.viewWeek`)}
            </Button>
          ))}
        </Group>
        {day && (
          <Group gap="md" grow>
            <Button
              size="kiosk"
              variant="default"
              onClick={() => go({ day: shiftDay(view, day, -1) })}
              data-testid="agenda-previous"
            >
              {t(view === 'day' ? `${K}.previousDay` : `${K}.previousWeek`)}
            </Button>
            <Button
              size="kiosk"
              variant="default"
              onClick={() => go({ day: shiftDay(view, day, 1) })}
              data-testid="agenda-next"
            >
              {t(view === 'day' ? `${K}.nextDay` : `${K}.nextWeek`)}
            </Button>
          </Group>
        )}
        {day && today && !showsToday(view, day, today) && (
          <Button size="kiosk" variant="light" onClick={() => go({ day: today })} data-testid="agenda-today">
            {t(`${K}.backToToday`)}
          </Button>
        )}
        <Button size="kioskPrimary" fullWidth onClick={onDone} data-testid="agenda-done">
          {t(`${K}.back`)}
        </Button>
      </Stack>
    </div>
  );
}

/** One line of the list: a day's heading (week view), or an event. */
function AgendaLine({
  row,
  view,
  clock,
}: {
  row: AgendaRow<PublicEvent>;
  view: AgendaView;
  clock: (hhmm: string) => string;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  if (row.kind === 'day')
    return (
      <li>
        <Title order={3} fz="kioskH3" mt="sm" data-testid="agenda-day">
          {dates.day(row.day)}
          {row.day === dates.today ? ` · ${t(`${K}.today`)}` : ''}
        </Title>
      </li>
    );
  const e = row.event;
  const room = e.roomName ?? e.slot.roomId;
  const time = `${clock(e.slot.start)}–${clock(e.slot.end)}`;
  const details = [room, e.participants ? t(`${K}.participants`, { count: e.participants }) : null]
    .filter(Boolean)
    .join(' · ');
  const large = view === 'day';
  return (
    <li>
      <Paper
        p={large ? 'lg' : 'md'}
        radius="lg"
        style={cardStyle}
        data-testid="agenda-event"
        data-event-id={e.id}
      >
        {large ? (
          // Today's events, large: the time first, then who, what and where.
          <Stack gap={4}>
            <Text
              fz="kioskH2"
              fw={800}
              c="civic.8"
              style={{ fontVariantNumeric: 'tabular-nums' }}
              data-testid="agenda-time"
            >
              {time}
            </Text>
            <EventWords e={e} details={details} large />
          </Stack>
        ) : (
          <Group gap="lg" wrap="nowrap" align="flex-start">
            <Text
              fz="kioskLead"
              fw={800}
              c="civic.8"
              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
              data-testid="agenda-time"
            >
              {time}
            </Text>
            <EventWords e={e} details={details} large={false} />
          </Group>
        )}
      </Paper>
    </li>
  );
}

function EventWords({ e, details, large }: { e: PublicEvent; details: string; large: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text fz={large ? 'kioskH3' : 'kiosk'} fw={700} lineClamp={2} data-testid="agenda-office">
        {e.office}
      </Text>
      <Text size={large ? 'kioskLead' : 'kiosk'} lineClamp={2} data-testid="agenda-subject">
        {e.subject}
      </Text>
      <Text size={large ? 'kiosk' : 'kioskSmall'} c="gray.8" data-testid="agenda-room">
        {details}
        {e.status === 'done' ? ` · ${t(`${K}.statusDone`)}` : ''}
      </Text>
    </Stack>
  );
}
