// The kiosk's public agenda as pages: which days a view covers (one day, or the week from its
// Monday), moving a view back and forth, and the rows of a view cut into pages that each fit the
// portrait screen without scrolling (kiosk-ui.md §2.9), a day's heading never left alone at the
// bottom of a page. Pure, so test/renderer/requests/kioskAgenda.test.ts checks it.
import { addDays, isoWeekdayOf } from '../../../../shared/rules/siteCalendar';

export type AgendaView = 'day' | 'week';

/** What the agenda needs of an event (the public agenda's events carry more). */
export interface AgendaItem {
  readonly id: string;
  readonly slot: {
    readonly roomId: string;
    readonly day: string;
    readonly start: string;
    readonly end: string;
  };
}

/** The Monday of `day`'s ISO week. */
export const weekStart = (day: string): string => addDays(day, 1 - isoWeekdayOf(day));

/** The days a view of `day` asks the agenda for. */
export function agendaRange(view: AgendaView, day: string): { from: string; days: number } {
  return view === 'day' ? { from: day, days: 1 } : { from: weekStart(day), days: 7 };
}

/** The day a view shows after a tap on "previous" (-1) or "next" (+1). */
export const shiftDay = (view: AgendaView, day: string, direction: -1 | 1): string =>
  addDays(view === 'day' ? day : weekStart(day), direction * (view === 'day' ? 1 : 7));

/** Whether the view of `day` is the one that holds `today`. */
export const showsToday = (view: AgendaView, day: string, today: string): boolean =>
  view === 'day' ? day === today : weekStart(day) === weekStart(today);

/** 'HH:MM' as the language writes a time: "09.00" in Indonesian, "09:00" in English. */
export const clockText = (hhmm: string, lang: 'id' | 'en'): string =>
  lang === 'id' ? hhmm.replace(':', '.') : hhmm;

export type AgendaRow<E extends AgendaItem> =
  { readonly kind: 'day'; readonly day: string } | { readonly kind: 'event'; readonly event: E };

/** A view's rows in time order: the week's events under the heading of their day; a day's events alone. */
export function agendaRows<E extends AgendaItem>(events: readonly E[], view: AgendaView): AgendaRow<E>[] {
  const sorted = [...events].sort(
    (a, b) =>
      (a.slot.day + a.slot.start).localeCompare(b.slot.day + b.slot.start) ||
      a.slot.roomId.localeCompare(b.slot.roomId) ||
      a.id.localeCompare(b.id),
  );
  if (view === 'day') return sorted.map((event) => ({ kind: 'event', event }));
  const rows: AgendaRow<E>[] = [];
  let day: string | null = null;
  for (const event of sorted) {
    if (event.slot.day !== day) {
      day = event.slot.day;
      rows.push({ kind: 'day', day });
    }
    rows.push({ kind: 'event', event });
  }
  return rows;
}

/**
 * The rows cut into pages of at most `perPage` rows. A day's heading that would end a page starts the
 * next one instead, and a page that begins in the middle of a day repeats that day's heading, so every
 * event is read under its day.
 */
export function paginate<E extends AgendaItem>(
  rows: readonly AgendaRow<E>[],
  perPage: number,
): AgendaRow<E>[][] {
  const size = Math.max(2, Math.floor(perPage));
  const pages: AgendaRow<E>[][] = [];
  let page: AgendaRow<E>[] = [];
  let currentDay: string | null = null;
  for (const row of rows) {
    const full = page.length >= size || (row.kind === 'day' && page.length >= size - 1);
    if (full) {
      pages.push(page);
      page = row.kind === 'event' && currentDay !== null ? [{ kind: 'day', day: currentDay }] : [];
    }
    if (row.kind === 'day') currentDay = row.day;
    page.push(row);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** A week's span as the language writes it: "23–29 November 2026", "30 November – 6 Desember 2026". */
export function weekLabel(from: string, lang: 'id' | 'en'): string {
  const format = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const span = format.formatRange(
    Date.parse(`${from}T00:00:00Z`),
    Date.parse(`${addDays(from, 6)}T00:00:00Z`),
  );
  // ICU spaces the dash with thin spaces; the screen's font and the tests read plain ones.
  return span.replace(/[\u2009\u202f]/g, ' ');
}
