// May this request go ahead? One answer for the desk (typed in from a letter or Srikandi), the portal
// (filled in by the requester) and the screens, so a request meets the same rules wherever it comes
// in. Every rule is a named check with its own message, and every failure is listed, not only the
// first: "incomplete or wrong data makes the request fail" (the Singkawang SOP) with the list of what
// is missing or wrong.
//
// The rules, in the order they are reported:
// - incomplete: the type's required fields (and the few its own rules cannot do without) left empty;
// - dateInvalid: a date that is no calendar date (2026-02-30);
// - letterDateAfterReceipt, letterFromTheFuture, letterReceivedInTheFuture: a letter's dates that
//   cannot be right;
// - for a room request only (an application request has no room and no time): roomUnknown,
//   roomInactive, overCapacity, endBeforeStart, tooLong (over 12 hours), connectionTestAfterStart,
//   closedDay (a weekend or holiday), outsideHours (the event with its setting up and clearing must lie
//   within the day's service hours), leadTime (H-1 for Pontive, 3 days from the letter's receipt for
//   internet meetings: days counted as the type sets), eventPast (an event that has already begun);
// - noBuffet: the requester has not confirmed that no buffet food (prasmanan) will be served.
//
// Messages are i18next keys `errors.requests.<rule>` with `params`. Two rules word their message by
// the case: their params carry i18next's `context` ('holiday' for a named holiday; 'working',
// 'letter', 'letter_working' for the lead time's basis), which picks `<rule>_<context>` and falls back
// to `<rule>` where the catalogue has no such variant. Day params are ISO dates 'YYYY-MM-DD' (listed in
// `failureDayParams`) for the screen to write the Indonesian way; time params are 'HH.MM'.
// Pure: no node:, no DOM.
import { DateTime } from 'luxon';
import {
  addDays,
  dayBounds,
  holidayOn,
  isIsoDate,
  isServiceDay,
  localDay,
  type ServiceCalendar,
} from '../rules/siteCalendar';
import type { RequestIntake } from './intake';
import {
  requestFieldIds,
  type LeadTime,
  type RequestFieldId,
  type RequestType,
  type Room,
} from './requestSettings';

export const ruleNames = [
  'incomplete',
  'dateInvalid',
  'letterDateAfterReceipt',
  'letterFromTheFuture',
  'letterReceivedInTheFuture',
  'roomUnknown',
  'roomInactive',
  'overCapacity',
  'endBeforeStart',
  'tooLong',
  'connectionTestAfterStart',
  'closedDay',
  'outsideHours',
  'leadTime',
  'eventPast',
  'noBuffet',
] as const;
export type RuleName = (typeof ruleNames)[number];

/** What a failure points at on the form: a request field, or the no-buffet confirmation. */
export type RuleField = RequestFieldId | 'noBuffet';

export type RuleFailure = {
  rule: RuleName;
  /** `errors.requests.<rule>` */
  messageKey: string;
  params?: Record<string, string | number>;
  fields: RuleField[];
};

export type RuleContext = {
  calendar: ServiceCalendar;
  rooms: readonly Room[];
  /** When the request was entered (typed in at the desk, sent from the portal), epoch ms. */
  enteredAt: number;
};

/** The params that hold a day 'YYYY-MM-DD', for the screen to format as "10 Desember 2026". */
export const failureDayParams = ['day', 'earliest', 'letterDate', 'receivedOn', 'today'] as const;

/** The context variants the messages have beside `errors.requests.<rule>`, for the catalogue test. */
export const ruleMessageVariants = {
  closedDay: ['holiday'],
  leadTime: ['working', 'letter', 'letter_working'],
} as const satisfies Partial<Record<RuleName, readonly string[]>>;

/** Every message key the rules can send: `errors.requests.<rule>` and each `<rule>_<context>` variant. */
export const ruleMessageKeys: readonly string[] = ruleNames.flatMap((rule) => [
  `errors.requests.${rule}`,
  ...((ruleMessageVariants as Partial<Record<RuleName, readonly string[]>>)[rule] ?? []).map(
    (variant) => `errors.requests.${rule}_${variant}`,
  ),
]);

/** An event may last at most this long (a day's meeting, not a booking of the room for days). */
export const MAX_EVENT_MINUTES = 12 * 60;

const fail = (
  rule: RuleName,
  fields: RuleField[],
  params?: Record<string, string | number>,
): RuleFailure => ({
  rule,
  messageKey: `errors.requests.${rule}`,
  ...(params === undefined ? {} : { params }),
  fields,
});

const blank = (s: string): boolean => s.trim() === '';

/** Whether the intake leaves a field empty. */
export function isFieldEmpty(intake: RequestIntake, field: RequestFieldId): boolean {
  const { letter, event } = intake;
  switch (field) {
    case 'office':
    case 'contactName':
    case 'contactPhone':
    case 'contactEmail':
    case 'subject':
      return blank(intake[field]);
    case 'letterNumber':
      return blank(letter.number);
    case 'letterDate':
      return letter.date === null;
    case 'letterReceivedOn':
      return letter.receivedOn === null;
    case 'letterFile':
      return letter.file === null;
    case 'room':
      return event.roomId === null || blank(event.roomId);
    case 'day':
      return event.day === null;
    case 'time':
      return event.start === null || event.end === null;
    case 'participants':
      return event.participants === null;
    case 'layout':
      return blank(event.layout);
    case 'equipment':
      return event.equipment.every(blank);
    case 'application':
      return blank(event.application);
    case 'connectionTest':
      return event.connectionTest === null;
  }
}

/**
 * The fields a request of this type must have: the type's `required`, and for a room request also
 * the room, day and time (without them it can be neither scheduled nor checked for clashes) and, when
 * its lead time counts from the letter's receipt, the day the letter was received. In the order of
 * `requestFieldIds` (the form's order).
 */
export function requiredFields(type: RequestType): RequestFieldId[] {
  const fields = new Set<RequestFieldId>(type.required);
  if (type.kind === 'room') {
    fields.add('room').add('day').add('time');
    if (type.leadTime.from === 'letterReceived') fields.add('letterReceivedOn');
  }
  return requestFieldIds.filter((f) => fields.has(f));
}

/** 'HH:MM' minutes of the day as 'HH.MM', the Indonesian way of writing a time. */
const dotted = (minutes: number): string => {
  const m = Math.max(0, Math.min(24 * 60, minutes));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}.${String(m % 60).padStart(2, '0')}`;
};
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of a local day and time 'HH:MM' in the zone. */
function instantOf(day: string, hhmm: string, timeZone: string): number {
  return DateTime.fromISO(`${day}T${hhmm}`, { zone: timeZone }).toMillis();
}

/** The event's start and end as epoch ms, when its day and times are given and the day is a date. */
export function eventInstants(
  event: Pick<RequestIntake['event'], 'day' | 'start' | 'end'>,
  timeZone: string,
): { start: number; end: number } | null {
  if (event.day === null || event.start === null || event.end === null || !isIsoDate(event.day)) return null;
  return {
    start: instantOf(event.day, event.start, timeZone),
    end: instantOf(event.day, event.end, timeZone),
  };
}

/**
 * The first day an event may take place, `lead.days` days after the reference day: calendar days
 * count dates (H-1: the day after); working days count only service days after the reference day,
 * so the first allowed day is the `days`-th service day after it. Zero days: the reference day.
 */
export function leadTimeEarliestDay(lead: LeadTime, referenceDay: string, calendar: ServiceCalendar): string {
  if (lead.basis === 'calendar' || lead.days === 0) return addDays(referenceDay, lead.days);
  // Every 7 days hold an open weekday and each holiday closes at most one, so 7·(days + holidays)
  // days hold at least `days` service days.
  const limit = 7 * (lead.days + calendar.holidays.length) + 7;
  let counted = 0;
  let day = referenceDay;
  for (let i = 0; i < limit; i++) {
    day = addDays(day, 1);
    if (isServiceDay(day, calendar) && ++counted === lead.days) return day;
  }
  throw new RangeError('the calendar has no service days to count');
}

/** The day the lead time counts from: the entry's day in the site's zone, or the letter's receipt. */
export function leadTimeReferenceDay(
  intake: RequestIntake,
  type: RequestType,
  ctx: Pick<RuleContext, 'calendar' | 'enteredAt'>,
): string | null {
  if (type.leadTime.from === 'entered') return localDay(ctx.enteredAt, ctx.calendar.timeZone);
  const received = intake.letter.receivedOn;
  return received !== null && isIsoDate(received) ? received : null;
}

/** The first service day on or after `day` (a lead time may end on a weekend). */
export function firstServiceDayFrom(day: string, calendar: ServiceCalendar): string {
  const limit = 7 * (calendar.holidays.length + 1) + 1;
  for (let i = 0, d = day; i < limit; i++, d = addDays(d, 1)) if (isServiceDay(d, calendar)) return d;
  throw new RangeError('the calendar has no service days');
}

/**
 * The first day this request's event may take place: a service day that meets the lead time and is
 * not before the entry's day (what the free slots offered start from), or null when the lead time
 * cannot be counted (no day of receipt).
 */
export function earliestEventDay(
  intake: RequestIntake,
  type: RequestType,
  ctx: Pick<RuleContext, 'calendar' | 'enteredAt'>,
): string | null {
  const reference = leadTimeReferenceDay(intake, type, ctx);
  if (reference === null) return null;
  const byLeadTime = leadTimeEarliestDay(type.leadTime, reference, ctx.calendar);
  const today = localDay(ctx.enteredAt, ctx.calendar.timeZone);
  return firstServiceDayFrom(byLeadTime > today ? byLeadTime : today, ctx.calendar);
}

const leadTimeContext = (lead: LeadTime): string | undefined => {
  const letter = lead.from === 'letterReceived';
  const working = lead.basis === 'working';
  if (letter && working) return 'letter_working';
  if (letter) return 'letter';
  if (working) return 'working';
  return undefined;
};

/** Every rule the request breaks, in the order of `ruleNames`; empty when it may go ahead. */
export function checkRequest(intake: RequestIntake, type: RequestType, ctx: RuleContext): RuleFailure[] {
  const failures: RuleFailure[] = [];
  const { calendar } = ctx;
  const { letter, event } = intake;
  const today = localDay(ctx.enteredAt, calendar.timeZone);

  const missing = requiredFields(type).filter((f) => isFieldEmpty(intake, f));
  if (missing.length > 0) failures.push(fail('incomplete', missing, { count: missing.length }));

  const invalidDates: RequestFieldId[] = [];
  const validDay = (day: string | null, field: RequestFieldId): string | null => {
    if (day === null) return null;
    if (isIsoDate(day)) return day;
    invalidDates.push(field);
    return null;
  };
  const letterDate = validDay(letter.date, 'letterDate');
  const receivedOn = validDay(letter.receivedOn, 'letterReceivedOn');
  const room = type.kind === 'room';
  const day = room ? validDay(event.day, 'day') : null;
  // A connection test counts only for a type that has one (an internet meeting, a video conference).
  const tested = room && (type.connectionTest || type.required.includes('connectionTest'));
  const testDay =
    tested && event.connectionTest ? validDay(event.connectionTest.day, 'connectionTest') : null;
  if (invalidDates.length > 0) failures.push(fail('dateInvalid', invalidDates));

  if (letterDate !== null && receivedOn !== null && letterDate > receivedOn)
    failures.push(
      fail('letterDateAfterReceipt', ['letterDate', 'letterReceivedOn'], { letterDate, receivedOn }),
    );
  if (letterDate !== null && letterDate > today)
    failures.push(fail('letterFromTheFuture', ['letterDate'], { letterDate, today }));
  if (receivedOn !== null && receivedOn > today)
    failures.push(fail('letterReceivedInTheFuture', ['letterReceivedOn'], { receivedOn, today }));

  if (room) checkSlot(intake, type, ctx, day, testDay, failures);

  if (type.requireNoBuffet && !intake.noBuffet) failures.push(fail('noBuffet', ['noBuffet']));
  return failures;
}

/** The rules of a room request's slot: the room, the times, the day, the lead time. */
function checkSlot(
  intake: RequestIntake,
  type: RequestType,
  ctx: RuleContext,
  day: string | null,
  testDay: string | null,
  failures: RuleFailure[],
): void {
  const { calendar } = ctx;
  const { event } = intake;

  if (event.roomId !== null && !blank(event.roomId)) {
    const room = ctx.rooms.find((r) => r.id === event.roomId);
    if (room === undefined) failures.push(fail('roomUnknown', ['room'], { room: event.roomId }));
    else {
      if (!room.active) failures.push(fail('roomInactive', ['room'], { room: room.name }));
      if (event.participants !== null && event.participants > room.capacity)
        failures.push(
          fail('overCapacity', ['participants', 'room'], {
            participants: event.participants,
            capacity: room.capacity,
            room: room.name,
          }),
        );
    }
  }

  // 'HH:MM' strings of one day compare as times do.
  const timesGiven = event.start !== null && event.end !== null;
  const timesInOrder = timesGiven && event.end! > event.start!;
  if (timesGiven && !timesInOrder)
    failures.push(
      fail('endBeforeStart', ['time'], {
        start: dotted(minutesOf(event.start!)),
        end: dotted(minutesOf(event.end!)),
      }),
    );
  if (timesInOrder && minutesOf(event.end!) - minutesOf(event.start!) > MAX_EVENT_MINUTES)
    failures.push(fail('tooLong', ['time'], { hours: MAX_EVENT_MINUTES / 60 }));

  if (testDay !== null && day !== null && event.start !== null) {
    const test = event.connectionTest!;
    if (`${testDay}T${test.time}` >= `${day}T${event.start}`)
      failures.push(
        fail('connectionTestAfterStart', ['connectionTest'], { day, start: dotted(minutesOf(event.start)) }),
      );
  }

  if (day === null) return;
  const serviceDay = isServiceDay(day, calendar);
  if (!serviceDay) {
    const holiday = holidayOn(day, calendar);
    if (holiday === undefined) failures.push(fail('closedDay', ['day'], { day, reason: 'weekend' }));
    else if (holiday.name === undefined)
      failures.push(fail('closedDay', ['day'], { day, reason: 'holiday' }));
    else
      failures.push(
        fail('closedDay', ['day'], { day, reason: 'holiday', holiday: holiday.name, context: 'holiday' }),
      );
  }

  const span = timesInOrder ? eventInstants(event, calendar.timeZone) : null;
  if (serviceDay && span !== null) {
    const { opensAt, closesAt } = dayBounds(day, calendar);
    const setup = type.setupMinutes * 60_000;
    const clear = type.clearMinutes * 60_000;
    if (span.start - setup < opensAt || span.end + clear > closesAt)
      failures.push(
        fail('outsideHours', ['time'], {
          opensAt: dotted(minutesOf(calendar.opensAt)),
          closesAt: dotted(minutesOf(calendar.closesAt)),
          earliestStart: dotted(minutesOf(calendar.opensAt) + type.setupMinutes),
          latestEnd: dotted(minutesOf(calendar.closesAt) - type.clearMinutes),
          setupMinutes: type.setupMinutes,
          clearMinutes: type.clearMinutes,
        }),
      );
  }

  // The lead time counts from a day the rules trust; a missing or impossible receipt day is already
  // reported (incomplete, dateInvalid).
  const reference = leadTimeReferenceDay(intake, type, ctx);
  let leadTimeFailed = false;
  if (reference !== null) {
    if (day < leadTimeEarliestDay(type.leadTime, reference, calendar)) {
      leadTimeFailed = true;
      const context = leadTimeContext(type.leadTime);
      failures.push(
        fail('leadTime', ['day'], {
          days: type.leadTime.days,
          // The first day the requester can actually choose: met by the lead time, open, not past.
          earliest: earliestEventDay(intake, type, ctx)!,
          basis: type.leadTime.basis,
          from: type.leadTime.from,
          ...(context === undefined ? {} : { context }),
        }),
      );
    }
  }
  // An event already begun, where the lead time did not say so (it counts from an old letter, or
  // allows the same day).
  const startsAt = event.start === null ? null : instantOf(day, event.start, calendar.timeZone);
  if (!leadTimeFailed && startsAt !== null && startsAt <= ctx.enteredAt)
    failures.push(fail('eventPast', ['day', 'time'], { day }));
}
