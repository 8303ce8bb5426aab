import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRequest,
  earliestEventDay,
  eventInstants,
  requiredFields,
  ruleMessageKeys,
  ruleMessageVariants,
  ruleNames,
  type RuleContext,
  type RuleFailure,
} from '../../../shared/requests/requestRules';
import {
  defaultRequestSettings,
  singkawangRequestSettings,
  type RequestType,
} from '../../../shared/requests/requestSettings';
import { defaultServiceCalendar, type ServiceCalendar } from '../../../shared/rules/siteCalendar';
import {
  addDaysIso,
  BASE_DAY,
  calendarArb,
  DAY,
  daysBetween,
  intake,
  minutesOfDay,
  servedOn,
  SPAN_DAYS,
  wib,
} from './support';

const typeOf = (id: string): RequestType =>
  [...defaultRequestSettings.types, ...singkawangRequestSettings.types].find((t) => t.id === id)!;
const roomLoan = typeOf('room_loan');
const visit = typeOf('visit');
const internetMeeting = typeOf('internet_meeting');
const application = typeOf('application');

const rooms = [
  ...defaultRequestSettings.rooms,
  ...singkawangRequestSettings.rooms,
  { id: 'gudang', name: 'Ruang Lama', capacity: 10, active: false },
];
const ctx = (enteredAt: number, calendar: ServiceCalendar = defaultServiceCalendar): RuleContext => ({
  calendar,
  rooms,
  enteredAt,
});
const rulesOf = (failures: RuleFailure[]) => failures.map((f) => f.rule);
const failure = (failures: RuleFailure[], rule: string) => failures.find((f) => f.rule === rule);

// Friday 4 December 2026, mid-morning in Pontianak.
const friday = wib('2026-12-04T10:00');

describe('the rules as a list', () => {
  it('names every rule once, each with the message key errors.requests.<rule>', () => {
    expect(new Set(ruleNames).size).toBe(ruleNames.length);
    for (const [rule, variants] of Object.entries(ruleMessageVariants)) {
      expect(ruleNames).toContain(rule);
      expect(variants.length).toBeGreaterThan(0);
    }
    expect(ruleMessageKeys).toContain('errors.requests.incomplete');
    expect(ruleMessageKeys).toContain('errors.requests.closedDay_holiday');
    expect(ruleMessageKeys).toContain('errors.requests.leadTime_letter_working');
    expect(ruleMessageKeys).toHaveLength(ruleNames.length + 4);
  });

  it('passes a complete Pontive room loan entered on Friday for Monday', () => {
    expect(checkRequest(intake(), roomLoan, ctx(friday))).toEqual([]);
  });

  it('lists every failure at once, each with its key, in the order of the rule names', () => {
    const bad = intake(
      {
        noBuffet: false,
        office: '',
        letter: { number: '1/2026', date: '2026-12-09', receivedOn: '2026-12-08' },
      },
      { day: '2026-12-05', start: '10:00', end: '09:00', participants: 90 },
    );
    const failures = checkRequest(bad, roomLoan, ctx(friday));
    expect(rulesOf(failures)).toEqual([
      'incomplete',
      'letterDateAfterReceipt',
      'letterFromTheFuture',
      'letterReceivedInTheFuture',
      'overCapacity',
      'endBeforeStart',
      'closedDay',
      'noBuffet',
    ]);
    for (const f of failures) expect(f.messageKey).toBe(`errors.requests.${f.rule}`);
    expect(rulesOf(failures).map((r) => ruleNames.indexOf(r))).toEqual(
      [...rulesOf(failures).map((r) => ruleNames.indexOf(r))].sort((a, b) => a - b),
    );
  });
});

describe('lead time: H-1 for Pontive (calendar days from the entry)', () => {
  it('accepts a Friday entry for Monday, and refuses Saturday as a closed day, not as too late', () => {
    expect(checkRequest(intake(), visit, ctx(friday))).toEqual([]);
    const saturday = checkRequest(intake({}, { day: '2026-12-05' }), visit, ctx(friday));
    expect(saturday).toEqual([
      {
        rule: 'closedDay',
        messageKey: 'errors.requests.closedDay',
        params: { day: '2026-12-05', reason: 'weekend' },
        fields: ['day'],
      },
    ]);
  });

  it('refuses the same day, naming the first day the requester can choose (Monday, not Saturday)', () => {
    const failures = checkRequest(intake({}, { day: '2026-12-04' }), visit, ctx(friday));
    expect(failures).toEqual([
      {
        rule: 'leadTime',
        messageKey: 'errors.requests.leadTime',
        params: { days: 1, earliest: '2026-12-07', basis: 'calendar', from: 'entered' },
        fields: ['day'],
      },
    ]);
  });

  it('takes the entry day in WIB, not in UTC', () => {
    // Thursday 23:30 WIB is Thursday 16:30 UTC: Friday is the day after.
    expect(checkRequest(intake({}, { day: '2026-12-04' }), visit, ctx(wib('2026-12-03T23:30')))).toEqual([]);
    // Friday 00:10 WIB is still Thursday 17:10 in UTC, but in Pontianak it is Friday: too late.
    expect(
      rulesOf(checkRequest(intake({}, { day: '2026-12-04' }), visit, ctx(wib('2026-12-04T00:10')))),
    ).toEqual(['leadTime']);
  });
});

describe('lead time: 3 days from the letter received (the Singkawang internet meeting)', () => {
  const meeting = (day: string) =>
    intake(
      {
        typeId: 'internet_meeting',
        letter: { number: '800/55/BKPSDM', date: '2026-12-04', receivedOn: '2026-12-07' },
      },
      { roomId: 'tcm', day, connectionTest: { day: '2026-12-08', time: '09:00' } },
    );
  const monday = wib('2026-12-07T09:00');

  it('accepts a letter received on Monday 7 December for Thursday 10 December', () => {
    expect(checkRequest(meeting('2026-12-10'), internetMeeting, ctx(monday))).toEqual([]);
  });

  it('refuses Wednesday 9 December, two days ahead, with the earliest day 10 December', () => {
    expect(checkRequest(meeting('2026-12-09'), internetMeeting, ctx(monday))).toEqual([
      {
        rule: 'leadTime',
        messageKey: 'errors.requests.leadTime',
        params: {
          days: 3,
          earliest: '2026-12-10',
          basis: 'calendar',
          from: 'letterReceived',
          context: 'letter',
        },
        fields: ['day'],
      },
    ]);
  });

  it('counts from the receipt, not from the day it is typed in', () => {
    // Typed in on Wednesday for Thursday: the letter came on Monday, so it is in time.
    expect(checkRequest(meeting('2026-12-10'), internetMeeting, ctx(wib('2026-12-09T14:00')))).toEqual([]);
  });

  it('needs the day of receipt to count from: reported missing, and no lead time guessed', () => {
    const noReceipt = intake(
      { typeId: 'internet_meeting', letter: { number: '800/55', date: '2026-12-04', receivedOn: null } },
      { roomId: 'tcm', day: '2026-12-08' },
    );
    const failures = checkRequest(noReceipt, internetMeeting, ctx(monday));
    expect(rulesOf(failures)).toEqual(['incomplete']);
    expect(failures[0]!.fields).toEqual(['letterReceivedOn']);
    // Even when the type itself does not list it as required.
    const lenient: RequestType = { ...internetMeeting, required: [] };
    expect(checkRequest(noReceipt, lenient, ctx(monday))[0]!.fields).toEqual(['letterReceivedOn']);
  });

  it('refuses an event already past even when the old letter met the lead time', () => {
    const late = intake(
      {
        typeId: 'internet_meeting',
        letter: { number: '800/55', date: '2026-11-20', receivedOn: '2026-11-23' },
      },
      { roomId: 'tcm', day: '2026-12-01', connectionTest: { day: '2026-11-30', time: '09:00' } },
    );
    expect(checkRequest(late, internetMeeting, ctx(monday))).toEqual([
      {
        rule: 'eventPast',
        messageKey: 'errors.requests.eventPast',
        params: { day: '2026-12-01' },
        fields: ['day', 'time'],
      },
    ]);
  });
});

describe('lead time in working days', () => {
  // Natal 2026 falls on Friday 25 December, with cuti bersama on Thursday 24.
  const christmas: ServiceCalendar = {
    ...defaultServiceCalendar,
    holidays: [
      { date: '2026-12-24', name: 'Cuti bersama Natal' },
      { date: '2026-12-25', name: 'Hari Raya Natal' },
    ],
  };
  const threeWorkingDays: RequestType = {
    ...roomLoan,
    leadTime: { days: 3, basis: 'working', from: 'entered' },
  };
  const entered = wib('2026-12-23T09:00'); // Wednesday

  it('skips the holidays and the weekend: Monday 28, Tuesday 29, Wednesday 30 December', () => {
    const tuesday = checkRequest(
      intake({}, { day: '2026-12-29' }),
      threeWorkingDays,
      ctx(entered, christmas),
    );
    expect(tuesday).toEqual([
      {
        rule: 'leadTime',
        messageKey: 'errors.requests.leadTime',
        params: { days: 3, earliest: '2026-12-30', basis: 'working', from: 'entered', context: 'working' },
        fields: ['day'],
      },
    ]);
    expect(
      checkRequest(intake({}, { day: '2026-12-30' }), threeWorkingDays, ctx(entered, christmas)),
    ).toEqual([]);
  });

  it('words the letter-and-working-days case with its own context', () => {
    const type: RequestType = {
      ...internetMeeting,
      leadTime: { days: 2, basis: 'working', from: 'letterReceived' },
    };
    const request = intake(
      { letter: { number: '1', date: '2026-12-22', receivedOn: '2026-12-23' } },
      { roomId: 'tcm', day: '2026-12-28', connectionTest: { day: '2026-12-28', time: '08:00' } },
    );
    const f = failure(checkRequest(request, type, ctx(entered, christmas)), 'leadTime');
    expect(f?.params).toMatchObject({ earliest: '2026-12-29', context: 'letter_working' });
  });
});

describe('missing and wrong data', () => {
  it('lists exactly the five fields left empty, in the form order, with their count', () => {
    const five = intake(
      {
        contactName: '',
        subject: '   ',
        letter: { number: '', date: '2026-12-01', receivedOn: null, file: null },
      },
      { participants: null },
    );
    const failures = checkRequest(five, roomLoan, ctx(friday));
    expect(failures).toEqual([
      {
        rule: 'incomplete',
        messageKey: 'errors.requests.incomplete',
        params: { count: 5 },
        fields: ['contactName', 'subject', 'letterNumber', 'letterFile', 'participants'],
      },
    ]);
    // The room loan requires the equipment: a list of blanks is missing too.
    const six = intake({}, { equipment: [''] });
    expect(checkRequest(six, roomLoan, ctx(friday))[0]!.fields).toEqual(['equipment']);
  });

  it('always needs a room, a day and both times for a room request', () => {
    const lenient: RequestType = { ...roomLoan, required: [] };
    const f = checkRequest(intake({}, { roomId: null, day: null, end: null }), lenient, ctx(friday));
    expect(f).toEqual([
      {
        rule: 'incomplete',
        messageKey: 'errors.requests.incomplete',
        params: { count: 3 },
        fields: ['room', 'day', 'time'],
      },
    ]);
    expect(requiredFields(application)).toEqual([
      'office',
      'contactName',
      'contactPhone',
      'subject',
      'letterNumber',
      'letterDate',
      'letterFile',
    ]);
  });

  it('refuses a buffet not confirmed', () => {
    expect(checkRequest(intake({ noBuffet: false }), roomLoan, ctx(friday))).toEqual([
      { rule: 'noBuffet', messageKey: 'errors.requests.noBuffet', fields: ['noBuffet'] },
    ]);
    // Singkawang's type does not ask for it.
    const meeting = intake(
      { noBuffet: false, letter: { number: '1', date: '2026-12-01', receivedOn: '2026-12-01' } },
      { roomId: 'tcm' },
    );
    expect(checkRequest(meeting, internetMeeting, ctx(friday))).toEqual([]);
  });

  it('refuses impossible dates instead of guessing them', () => {
    const f = checkRequest(
      intake(
        { letter: { number: '1', date: '2026-02-30', receivedOn: '2026-12-01' } },
        { day: '2026-12-32' },
      ),
      roomLoan,
      ctx(friday),
    );
    expect(rulesOf(f)).toEqual(['dateInvalid']);
    expect(f[0]!.fields).toEqual(['letterDate', 'day']);
  });

  it('refuses letter dates that cannot be right', () => {
    const f = checkRequest(
      intake({ letter: { number: '1', date: '2026-12-03', receivedOn: '2026-12-02' } }),
      roomLoan,
      ctx(friday),
    );
    expect(f).toEqual([
      {
        rule: 'letterDateAfterReceipt',
        messageKey: 'errors.requests.letterDateAfterReceipt',
        params: { letterDate: '2026-12-03', receivedOn: '2026-12-02' },
        fields: ['letterDate', 'letterReceivedOn'],
      },
    ]);
    const future = checkRequest(
      intake({ letter: { number: '1', date: '2026-12-05', receivedOn: null } }),
      roomLoan,
      ctx(friday),
    );
    expect(future).toEqual([
      {
        rule: 'letterFromTheFuture',
        messageKey: 'errors.requests.letterFromTheFuture',
        params: { letterDate: '2026-12-05', today: '2026-12-04' },
        fields: ['letterDate'],
      },
    ]);
  });
});

describe('the room and the time', () => {
  it('refuses an unknown room, a room no longer lent, and more people than the room holds', () => {
    expect(checkRequest(intake({}, { roomId: 'aula' }), roomLoan, ctx(friday))).toEqual([
      {
        rule: 'roomUnknown',
        messageKey: 'errors.requests.roomUnknown',
        params: { room: 'aula' },
        fields: ['room'],
      },
    ]);
    expect(
      rulesOf(checkRequest(intake({}, { roomId: 'gudang', participants: 11 }), roomLoan, ctx(friday))),
    ).toEqual(['roomInactive', 'overCapacity']);
    expect(
      failure(checkRequest(intake({}, { participants: 41 }), roomLoan, ctx(friday)), 'overCapacity'),
    ).toEqual({
      rule: 'overCapacity',
      messageKey: 'errors.requests.overCapacity',
      params: { participants: 41, capacity: 40, room: 'Ruang Pontive Center' },
      fields: ['participants', 'room'],
    });
    expect(checkRequest(intake({}, { participants: 40 }), roomLoan, ctx(friday))).toEqual([]);
  });

  it('refuses an end at or before the start, and an event over 12 hours', () => {
    expect(
      failure(
        checkRequest(intake({}, { start: '10:00', end: '10:00' }), roomLoan, ctx(friday)),
        'endBeforeStart',
      ),
    ).toMatchObject({ params: { start: '10.00', end: '10.00' }, fields: ['time'] });
    const allDay: ServiceCalendar = { ...defaultServiceCalendar, opensAt: '00:00', closesAt: '23:59' };
    const long = checkRequest(intake({}, { start: '06:00', end: '18:01' }), roomLoan, ctx(friday, allDay));
    expect(rulesOf(long)).toEqual(['tooLong']);
    expect(long[0]!.params).toEqual({ hours: 12 });
    expect(checkRequest(intake({}, { start: '06:00', end: '18:00' }), roomLoan, ctx(friday, allDay))).toEqual(
      [],
    );
  });

  it('keeps the event with its setting up and clearing within service hours', () => {
    // Pontive: 30 minutes to set up, 15 to clear, hours 07:00–15:45.
    expect(checkRequest(intake({}, { start: '07:30', end: '15:30' }), roomLoan, ctx(friday))).toEqual([]);
    for (const [start, end] of [
      ['07:29', '09:00'],
      ['13:00', '15:31'],
      ['16:00', '17:00'],
    ] as const) {
      expect(checkRequest(intake({}, { start, end }), roomLoan, ctx(friday))).toEqual([
        {
          rule: 'outsideHours',
          messageKey: 'errors.requests.outsideHours',
          params: {
            opensAt: '07.00',
            closesAt: '15.45',
            earliestStart: '07.30',
            latestEnd: '15.30',
            setupMinutes: 30,
            clearMinutes: 15,
          },
          fields: ['time'],
        },
      ]);
    }
  });

  it('names the holiday a day falls on', () => {
    const cal: ServiceCalendar = {
      ...defaultServiceCalendar,
      holidays: [{ date: '2026-12-07', name: 'Libur daerah' }],
    };
    expect(checkRequest(intake(), roomLoan, ctx(friday, cal))).toEqual([
      {
        rule: 'closedDay',
        messageKey: 'errors.requests.closedDay',
        params: { day: '2026-12-07', reason: 'holiday', holiday: 'Libur daerah', context: 'holiday' },
        fields: ['day'],
      },
    ]);
    const unnamed: ServiceCalendar = { ...defaultServiceCalendar, holidays: [{ date: '2026-12-07' }] };
    expect(checkRequest(intake(), roomLoan, ctx(friday, unnamed))[0]!.params).toEqual({
      day: '2026-12-07',
      reason: 'holiday',
    });
  });

  it('wants the connection test before the event starts', () => {
    const vc = typeOf('video_conference');
    expect(
      checkRequest(intake({}, { connectionTest: { day: '2026-12-07', time: '08:59' } }), vc, ctx(friday)),
    ).toEqual([]);
    expect(
      checkRequest(intake({}, { connectionTest: { day: '2026-12-07', time: '09:00' } }), vc, ctx(friday)),
    ).toEqual([
      {
        rule: 'connectionTestAfterStart',
        messageKey: 'errors.requests.connectionTestAfterStart',
        params: { day: '2026-12-07', start: '09.00' },
        fields: ['connectionTest'],
      },
    ]);
  });

  it('checks no slot for an application request, but still its letter and its fields', () => {
    const app = intake(
      { typeId: 'application', letter: { number: '', date: '2026-12-10', receivedOn: null, file: null } },
      { roomId: 'nowhere', day: '2026-12-05', start: '23:00', end: '01:00', participants: 999 },
    );
    const f = checkRequest(app, application, ctx(friday));
    expect(rulesOf(f)).toEqual(['incomplete', 'letterFromTheFuture']);
    expect(f[0]!.fields).toEqual(['letterNumber', 'letterFile']);
    expect(earliestEventDay(app, application, ctx(friday))).toBe('2026-12-04');
  });

  it('places the event in the site zone', () => {
    expect(eventInstants({ day: '2026-12-07', start: '09:00', end: '11:00' }, 'Asia/Pontianak')).toEqual({
      start: wib('2026-12-07T09:00'),
      end: wib('2026-12-07T11:00'),
    });
    expect(eventInstants({ day: '2026-12-07', start: '09:00', end: '11:00' }, 'Asia/Jayapura')!.start).toBe(
      wib('2026-12-07T07:00'),
    );
    expect(eventInstants({ day: null, start: '09:00', end: '11:00' }, 'Asia/Pontianak')).toBeNull();
  });
});

describe('lead time against a day-by-day count (random calendars)', () => {
  /** Oracle: the first day the lead time allows, counting forward one day at a time. */
  const oracleEarliest = (
    cal: ServiceCalendar,
    reference: string,
    days: number,
    working: boolean,
  ): string => {
    let day = reference;
    let counted = 0;
    while (counted < days) {
      day = addDaysIso(day, 1);
      if (!working || servedOn(cal, day)) counted++;
    }
    return day;
  };

  it('fails exactly when the event comes before the counted day, and names the first open day after it', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('calendar', 'working'),
        fc.constantFrom('entered', 'letterReceived'),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: -3, max: 30 }),
        fc.integer({ min: 0, max: DAY - 1 }),
        (cal, days, basis, from, refOffset, eventOffset, timeOfDay) => {
          const type: RequestType = {
            ...internetMeeting,
            required: [],
            setupMinutes: 0,
            clearMinutes: 0,
            leadTime: { days, basis, from },
          };
          const reference = addDaysIso(BASE_DAY, refOffset);
          const eventDay = addDaysIso(reference, eventOffset);
          // Entered on the reference day (from 'entered') or on a day after the letter came.
          const enteredAt = wib(`${reference}T00:00`) + timeOfDay + (from === 'entered' ? 0 : 2 * DAY);
          const request = intake(
            { letter: { number: '1', date: reference, receivedOn: reference } },
            { roomId: 'tcm', day: eventDay, start: cal.opensAt, end: cal.closesAt, connectionTest: null },
          );
          const failures = checkRequest(request, type, { calendar: cal, rooms, enteredAt });
          const earliest = oracleEarliest(cal, reference, days, basis === 'working');
          const lead = failure(failures, 'leadTime');
          expect(lead !== undefined).toBe(eventDay < earliest);
          if (lead) {
            // The first service day at or after the lead time's day (and not before the entry's day).
            const today = addDaysIso(reference, from === 'entered' ? 0 : 2);
            let open = earliest > today ? earliest : today;
            while (!servedOn(cal, open)) open = addDaysIso(open, 1);
            expect(lead.params).toMatchObject({ days, earliest: open });
            expect(daysBetween(eventDay, open)).toBeGreaterThan(0);
          }
          // A day not served is refused as closed, whatever the lead time says.
          expect(failure(failures, 'closedDay') !== undefined).toBe(!servedOn(cal, eventDay));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('service hours against minute arithmetic (random calendars)', () => {
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

  it('refuses exactly the events whose setting up or clearing leaves the hours, on service days only', () => {
    fc.assert(
      fc.property(
        calendarArb,
        fc.integer({ min: 0, max: SPAN_DAYS }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (cal, dayOffset, a, b, setupMinutes, clearMinutes) => {
          const day = addDaysIso(BASE_DAY, dayOffset);
          const type: RequestType = { ...roomLoan, required: [], setupMinutes, clearMinutes };
          const request = intake({}, { day, start: hhmm(a), end: hhmm(b) });
          const failures = checkRequest(request, type, {
            calendar: cal,
            rooms,
            enteredAt: wib('2026-10-01T08:00'),
          });
          const opens = minutesOfDay(cal.opensAt);
          const closes = minutesOfDay(cal.closesAt);
          const outside =
            servedOn(cal, day) && b > a && (a - setupMinutes < opens || b + clearMinutes > closes);
          expect(failure(failures, 'outsideHours') !== undefined).toBe(outside);
          expect(failure(failures, 'endBeforeStart') !== undefined).toBe(b <= a);
          expect(failure(failures, 'tooLong') !== undefined).toBe(b - a > 12 * 60);
        },
      ),
      { numRuns: 300 },
    );
  });
});
