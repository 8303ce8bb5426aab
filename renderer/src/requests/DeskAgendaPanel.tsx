// The officer's agenda tab: the rooms' day (a column per room) or week (a column per service day) on
// a time grid over the service hours, each event's blocked set-up and clearing time shaded around it;
// beside it today's events with their preparation tasks (due and done) and the attendance counted.
// Previous/next, "Hari ini" and the room filter are large enough to touch.
import { useState } from 'react';
import {
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery, useViewportSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { AgendaEvent } from '../../../shared/contract/requests';
import { addDays, isoWeekdayOf } from '../../../shared/rules/siteCalendar';
import { useApiQuery } from '../api/useApiQuery';
import { useDates } from '../dates/useDates';
import { FormError } from '../forms/FormError';
import {
  daysFrom,
  gridHours,
  gridPercent,
  hourLabel,
  placeEvents,
  weekStart,
  type GridHours,
} from './agendaGrid';
import { roomName, useRefreshEvery, useRequestSettings } from './RequestBits';
import { cssColour, STATUS_COLOR, timeRangeText } from './requestsText';

type View = 'day' | 'week';

/**
 * The grid's height: the screen's height less the bands above it (and, on a portrait monitor, today's
 * list below it), so an hour is about 80 px at 1920×1080 and about 140 px at 1080×1920.
 */
const gridHeight = (viewportHeight: number, wide: boolean) =>
  Math.max(560, viewportHeight - (wide ? 390 : 680));

export function DeskAgendaPanel({ session }: { session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const today = dates.today;
  const settings = useRequestSettings(session);
  const rules = useApiQuery('settings.rules.get', {});
  const [view, setView] = useState<View>('day');
  const [anchor, setAnchor] = useState<string | null>(null);
  const [roomId, setRoomId] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const day = anchor ?? today;
  const from = day ? (view === 'week' ? weekStart(day) : day) : null;
  const days = view === 'week' ? 7 : 1;
  const agenda = useApiQuery(
    'requests.agenda',
    { from: from ?? '2000-01-01', days, ...(roomId ? { roomId } : {}) },
    { session, enabled: from !== null, keepPrevious: true },
  );
  useRefreshEvery(60_000, agenda.refetch);
  const events = agenda.data?.events ?? [];
  const pickedEvent = events.find((e) => e.id === picked) ?? null;
  const rooms = (settings.data?.rooms ?? []).filter((r) => r.active && (!roomId || r.id === roomId));
  const calendar = rules.data?.calendar;
  const openDays = new Set<number>(calendar?.openDays ?? [1, 2, 3, 4, 5]);
  const hours = gridHours(calendar?.opensAt ?? '07:00', calendar?.closesAt ?? '15:45', events.map(gridInput));
  const step = (n: number) => day && setAnchor(addDays(day, n * days));

  const columns: { key: string; label: string; sub?: string; events: AgendaEvent[]; today: boolean }[] =
    view === 'day'
      ? rooms.map((r) => ({
          key: r.id,
          label: r.name,
          sub: t('requests.agenda.capacity', { count: r.capacity }),
          events: events.filter((e) => e.slot.roomId === r.id),
          today: false,
        }))
      : daysFrom(from ?? '2000-01-01', 7)
          .filter((d) => openDays.has(isoWeekdayOf(d)) || events.some((e) => e.slot.day === d))
          .map((d) => ({
            key: d,
            label: dates.day(d).split(',')[0] ?? d,
            sub: dates.dayShort(d),
            events: events.filter((e) => e.slot.day === d),
            today: d === today,
          }));

  return (
    <div data-testid="agenda-panel">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          <Button size="lg" variant="default" onClick={() => step(-1)} data-testid="agenda-prev">
            ‹ {view === 'day' ? t('requests.agenda.prevDay') : t('requests.agenda.prevWeek')}
          </Button>
          <Button size="lg" variant="default" onClick={() => setAnchor(null)} data-testid="agenda-today">
            {t('requests.agenda.today')}
          </Button>
          <Button size="lg" variant="default" onClick={() => step(1)} data-testid="agenda-next">
            {view === 'day' ? t('requests.agenda.nextDay') : t('requests.agenda.nextWeek')} ›
          </Button>
          <Title order={2} size="h3" data-testid="agenda-title">
            {from
              ? view === 'day'
                ? dates.day(from)
                : t('requests.agenda.weekOf', {
                    from: dates.dayShort(from),
                    to: dates.dayShort(addDays(from, 6)),
                  })
              : ''}
          </Title>
        </Group>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <SegmentedControl
            size="lg"
            value={view}
            onChange={(v) => setView(v as View)}
            data={[
              { value: 'day', label: t('requests.agenda.day') },
              { value: 'week', label: t('requests.agenda.week') },
            ]}
            aria-label={t('requests.agenda.view')}
            data-testid="agenda-view"
          />
          <Select
            size="lg"
            aria-label={t('requests.agenda.room')}
            placeholder={t('requests.agenda.allRooms')}
            data={(settings.data?.rooms ?? [])
              .filter((r) => r.active)
              .map((r) => ({ value: r.id, label: r.name }))}
            value={roomId}
            onChange={setRoomId}
            clearable
            w={300}
            data-testid="agenda-room"
          />
        </Group>
      </Group>
      <FormError error={agenda.error?.appError ?? settings.error?.appError} testId="agenda-error" />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: 9 }}>
          <TimeGrid
            hours={hours}
            columns={columns}
            settingsRooms={settings.data}
            showRoom={view === 'week'}
            onPick={setPicked}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 3 }}>
          {pickedEvent && (
            <EventCard
              event={pickedEvent}
              roomLabel={roomName(settings.data, pickedEvent.slot.roomId)}
              onClose={() => setPicked(null)}
            />
          )}
          <TodayList session={session} />
        </Grid.Col>
      </Grid>
    </div>
  );
}

const gridInput = (e: AgendaEvent) => ({
  id: e.id,
  start: e.slot.start,
  end: e.slot.end,
  blockStart: e.blockStart,
  blockEnd: e.blockEnd,
});

function TimeGrid({
  hours,
  columns,
  settingsRooms,
  showRoom,
  onPick,
}: {
  hours: GridHours;
  columns: { key: string; label: string; sub?: string; events: AgendaEvent[]; today: boolean }[];
  settingsRooms: Parameters<typeof roomName>[0];
  showRoom: boolean;
  /** An event tapped or chosen with Enter: its whole card beside the grid. */
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const { height: viewportHeight } = useViewportSize();
  const wide = useMediaQuery('(min-width: 88em)', true);
  const height = gridHeight(viewportHeight || 1080, wide);
  if (columns.length === 0)
    return (
      <Text c="gray.8" data-testid="agenda-no-rooms">
        {t('requests.agenda.noRooms')}
      </Text>
    );
  return (
    <Paper withBorder p="xs" data-testid="agenda-grid">
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `64px repeat(${columns.length}, minmax(0, 1fr))`,
          gap: 6,
        }}
      >
        <div />
        {columns.map((c) => (
          <div key={c.key} style={{ textAlign: 'center' }} data-testid="agenda-column-head">
            <Text fw={700} size="sm" c={c.today ? 'civic.8' : undefined} lineClamp={1}>
              {c.label}
            </Text>
            {c.sub && (
              <Text size="sm" c="gray.8">
                {c.sub}
              </Text>
            )}
          </div>
        ))}
        <div style={{ position: 'relative', height }}>
          {hours.hours.map((m) => (
            <Text
              key={m}
              size="sm"
              c="gray.8"
              className="tabular"
              style={{ position: 'absolute', top: `calc(${gridPercent(m, hours)}% - 10px)`, right: 6 }}
            >
              {hourLabel(m, dates.lang)}
            </Text>
          ))}
        </div>
        {columns.map((c) => (
          <div
            key={c.key}
            style={{
              position: 'relative',
              height,
              borderRadius: 6,
              background: c.today ? 'var(--mantine-color-civic-0)' : 'var(--mantine-color-gray-0)',
              border: '1px solid var(--mantine-color-gray-4)',
            }}
            data-testid="agenda-column"
            data-key={c.key}
          >
            {hours.hours.map((m) => (
              <div
                key={m}
                aria-hidden
                style={{
                  position: 'absolute',
                  left: 0,
                  right: 0,
                  top: `${gridPercent(m, hours)}%`,
                  borderTop: '1px solid var(--mantine-color-gray-3)',
                }}
              />
            ))}
            {placeEvents(
              c.events.map((e) => ({ ...gridInput(e), agenda: e })),
              hours,
            ).map((p) => {
              const e = p.event.agenda;
              const width = 100 / p.lanes;
              return (
                <div
                  key={e.id}
                  data-testid="agenda-event"
                  data-reference={e.reference}
                  data-status={e.status}
                  role="button"
                  tabIndex={0}
                  onClick={() => onPick(e.id)}
                  onKeyDown={(k) => {
                    if (k.key === 'Enter' || k.key === ' ') {
                      k.preventDefault();
                      onPick(e.id);
                    }
                  }}
                  style={{
                    cursor: 'pointer',
                    position: 'absolute',
                    top: `${p.blockTop}%`,
                    height: `${p.blockHeight}%`,
                    left: `calc(${p.lane * width}% + 2px)`,
                    width: `calc(${width}% - 4px)`,
                    // The room is blocked for setting up and clearing: hatched, the event itself solid.
                    background:
                      'repeating-linear-gradient(135deg, var(--mantine-color-gray-3) 0 6px, var(--mantine-color-gray-1) 6px 12px)',
                    borderRadius: 6,
                  }}
                >
                  <div
                    style={{
                      position: 'absolute',
                      top: `${p.innerTop}%`,
                      height: `${p.innerHeight}%`,
                      left: 0,
                      right: 0,
                      overflow: 'hidden',
                      borderRadius: 6,
                      padding: '4px 6px',
                      color: 'white',
                      background: cssColour(STATUS_COLOR[e.status]),
                    }}
                  >
                    <Text size="sm" fw={700} c="white" className="tabular" lineClamp={1}>
                      {timeRangeText(e.slot.start, e.slot.end, dates.lang)}
                      {showRoom ? '' : ` · ${e.reference}`}
                    </Text>
                    <Text size="sm" fw={600} c="white" lineClamp={1}>
                      {e.office}
                    </Text>
                    <Text size="sm" c="white" lineClamp={2}>
                      {showRoom ? roomName(settingsRooms, e.slot.roomId) : e.subject}
                    </Text>
                  </div>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <Group gap="md" mt="xs">
        <Group gap={6}>
          <span
            aria-hidden
            style={{
              width: 28,
              height: 16,
              borderRadius: 4,
              background:
                'repeating-linear-gradient(135deg, var(--mantine-color-gray-3) 0 6px, var(--mantine-color-gray-1) 6px 12px)',
            }}
          />
          <Text size="sm" c="gray.8">
            {t('requests.agenda.blockedLegend')}
          </Text>
        </Group>
      </Group>
    </Paper>
  );
}

/** Today's events on the officer's board: preparation due and done, attendance so far. */
function TodayList({ session }: { session: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const today = dates.today;
  const agenda = useApiQuery(
    'requests.agenda',
    { from: today ?? '2000-01-01', days: 1 },
    { session, enabled: today !== null },
  );
  const events = [...(agenda.data?.events ?? [])].sort((a, b) => a.slot.start.localeCompare(b.slot.start));
  return (
    <Paper withBorder p="md" data-testid="agenda-today-list">
      <Title order={3} size="h4" mb="sm">
        {t('requests.agenda.todayTitle')}
      </Title>
      {events.length === 0 ? (
        <Text c="gray.8" size="sm">
          {t('requests.agenda.todayEmpty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {events.map((e) => {
            const open = e.tasksDue.filter((x) => !e.tasksDone.includes(x));
            return (
              <Paper key={e.id} p="sm" bg="gray.0" data-testid="today-event" data-reference={e.reference}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text fw={700} className="tabular">
                    {timeRangeText(e.slot.start, e.slot.end, dates.lang)}
                  </Text>
                  <Text size="sm" fw={700} ff="monospace">
                    {e.reference}
                  </Text>
                </Group>
                <Text size="sm" fw={600} lineClamp={1}>
                  {e.office}
                </Text>
                <Text size="sm" lineClamp={2}>
                  {e.subject}
                </Text>
                <Group gap={6} mt={6}>
                  {e.tasksDue.map((task) => {
                    const done = e.tasksDone.includes(task);
                    return (
                      <Badge
                        key={task}
                        variant={done ? 'filled' : 'outline'}
                        color={done ? 'teal.9' : 'red.9'}
                        data-testid="today-task"
                        data-done={done}
                      >
                        {done ? '✓ ' : '○ '}
                        {t(`requests.agenda.task.${task}`)}
                      </Badge>
                    );
                  })}
                </Group>
                <Text size="sm" mt={4} className="tabular" data-testid="today-attendance">
                  {t('requests.agenda.attendance', { count: e.attendance, expected: e.participants ?? '—' })}
                  {open.length > 0 ? ` · ${t('requests.agenda.tasksOpen', { count: open.length })}` : ''}
                </Text>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}

/** One event whole (the week's blocks are narrow): time, room, office, subject, preparation, attendance. */
function EventCard({
  event: e,
  roomLabel,
  onClose,
}: {
  event: AgendaEvent;
  roomLabel: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <Paper withBorder p="md" mb="md" data-testid="agenda-event-card" data-reference={e.reference}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={700} size="sm" ff="monospace">
          {e.reference}
        </Text>
        <Button variant="default" size="compact-md" onClick={onClose} data-testid="agenda-event-close">
          {t('requests.detail.close')}
        </Button>
      </Group>
      <Text fw={700} className="tabular" mt={4}>
        {dates.day(e.slot.day)} · {timeRangeText(e.slot.start, e.slot.end, dates.lang)}
      </Text>
      <Text size="sm">{roomLabel}</Text>
      <Text size="sm" fw={600} mt={4}>
        {e.office}
      </Text>
      <Text size="sm">{e.subject}</Text>
      <Text size="sm" c="gray.8" mt={4} className="tabular">
        {t('requests.agenda.blocked', {
          from: timeRangeText(e.blockStart, e.blockEnd, dates.lang),
        })}
      </Text>
      <Group gap={6} mt={6}>
        {e.tasksDue.map((task) => {
          const done = e.tasksDone.includes(task);
          return (
            <Badge key={task} variant={done ? 'filled' : 'outline'} color={done ? 'teal.9' : 'red.9'}>
              {done ? '✓ ' : '○ '}
              {t(`requests.agenda.task.${task}`)}
            </Badge>
          );
        })}
      </Group>
      <Text size="sm" mt={4} className="tabular">
        {t('requests.agenda.attendance', { count: e.attendance, expected: e.participants ?? '—' })}
      </Text>
    </Paper>
  );
}
