// Where each event sits on the agenda's time grid: the rows are the service hours (07:00–15:45 from
// the site's calendar), an event's block (with its setting up and clearing) is placed by its minutes,
// and events whose blocks overlap share the column side by side in lanes, so none hides another.
// Pure, so test/renderer/requests/agendaGrid.test.ts checks it.
import { addDays, isoWeekdayOf } from '../../../shared/rules/siteCalendar';
import { hhmmOf, minutesOf } from './requestsText';

export interface GridEventInput {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  readonly blockStart: string;
  readonly blockEnd: string;
}

export interface PlacedEvent<E extends GridEventInput> {
  readonly event: E;
  /** The block (set-up to clearing) from the grid's top and its height, in % of the grid. */
  readonly blockTop: number;
  readonly blockHeight: number;
  /** The event itself inside the block, in % of the block's height. */
  readonly innerTop: number;
  readonly innerHeight: number;
  /** Its lane among the events it overlaps, and how many lanes that group has. */
  readonly lane: number;
  readonly lanes: number;
}

export interface GridHours {
  /** The first and last minute the grid shows (the day's opening and closing, widened to fit events). */
  readonly from: number;
  readonly to: number;
  /** The whole hours drawn as rules ("07.00", "08.00" …). */
  readonly hours: readonly number[];
}

/** The grid's span: the service hours, widened to any event that starts earlier or ends later. */
export function gridHours(opensAt: string, closesAt: string, events: readonly GridEventInput[]): GridHours {
  let from = minutesOf(opensAt);
  let to = minutesOf(closesAt);
  if (Number.isNaN(from) || Number.isNaN(to) || to <= from) [from, to] = [7 * 60, 15 * 60 + 45];
  for (const e of events) {
    const s = minutesOf(e.blockStart);
    const t = minutesOf(e.blockEnd);
    if (!Number.isNaN(s)) from = Math.min(from, s);
    if (!Number.isNaN(t)) to = Math.max(to, t);
  }
  const hours: number[] = [];
  for (let h = Math.ceil(from / 60) * 60; h <= to; h += 60) hours.push(h);
  return { from, to, hours };
}

/** The position of a minute on the grid, in % from its top. */
export const gridPercent = (minute: number, hours: GridHours): number =>
  ((minute - hours.from) / (hours.to - hours.from)) * 100;

/**
 * Places a column's events: sorted by their block's start, each takes the first lane free at that
 * time; a group of events that overlap one another (directly or through a chain) shares its lane
 * count, so their widths line up.
 */
export function placeEvents<E extends GridEventInput>(
  events: readonly E[],
  hours: GridHours,
): PlacedEvent<E>[] {
  const sorted = [...events]
    .filter((e) => !Number.isNaN(minutesOf(e.blockStart)) && !Number.isNaN(minutesOf(e.blockEnd)))
    .sort((a, b) => minutesOf(a.blockStart) - minutesOf(b.blockStart) || a.id.localeCompare(b.id));
  const placed: { event: E; lane: number; group: number }[] = [];
  const groupLanes: number[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -1;
  for (const event of sorted) {
    const start = minutesOf(event.blockStart);
    const end = Math.max(start + 1, minutesOf(event.blockEnd));
    if (start >= groupEnd) {
      // Nothing still running: a new group starts with free lanes.
      groupLanes.push(0);
      laneEnds = [];
    }
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    groupEnd = Math.max(start >= groupEnd ? end : groupEnd, end);
    const group = groupLanes.length - 1;
    groupLanes[group] = Math.max(groupLanes[group]!, lane + 1);
    placed.push({ event, lane, group });
  }
  return placed.map(({ event, lane, group }) => {
    const blockStart = minutesOf(event.blockStart);
    const blockEnd = Math.max(blockStart + 1, minutesOf(event.blockEnd));
    const start = Math.max(blockStart, minutesOf(event.start));
    const end = Math.min(blockEnd, Math.max(start, minutesOf(event.end)));
    const blockMinutes = blockEnd - blockStart;
    return {
      event,
      blockTop: gridPercent(blockStart, hours),
      blockHeight: gridPercent(blockEnd, hours) - gridPercent(blockStart, hours),
      innerTop: ((start - blockStart) / blockMinutes) * 100,
      innerHeight: ((end - start) / blockMinutes) * 100,
      lane,
      lanes: groupLanes[group]!,
    };
  });
}

/** The Monday of the week a day is in. */
export const weekStart = (day: string): string => addDays(day, 1 - isoWeekdayOf(day));

/** `count` days from `from`. */
export const daysFrom = (from: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addDays(from, i));

/** The hour rules' labels: "07.00". */
export const hourLabel = (minute: number, lang: 'id' | 'en'): string =>
  lang === 'id' ? hhmmOf(minute).replace(':', '.') : hhmmOf(minute);
