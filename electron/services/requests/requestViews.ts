// What the screens see of a request: its summary in the lists, its detail (the chain's timeline with
// due and overdue steps, the rules and clashes of its slot, the nearest free slots, its letters, what
// this officer may do), and the agenda of the rooms. Read-only; the commands write.
import type { Db } from '../../../db/openDatabase';
import type {
  AgendaEvent,
  ChainStepView,
  ClashView,
  RequestCheck,
  RequestDetail,
  RequestSummary,
} from '../../../shared/contract/requests';
import { chainTimeline } from '../../../shared/requests/chainTimeline';
import { findClashes, nearestFreeSlots, type RoomBooking } from '../../../shared/requests/clash';
import type { RequestIntake } from '../../../shared/requests/intake';
import {
  requestStatus,
  taskIds,
  type RequestRecord,
  type TaskId,
} from '../../../shared/requests/requestRecord';
import { checkRequest, earliestEventDay, eventInstants } from '../../../shared/requests/requestRules';
import type { RequestSettings, RequestType } from '../../../shared/requests/requestSettings';
import { slotInstants } from '../../../shared/requests/slotTime';
import { localDay, type ServiceCalendar } from '../../../shared/rules/siteCalendar';
import { attendanceCount, lettersOf, roomBookings, slotOf } from './requestQueries';

export interface RequestWorld {
  readonly db: Db;
  readonly settings: RequestSettings;
  readonly calendar: ServiceCalendar;
  readonly now: number;
}

/** Who is looking: their roles and position, and what their permissions allow. */
export interface Viewer {
  readonly roles: readonly string[];
  readonly position: string | null;
  readonly manage: boolean;
}

export const typeOf = (settings: RequestSettings, typeId: string): RequestType | undefined =>
  settings.types.find((t) => t.id === typeId);

/** The officer holds the position or role a chain step names (an administrator holds every one). */
export const holds = (v: Viewer, roleId: string): boolean =>
  v.roles.includes(roleId) || v.position === roleId || v.roles.includes('admin');

const HHMM = (at: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    at,
  );

function timeline(w: RequestWorld, r: RequestRecord): ChainStepView[] {
  const type = typeOf(w.settings, r.intake.typeId);
  if (!type) return [];
  const entries = new Map(r.steps.map((s) => [s.stepId, s]));
  return chainTimeline(
    type.chain,
    r.steps.map((s) => ({ stepId: s.stepId, at: s.at })),
    r.enteredAt,
    w.now,
    w.calendar,
  ).map((s) => ({
    stepId: s.stepId,
    title: s.title,
    roleId: s.roleId,
    dueAt: s.dueAt,
    doneAt: s.doneAt,
    state: s.state,
    overdue: s.overdue,
    overdueMinutes: s.overdueMinutes,
    entry: entries.get(s.stepId) ?? null,
  }));
}

export function summaryOf(w: RequestWorld, r: RequestRecord): RequestSummary {
  const type = typeOf(w.settings, r.intake.typeId);
  const steps = timeline(w, r);
  const status = requestStatus(r, type?.chain.length ?? 1);
  const current = steps.find((s) => s.state === 'current');
  const inChain = status === 'received' || status === 'in_chain';
  return {
    id: r.id,
    reference: r.reference,
    typeId: r.intake.typeId,
    kind: r.kind,
    status,
    office: r.intake.office,
    subject: r.intake.subject,
    source: r.source,
    enteredAt: r.enteredAt,
    slot: slotOf(r),
    participants: r.intake.event.participants,
    currentStep:
      current && inChain
        ? {
            stepId: current.stepId,
            title: current.title,
            dueAt: current.dueAt,
            overdue: current.overdue,
            overdueMinutes: current.overdueMinutes,
          }
        : null,
    overdue: inChain && steps.some((s) => s.overdue && s.state === 'current'),
    // The activity report's figure once filed (the officer's count), else the QR scans so far.
    attendance: r.report?.attendance ?? attendanceCount(w.db, r.id),
  };
}

/** A request's slot as a booking of its room. */
function bookingOf(w: RequestWorld, r: RequestRecord): RoomBooking | null {
  const slot = slotOf(r);
  const type = typeOf(w.settings, r.intake.typeId);
  if (!slot || !type) return null;
  const at = slotInstants(slot, w.calendar.timeZone);
  return {
    id: r.id,
    roomId: slot.roomId,
    start: at.start,
    end: at.end,
    setupMinutes: type.setupMinutes,
    clearMinutes: type.clearMinutes,
    title: r.reference,
  };
}

function clashView(w: RequestWorld, r: RequestRecord): ClashView {
  const type = typeOf(w.settings, r.intake.typeId);
  return {
    id: r.id,
    reference: r.reference,
    office: r.intake.office,
    subject: r.intake.subject,
    slot: slotOf(r)!,
    status: requestStatus(r, type?.chain.length ?? 1),
  };
}

/**
 * The rules, clashes and nearest free slots of an intake (filed or not: `self` is the request's own
 * id so it never clashes with itself). The warning counts every booking of the room that still
 * stands, scheduled or only requested, as the letter register does; scheduling is refused only by
 * a slot already given (of two requests for one slot, the admin schedules one and moves the other).
 */
export function checkIntake(
  w: RequestWorld,
  intake: RequestIntake,
  enteredAt: number,
  self: string | null,
  slotOverride: RequestRecord['intake']['event'] | null = null,
  /** 'scheduled': only slots already given count (scheduling); 'all': requested ones too (the warning). */
  against: 'all' | 'scheduled' = 'all',
): RequestCheck {
  const type = typeOf(w.settings, intake.typeId);
  if (!type)
    return {
      failures: [{ rule: 'typeUnknown', messageKey: 'errors.requests.typeUnknown', fields: [] }],
      clashes: [],
      freeSlots: [],
    };
  const event = slotOverride ?? intake.event;
  const checked = { ...intake, event };
  const failures = checkRequest(checked, type, { calendar: w.calendar, rooms: w.settings.rooms, enteredAt });
  const at = type.kind === 'room' && event.roomId ? eventInstants(event, w.calendar.timeZone) : null;
  if (!at || !event.roomId || at.end <= at.start) return { failures, clashes: [], freeSlots: [] };
  const candidate: RoomBooking = {
    id: self ?? '',
    roomId: event.roomId,
    start: at.start,
    end: at.end,
    setupMinutes: type.setupMinutes,
    clearMinutes: type.clearMinutes,
    title: '',
  };
  const day = 86_400_000;
  const nearby = roomBookings(w.db, event.roomId, at.start - 15 * day, at.end + 15 * day).filter(
    (r) => against === 'all' || r.schedule !== null,
  );
  const bookings = nearby.map((r) => bookingOf(w, r)).filter((b): b is RoomBooking => b !== null);
  const clashIds = new Set(findClashes(candidate, bookings).map((b) => b.id));
  const clashes = nearby.filter((r) => clashIds.has(r.id)).map((r) => clashView(w, r));
  const earliestDay = earliestEventDay(checked, type, { calendar: w.calendar, enteredAt }) ?? undefined;
  const freeSlots = clashes.length
    ? nearestFreeSlots(candidate, bookings, w.calendar, {
        ...(earliestDay ? { earliestDay } : {}),
        now: w.now,
      }).map((s) => ({
        day: localDay(s.start, w.calendar.timeZone),
        start: HHMM(s.start, w.calendar.timeZone),
        end: HHMM(s.end, w.calendar.timeZone),
      }))
    : [];
  return { failures, clashes, freeSlots };
}

export function detailOf(w: RequestWorld, r: RequestRecord, v: Viewer): RequestDetail {
  const summary = summaryOf(w, r);
  const chain = timeline(w, r);
  const current = chain.find((s) => s.state === 'current');
  const inChain = summary.status === 'received' || summary.status === 'in_chain';
  const type = typeOf(w.settings, r.intake.typeId);
  const lastRole = type?.chain[type.chain.length - 1]?.roleId;
  return {
    summary,
    record: r,
    chain,
    check: checkIntake(
      w,
      r.intake,
      r.enteredAt,
      r.id,
      r.schedule ? { ...r.intake.event, ...r.schedule.slot } : null,
    ),
    letters: lettersOf(w.db, r.id),
    mayAct: inChain && current && holds(v, current.roleId) ? current.stepId : null,
    mayDecide:
      !['rejected', 'cancelled', 'done'].includes(summary.status) &&
      (v.manage || (current ? holds(v, current.roleId) : lastRole !== undefined && holds(v, lastRole))),
    mayManage: v.manage,
  };
}

/** The tasks a type's event needs before it starts. */
export function tasksDue(type: RequestType | undefined): TaskId[] {
  if (!type || type.kind !== 'room') return [];
  return taskIds.filter((t) => t !== 'connection_test' || type.connectionTest);
}

export function agendaOf(w: RequestWorld, records: readonly RequestRecord[], masked: boolean): AgendaEvent[] {
  const events: AgendaEvent[] = [];
  for (const r of records) {
    const slot = slotOf(r);
    const type = typeOf(w.settings, r.intake.typeId);
    if (!slot || !type) continue;
    const status = requestStatus(r, type.chain.length);
    // The public screen shows only what is settled: scheduled events (and those done).
    if (masked && status !== 'scheduled' && status !== 'done') continue;
    const at = slotInstants(slot, w.calendar.timeZone, type.setupMinutes, type.clearMinutes);
    events.push({
      id: r.id,
      reference: r.reference,
      typeId: r.intake.typeId,
      status,
      slot,
      roomName: w.settings.rooms.find((room) => room.id === slot.roomId)?.name ?? slot.roomId,
      office: r.intake.office,
      subject: r.intake.subject,
      participants: r.intake.event.participants,
      blockStart: HHMM(at.blockStart, w.calendar.timeZone),
      blockEnd: HHMM(at.blockEnd, w.calendar.timeZone),
      tasksDone: masked ? [] : r.tasks.map((t) => t.task),
      tasksDue: masked ? [] : tasksDue(type),
      attendance: attendanceCount(w.db, r.id),
    });
  }
  return events.sort((a, b) => (a.slot.day + a.slot.start).localeCompare(b.slot.day + b.slot.start));
}
