// The reports of requests as the office files them, with the monthly recap's machinery
// (shared/documents: renderReportPdf and renderWorkbook take what these build): the list of visits
// and loans of a period, the monthly room-loan report, the quarterly visit report, the yearly
// Pontive operations report and the yearly report of application requests (DOMAIN.md §2 and §4).
// Built only from plain data the core passes in (the records, the period, the settings), so the
// kiosk and the server make the same bytes. Pure: no node:, no DOM (types only from shared/documents).
import type { ChartSpec } from '../charts/chartSpec';
import type { RequestReportKind } from '../contract/requests';
import type { DocNode, ReportDocumentInput, Signer, TableCell } from '../documents/reportDocument';
import type { WorkbookInput, WorkbookSheet } from '../documents/reportWorkbook';
import {
  formatLongDate,
  formatMinutes,
  formatMonth,
  formatNumber,
  formatQuarter,
  type DocLang,
} from '../documents/format';
import { requestStatus, type RequestRecord, type RequestStatus, type Slot } from './requestRecord';
import type { RequestType } from './requestSettings';
import {
  clock,
  requestTypeOf,
  requestWords,
  roomName,
  timeRange,
  type RequestDocumentContext,
  type RequestWords,
} from './requestWords';

/** The period a report covers; `from` and `to` are calendar days in the site's zone, both included. */
export interface RequestReportPeriod {
  readonly kind: 'month' | 'quarter' | 'year' | 'range';
  /** '2026-12', '2026-Q4', '2026'; for a range, anything (the dates are printed). */
  readonly key: string;
  readonly from: string;
  readonly to: string;
}

/** Who signs a report: the preparer on the right, "Mengetahui," the reviewer on the left. */
export interface RequestReportSigner {
  readonly name: string;
  /** 18 digits for a civil servant; null for a non-ASN officer (no NIP line). */
  readonly nip: string | null;
}

export interface RequestReportInput {
  readonly period: RequestReportPeriod;
  /**
   * The site's requests; a superset is fine: each report keeps those of its period (a room
   * request by its event's day, the agreed slot else the one asked for; an application by the day
   * its letter was received, else entered).
   */
  readonly records: readonly RequestRecord[];
  /** Complaints filed in the period (the complaints domain's count), for the yearly operations report. */
  readonly complaintsFiled?: number | null;
  /** When the report is made (epoch ms): its date line and the PDF's dates. */
  readonly madeAt: number;
  readonly preparedBy: RequestReportSigner | null;
  readonly reviewedBy?: RequestReportSigner | null;
}

/** What a room request is, for the operations report: a visit, a video conference or online meeting, or a room loan. */
export type RoomActivity = 'visit' | 'videoConference' | 'loan';

/** By the type's settings, never its id: the visit service standard, a connection test, else a loan. */
export function activityOf(type: RequestType | null): RoomActivity {
  if (type?.serviceId === 'pontive-visit') return 'visit';
  if (type?.connectionTest) return 'videoConference';
  return 'loan';
}

interface Row {
  readonly record: RequestRecord;
  readonly type: RequestType | null;
  readonly status: RequestStatus;
  /** The agreed slot, else the one asked for; null for an application or an incomplete intake. */
  readonly slot: Slot | null;
  /** The calendar day (site zone) the record counts on. */
  readonly day: string;
}

const dayIn = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(
    at,
  );

function slotOf(r: RequestRecord): Slot | null {
  if (r.schedule) return r.schedule.slot;
  const e = r.intake.event;
  if (e.roomId && e.day && e.start && e.end)
    return { roomId: e.roomId, day: e.day, start: e.start, end: e.end };
  return null;
}

/** The records of the period and kind, in the order a reader looks for them (day, time, reference). */
function rowsOf(input: RequestReportInput, c: RequestDocumentContext, kind: 'room' | 'application'): Row[] {
  const rows: Row[] = [];
  for (const record of input.records) {
    if (record.kind !== kind) continue;
    const type = requestTypeOf(record, c.requestSettings);
    const slot = kind === 'room' ? slotOf(record) : null;
    const day =
      kind === 'room'
        ? (slot?.day ?? record.intake.event.day ?? dayIn(record.enteredAt, c.timeZone))
        : (record.intake.letter.receivedOn ?? dayIn(record.enteredAt, c.timeZone));
    if (day < input.period.from || day > input.period.to) continue;
    const status = requestStatus(record, type?.chain.length ?? 1);
    rows.push({ record, type, status, slot, day });
  }
  return rows.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      (a.slot?.start ?? '').localeCompare(b.slot?.start ?? '') ||
      a.record.reference.localeCompare(b.record.reference),
  );
}

/** Held or to be held: the events a loan or visit report counts. */
const takesPlace = (s: RequestStatus) => s === 'scheduled' || s === 'done';

const typeLabel = (row: Row, lang: DocLang) => (row.type ? row.type.name[lang] : row.record.intake.typeId);
const attendanceOf = (row: Row) => row.record.report?.attendance ?? null;
const slotMinutes = (s: Slot) =>
  Number(s.end.slice(0, 2)) * 60 +
  Number(s.end.slice(3)) -
  (Number(s.start.slice(0, 2)) * 60 + Number(s.start.slice(3)));

export function periodLabel(
  p: RequestReportPeriod,
  c: Pick<RequestDocumentContext, 'lang' | 'timeZone'>,
): string {
  const w = requestWords[c.lang].report;
  if (p.kind === 'month') return formatMonth(p.key.slice(0, 7), c.lang);
  if (p.kind === 'quarter') return formatQuarter(Number(p.key.slice(0, 4)), Number(p.key.slice(-1)), c.lang);
  if (p.kind === 'year') return w.year(p.key.slice(0, 4));
  return `${formatLongDate(p.from, c.timeZone, c.lang)} – ${formatLongDate(p.to, c.timeZone, c.lang)}`;
}

/** The months a period spans, as 'YYYY-MM'. */
function monthsOf(p: RequestReportPeriod): string[] {
  const months: string[] = [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  const end = p.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= end || months.length > 120) return months;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

const monthName = (month: string, lang: DocLang) => formatMonth(month, lang).split(' ')[0]!;
const n0 = (v: number, lang: DocLang) => formatNumber(v, 0, lang);
const sum = (values: readonly (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

function statusCounts(rows: readonly Row[], w: RequestWords, lang: DocLang): [string, string][] {
  const count = (f: (s: RequestStatus) => boolean) => n0(rows.filter((r) => f(r.status)).length, lang);
  return [
    [w.report.requests, n0(rows.length, lang)],
    [w.report.held, count((s) => s === 'done')],
    [w.report.scheduled, count((s) => s === 'scheduled')],
    [w.report.refused, count((s) => s === 'rejected')],
    [w.report.cancelled, count((s) => s === 'cancelled')],
    [w.report.otherStatus, count((s) => s === 'received' || s === 'in_chain' || s === 'in_process')],
  ];
}

/** "Rabu, 9 Desember 2026" is too long for a table's column: "9 Des 2026" would be unofficial; the long date stands. */
const dayText = (day: string, c: RequestDocumentContext) => formatLongDate(day, c.timeZone, c.lang);

function slotText(row: Row, c: RequestDocumentContext): string {
  if (!row.slot) return dayText(row.day, c);
  return `${dayText(row.slot.day, c)}\n${timeRange(row.slot.start, row.slot.end, c.timeZone, c.lang)}`;
}

// Widths (points) that keep a column's usual content on its lines: "PMH-2026-K3M9QX", "15 November 2026",
// "Didisposisikan". Left to 'auto', pdfmake squeezes them to their longest word beside the wide columns.
const REFERENCE_WIDTH = 90;
const WHEN_WIDTH = 94;
const STATUS_WIDTH = 80;

interface Built {
  readonly body: DocNode[];
  readonly sheets: WorkbookSheet[];
  readonly landscape: boolean;
}

function loansList(input: RequestReportInput, c: RequestDocumentContext): Built {
  const w = requestWords[c.lang];
  const r = w.report;
  const rows = rowsOf(input, c, 'room');
  // The summary comes last: a short block the signatures go over with (a long list never has to).
  const body: DocNode[] = [
    rows.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: r.no, width: 22, align: 'right' },
            { title: r.reference, width: REFERENCE_WIDTH },
            { title: r.type, width: 96 },
            { title: r.office },
            { title: r.subject },
            { title: r.room, width: 92 },
            { title: r.when, width: WHEN_WIDTH },
            { title: r.participants, align: 'right', width: 50 },
            { title: r.status, width: STATUS_WIDTH },
          ],
          rows: rows.map((row, i) => [
            i + 1,
            row.record.reference,
            typeLabel(row, c.lang),
            row.record.intake.office || '–',
            row.record.intake.subject || '–',
            roomName(row.slot?.roomId ?? null, c.requestSettings),
            slotText(row, c),
            attendanceOf(row) ?? row.record.intake.event.participants,
            w.status[row.status],
          ]),
        }
      : { kind: 'paragraph', text: r.noneInPeriod },
    { kind: 'heading', text: r.summary },
    { kind: 'facts', rows: statusCounts(rows, w, c.lang) },
  ];
  const sheets: WorkbookSheet[] = [
    {
      name: r.sheetList,
      columns: [
        { title: r.reference },
        { title: r.type },
        { title: r.office },
        { title: r.subject },
        { title: r.room },
        { title: r.date, format: 'date' },
        { title: r.time },
        { title: r.expected, format: 'integer' },
        { title: r.attended, format: 'integer' },
        { title: r.status },
      ],
      rows: rows.map((row) => [
        row.record.reference,
        typeLabel(row, c.lang),
        row.record.intake.office,
        row.record.intake.subject,
        row.slot ? roomName(row.slot.roomId, c.requestSettings) : null,
        row.day,
        row.slot ? `${clock(row.slot.start, c.lang)}–${clock(row.slot.end, c.lang)}` : null,
        row.record.intake.event.participants,
        attendanceOf(row),
        w.status[row.status],
      ]),
    },
  ];
  return { body, sheets, landscape: true };
}

/** The weeks of a month as a reader counts them: days 1–7, 8–14, 15–21, 22–28, 29–end. */
function weeksOf(p: RequestReportPeriod): { from: number; to: number }[] {
  const last = Number(p.to.slice(8, 10));
  const weeks: { from: number; to: number }[] = [];
  for (let d = 1; d <= last; d += 7) weeks.push({ from: d, to: Math.min(last, d + 6) });
  return weeks;
}

function monthlyRoomLoans(input: RequestReportInput, c: RequestDocumentContext): Built {
  const w = requestWords[c.lang];
  const r = w.report;
  const all = rowsOf(input, c, 'room');
  const held = all.filter((row) => takesPlace(row.status));
  const rooms = c.requestSettings.rooms.filter(
    (room) => room.active || held.some((h) => h.slot?.roomId === room.id),
  );
  const perRoom = rooms.map((room) => {
    const mine = held.filter((h) => h.slot?.roomId === room.id);
    return {
      name: room.name,
      count: mine.length,
      minutes: sum(mine.map((h) => (h.slot ? slotMinutes(h.slot) : 0))),
      attended: sum(mine.map(attendanceOf)),
    };
  });
  const types = c.requestSettings.types.filter((t) => t.kind === 'room');
  const perType = types
    .map((type) => {
      const mine = held.filter((h) => h.type?.id === type.id);
      return { name: type.name[c.lang], count: mine.length, attended: sum(mine.map(attendanceOf)) };
    })
    .filter((t) => t.count > 0 || types.length <= 6);
  const weeks = weeksOf(input.period);
  const chart: ChartSpec = {
    kind: 'bars',
    title: r.chartPerWeek,
    labels: weeks.map((wk, i) => r.weekLabel(i + 1, wk.from, wk.to)),
    series: rooms.map((room) => ({
      name: room.name,
      values: weeks.map(
        (wk) =>
          held.filter((h) => {
            const d = Number(h.day.slice(8, 10));
            return h.slot?.roomId === room.id && d >= wk.from && d <= wk.to;
          }).length,
      ),
    })),
  };
  const listRows = held.map((row, i): TableCell[] => [
    i + 1,
    slotText(row, c),
    roomName(row.slot?.roomId ?? null, c.requestSettings),
    typeLabel(row, c.lang),
    row.record.intake.office || '–',
    row.record.intake.subject || '–',
    row.record.intake.event.participants,
    attendanceOf(row),
    w.status[row.status],
  ]);
  const body: DocNode[] = [
    {
      kind: 'facts',
      rows: [
        [r.days, `${dayText(input.period.from, c)} – ${dayText(input.period.to, c)}`],
        ...statusCounts(all, w, c.lang),
        [r.attendedTotal, n0(sum(held.map(attendanceOf)), c.lang)],
      ],
    },
    { kind: 'heading', text: r.perRoom },
    {
      kind: 'table',
      columns: [
        { title: r.room },
        { title: r.count, align: 'right' },
        { title: r.hoursUsed, align: 'right' },
        { title: r.attendedTotal, align: 'right' },
      ],
      rows: perRoom.map((p) => [p.name, p.count, formatMinutes(p.minutes, c.lang), p.attended]),
      totals: [
        r.total,
        held.length,
        formatMinutes(sum(perRoom.map((p) => p.minutes)), c.lang),
        sum(perRoom.map((p) => p.attended)),
      ],
    },
    { kind: 'heading', text: r.perType },
    {
      kind: 'table',
      columns: [
        { title: r.type },
        { title: r.count, align: 'right' },
        { title: r.attendedTotal, align: 'right' },
      ],
      rows: perType.map((p) => [p.name, p.count, p.attended]),
      totals: [r.total, held.length, sum(perType.map((p) => p.attended))],
    },
    { kind: 'heading', text: r.list },
    held.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: r.no, width: 22, align: 'right' },
            { title: r.when, width: WHEN_WIDTH },
            { title: r.room, width: 92 },
            { title: r.type, width: 96 },
            { title: r.office },
            { title: r.subject },
            { title: r.expected, align: 'right', width: 58 },
            { title: r.attended, align: 'right', width: 44 },
            { title: r.status, width: STATUS_WIDTH },
          ],
          rows: listRows,
          totals: [
            '',
            r.total,
            '',
            '',
            '',
            '',
            sum(held.map((h) => h.record.intake.event.participants)),
            sum(held.map(attendanceOf)),
            '',
          ],
        }
      : { kind: 'paragraph', text: r.noneInPeriod },
    // Last: the chart goes over with the signatures when they need the room (a long list cannot).
    ...(held.length > 0 ? [{ kind: 'chart', chart, height: 170 } as const] : []),
  ];
  const sheets: WorkbookSheet[] = [
    ...loansList({ ...input, records: held.map((h) => h.record) }, c).sheets,
    {
      name: r.perRoom,
      columns: [
        { title: r.room },
        { title: r.count, format: 'integer' },
        { title: r.minutes, format: 'integer' },
        { title: r.attendedTotal, format: 'integer' },
      ],
      rows: perRoom.map((p) => [p.name, p.count, p.minutes, p.attended]),
    },
    {
      name: r.perType,
      columns: [
        { title: r.type },
        { title: r.count, format: 'integer' },
        { title: r.attendedTotal, format: 'integer' },
      ],
      rows: perType.map((p) => [p.name, p.count, p.attended]),
    },
  ];
  return { body, sheets, landscape: true };
}

function quarterlyVisits(input: RequestReportInput, c: RequestDocumentContext): Built {
  const w = requestWords[c.lang];
  const r = w.report;
  const visits = rowsOf(input, c, 'room').filter((row) => activityOf(row.type) === 'visit');
  const held = visits.filter((row) => takesPlace(row.status));
  const months = monthsOf(input.period).map((month) => {
    const mine = held.filter((h) => h.day.startsWith(month));
    return {
      month,
      count: mine.length,
      expected: sum(mine.map((h) => h.record.intake.event.participants)),
      attended: sum(mine.map(attendanceOf)),
    };
  });
  const body: DocNode[] = [
    {
      kind: 'facts',
      rows: [
        [r.days, `${dayText(input.period.from, c)} – ${dayText(input.period.to, c)}`],
        ...statusCounts(visits, w, c.lang),
        [r.attendedTotal, n0(sum(held.map(attendanceOf)), c.lang)],
      ],
    },
    { kind: 'heading', text: r.visitList },
    held.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: r.no, width: 22, align: 'right' },
            { title: r.when, width: WHEN_WIDTH },
            { title: r.office },
            { title: r.subject },
            { title: r.expected, align: 'right', width: 58 },
            { title: r.attended, align: 'right', width: 44 },
            { title: r.status, width: STATUS_WIDTH },
          ],
          rows: held.map((row, i) => [
            i + 1,
            slotText(row, c),
            row.record.intake.office || '–',
            row.record.intake.subject || '–',
            row.record.intake.event.participants,
            attendanceOf(row),
            w.status[row.status],
          ]),
        }
      : { kind: 'paragraph', text: r.noneInPeriod },
    { kind: 'heading', text: r.perMonth },
    {
      kind: 'table',
      columns: [
        { title: r.month },
        { title: r.visits, align: 'right' },
        { title: r.expectedTotal, align: 'right' },
        { title: r.attendedTotal, align: 'right' },
      ],
      rows: months.map((m) => [monthName(m.month, c.lang), m.count, m.expected, m.attended]),
      totals: [r.total, held.length, sum(months.map((m) => m.expected)), sum(months.map((m) => m.attended))],
    },
  ];
  const sheets: WorkbookSheet[] = [
    {
      name: r.perMonth,
      columns: [
        { title: r.month },
        { title: r.visits, format: 'integer' },
        { title: r.expectedTotal, format: 'integer' },
        { title: r.attendedTotal, format: 'integer' },
      ],
      rows: months.map((m) => [monthName(m.month, c.lang), m.count, m.expected, m.attended]),
    },
    ...loansList({ ...input, records: held.map((h) => h.record) }, c).sheets,
  ];
  return { body, sheets, landscape: true };
}

function yearlyOperations(input: RequestReportInput, c: RequestDocumentContext): Built {
  const w = requestWords[c.lang];
  const r = w.report;
  const all = rowsOf(input, c, 'room');
  const held = all.filter((row) => takesPlace(row.status));
  const months = monthsOf(input.period).map((month) => {
    const mine = held.filter((h) => h.day.startsWith(month));
    const of = (a: RoomActivity) => mine.filter((h) => activityOf(h.type) === a).length;
    return {
      month,
      loans: of('loan'),
      visits: of('visit'),
      video: of('videoConference'),
      events: mine.length,
      attended: sum(mine.map(attendanceOf)),
      problems: sum(mine.map((h) => h.record.report?.problems.length ?? 0)),
    };
  });
  const problems = held.flatMap((h) =>
    (h.record.report?.problems ?? []).map((p) => ({ row: h, item: p.itemName, note: p.note })),
  );
  const total = (k: 'loans' | 'visits' | 'video' | 'events' | 'attended' | 'problems') =>
    sum(months.map((m) => m[k]));
  const complaints = input.complaintsFiled ?? null;
  const chart: ChartSpec = {
    kind: 'bars',
    title: r.chartPerMonth,
    labels: months.map((m) => monthName(m.month, c.lang).slice(0, 3)),
    series: [
      { name: r.loans, values: months.map((m) => m.loans) },
      { name: r.visits, values: months.map((m) => m.visits) },
      { name: r.videoConferences, values: months.map((m) => m.video) },
    ],
  };
  const body: DocNode[] = [
    {
      kind: 'facts',
      rows: [
        ...statusCounts(all, w, c.lang),
        [r.loans, n0(total('loans'), c.lang)],
        [r.visits, n0(total('visits'), c.lang)],
        [r.videoConferences, n0(total('video'), c.lang)],
        [r.attendedTotal, n0(total('attended'), c.lang)],
        [r.equipmentProblems, n0(total('problems'), c.lang)],
        [r.complaintsFiled, complaints === null ? r.notGiven : n0(complaints, c.lang)],
      ],
    },
    { kind: 'chart', chart, height: 210 },
    { kind: 'heading', text: r.problemList },
    problems.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: r.date, width: WHEN_WIDTH },
            { title: r.activity },
            { title: r.item },
            { title: r.note },
          ],
          rows: problems.map((p) => [
            dayText(p.row.day, c),
            `${p.row.record.reference} · ${p.row.record.intake.office || typeLabel(p.row, c.lang)}`,
            p.item,
            p.note || '–',
          ]),
        }
      : { kind: 'paragraph', text: r.noProblems },
    { kind: 'heading', text: r.perMonth },
    {
      kind: 'table',
      columns: [
        { title: r.month },
        { title: r.loans, align: 'right' },
        { title: r.visits, align: 'right' },
        { title: r.videoConferences, align: 'right' },
        { title: r.activities, align: 'right' },
        { title: r.attendedTotal, align: 'right' },
        { title: r.equipmentProblems, align: 'right' },
      ],
      rows: months.map((m) => [
        monthName(m.month, c.lang),
        m.loans,
        m.visits,
        m.video,
        m.events,
        m.attended,
        m.problems,
      ]),
      totals: [
        r.total,
        total('loans'),
        total('visits'),
        total('video'),
        total('events'),
        total('attended'),
        total('problems'),
      ],
    },
  ];
  const sheets: WorkbookSheet[] = [
    {
      name: r.perMonth,
      columns: [
        { title: r.month },
        { title: r.loans, format: 'integer' },
        { title: r.visits, format: 'integer' },
        { title: r.videoConferences, format: 'integer' },
        { title: r.activities, format: 'integer' },
        { title: r.attendedTotal, format: 'integer' },
        { title: r.equipmentProblems, format: 'integer' },
      ],
      rows: months.map((m) => [
        monthName(m.month, c.lang),
        m.loans,
        m.visits,
        m.video,
        m.events,
        m.attended,
        m.problems,
      ]),
    },
    {
      name: r.problemList,
      columns: [
        { title: r.date, format: 'date' },
        { title: r.reference },
        { title: r.office },
        { title: r.item },
        { title: r.note },
      ],
      rows: problems.map((p) => [
        p.row.day,
        p.row.record.reference,
        p.row.record.intake.office,
        p.item,
        p.note,
      ]),
    },
    {
      name: r.sheetSummary,
      columns: [{ title: r.summary }, { title: r.count, format: 'integer' }],
      rows: [
        [r.requests, all.length],
        [r.activities, held.length],
        [r.attendedTotal, total('attended')],
        [r.equipmentProblems, total('problems')],
        [r.complaintsFiled, complaints],
      ],
    },
  ];
  return { body, sheets, landscape: false };
}

/** Calendar days from the day the letter came in (else was entered) to the day of the decision, in the site's zone. */
function processDays(row: Row, timeZone: string): number | null {
  const decided = row.record.decision?.at;
  if (decided === undefined) return null;
  const from = Date.parse(`${row.day}T00:00:00Z`);
  const to = Date.parse(`${dayIn(decided, timeZone)}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** "14 hari"; decided the day it came in: the hours from its entry ("6 j"). */
function durationText(row: Row, days: number | null, c: RequestDocumentContext, w: RequestWords): string {
  if (days === null) return '–';
  if (days > 0) return w.report.durationDays(n0(days, c.lang));
  return formatMinutes(
    Math.max(0, Math.round(((row.record.decision?.at ?? 0) - row.record.enteredAt) / 60_000)),
    c.lang,
  );
}

const averageDays = (days: readonly number[], lang: DocLang, w: RequestWords) =>
  days.length === 0
    ? '–'
    : w.report.durationDays(
        formatNumber(Math.round((sum(days) / days.length) * 10) / 10, 1, lang).replace(/[,.]0$/, ''),
      );

function yearlyApplications(input: RequestReportInput, c: RequestDocumentContext): Built {
  const w = requestWords[c.lang];
  const r = w.report;
  const rows = rowsOf(input, c, 'application');
  const outcome = (row: Row) =>
    row.status === 'accepted'
      ? r.acceptedRka(row.record.decision?.rkaYear ?? null)
      : row.status === 'rejected'
        ? r.rejected
        : row.status === 'cancelled'
          ? r.cancelled
          : r.inProcess;
  const why = (row: Row) => {
    const d = row.record.decision;
    if (!d) return '–';
    return (d.outcome === 'accepted' ? d.analysis || d.reason : d.reason || d.analysis) || '–';
  };
  const durations = rows.map((row) => processDays(row, c.timeZone));
  const decided = durations.filter((d): d is number => d !== null);
  const count = (s: RequestStatus) => rows.filter((row) => row.status === s).length;
  const body: DocNode[] = [
    { kind: 'heading', text: r.applicationList },
    rows.length > 0
      ? {
          kind: 'table',
          columns: [
            { title: r.no, width: 22, align: 'right' },
            { title: r.office },
            { title: r.subject },
            { title: r.received, width: WHEN_WIDTH },
            { title: r.outcome, width: 96 },
            { title: r.reasonOrAnalysis, width: 150 },
            { title: r.duration, width: 66, align: 'right' },
          ],
          rows: rows.map((row, i) => [
            i + 1,
            row.record.intake.office || '–',
            row.record.intake.subject || '–',
            dayText(row.day, c),
            outcome(row),
            why(row),
            durationText(row, durations[i] ?? null, c, w),
          ]),
        }
      : { kind: 'paragraph', text: r.noneInPeriod },
    { kind: 'heading', text: r.summary },
    {
      kind: 'facts',
      rows: [
        [r.requests, n0(rows.length, c.lang)],
        [r.accepted, n0(count('accepted'), c.lang)],
        [r.rejected, n0(count('rejected'), c.lang)],
        [r.cancelled, n0(count('cancelled'), c.lang)],
        [r.inProcess, n0(rows.length - count('accepted') - count('rejected') - count('cancelled'), c.lang)],
        [r.averageDuration, averageDays(decided, c.lang, w)],
      ],
    },
  ];
  const sheets: WorkbookSheet[] = [
    {
      name: r.sheetList,
      columns: [
        { title: r.reference },
        { title: r.office },
        { title: r.subject },
        { title: r.received, format: 'date' },
        { title: r.outcome },
        { title: r.reasonOrAnalysis },
        { title: r.durationColumn, format: 'integer' },
      ],
      rows: rows.map((row, i) => [
        row.record.reference,
        row.record.intake.office,
        row.record.intake.subject,
        row.day,
        outcome(row),
        why(row) === '–' ? null : why(row),
        durations[i] ?? null,
      ]),
    },
  ];
  return { body, sheets, landscape: true };
}

const builders: Record<RequestReportKind, (input: RequestReportInput, c: RequestDocumentContext) => Built> = {
  loans_list: loansList,
  monthly_room_loans: monthlyRoomLoans,
  quarterly_visits: quarterlyVisits,
  yearly_operations: yearlyOperations,
  yearly_applications: yearlyApplications,
};

function signer(s: RequestReportSigner | null | undefined, title: string, lead?: string): Signer {
  return { ...(lead ? { lead } : {}), title, name: s?.name ?? null, nip: s?.nip ?? null };
}

/** The report as the PDF layout takes it (renderReportPdf in shared/documents). */
export function requestReportDocument(
  kind: RequestReportKind,
  input: RequestReportInput,
  c: RequestDocumentContext,
): ReportDocumentInput {
  const w = requestWords[c.lang].report;
  const built = builders[kind](input, c);
  return {
    lang: c.lang,
    identity: c.identity,
    settings: c.settings,
    title: w.titles[kind],
    period: `${w.period}: ${periodLabel(input.period, c)}`,
    madeAt: input.madeAt,
    timeZone: c.timeZone,
    body: built.body,
    signatures: {
      preparer: signer(input.preparedBy, c.settings.preparerTitle),
      reviewer: signer(input.reviewedBy, c.settings.reviewerTitle, w.acknowledgedLead),
    },
    orientation: built.landscape ? 'landscape' : 'portrait',
  };
}

/** The report's raw tables as a workbook (renderWorkbook in shared/documents). */
export function requestReportWorkbook(
  kind: RequestReportKind,
  input: RequestReportInput,
  c: RequestDocumentContext,
): WorkbookInput {
  const w = requestWords[c.lang].report;
  return {
    lang: c.lang,
    identity: c.identity,
    settings: c.settings,
    title: w.titles[kind],
    period: `${w.period}: ${periodLabel(input.period, c)}`,
    madeAt: input.madeAt,
    timeZone: c.timeZone,
    sheets: builders[kind](input, c).sheets,
  };
}

/** "Laporan_monthly_room_loans_2026-12.pdf"-style names, without characters a file system refuses. */
export const requestReportFileName = (
  kind: RequestReportKind,
  period: RequestReportPeriod,
  ext: 'pdf' | 'xlsx',
) => `Laporan_${kind}_${period.key.replace(/[^0-9A-Za-z-]/g, '_')}.${ext}`;
