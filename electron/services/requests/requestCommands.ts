// The requests' commands: file one (the rules refuse it with every failure listed), record a chain
// step, schedule it in a free slot, decide it, tick a preparation task, file the activity report
// (its equipment problems go to the inventory in the same transaction), number a letter, and count a
// participant in at the kiosk. Each runs the shared transition the server runs too
// (shared/requests/requestTransitions.ts) and writes the request, its audit row and its sync
// operation in one transaction.
import { randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';
import type { Db } from '../../../db/openDatabase';
import type { ParsedInput, RequestSummary } from '../../../shared/contract';
import type { LetterFileRef } from '../../../shared/files';
import type { RequestIntake } from '../../../shared/requests/intake';
import { formatLetterNumber, nextSequence } from '../../../shared/requests/letterNumber';
import type { IssuedLetter, RequestRecord } from '../../../shared/requests/requestRecord';
import {
  applyContactErased,
  applyDecided,
  applyReported,
  applyScheduled,
  applyStepDone,
  applyTaskDone,
  recordFromFiled,
  type RequestOutcome,
} from '../../../shared/requests/requestTransitions';
import { reject } from '../../../shared/result';
import { prepared } from '../../../db/statements';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import type { EventAttendance } from '../scans/scanDesk';
import { recordLetter } from '../files/letterFiles';
import { itemProblemsAtEvent } from '../inventory/inventoryCommands';
import { findItem } from '../inventory/inventoryQueries';
import {
  findRequest,
  findRequestByAttendanceToken,
  findRequestByKey,
  lettersOfYear,
  saveAttendance,
  saveLetter,
  saveRequest,
  attendanceCount,
} from './requestQueries';
import { checkIntake, holds, summaryOf, typeOf, type RequestWorld, type Viewer } from './requestViews';

export interface RequestOfficer {
  readonly id: string;
  readonly name: string;
  readonly nip: string | null;
  readonly title: string | null;
  readonly viewer: Viewer;
}

const REFUSALS: Record<string, string> = {
  request_rejected: 'errors.requests.closed',
  request_cancelled: 'errors.requests.closed',
  request_done: 'errors.requests.done',
  not_a_room_request: 'errors.requests.notARoomRequest',
  not_an_application: 'errors.requests.notAnApplication',
  request_not_scheduled: 'errors.requests.notScheduled',
  step_already_done: 'errors.requests.stepAlreadyDone',
  task_already_done: 'errors.requests.taskAlreadyDone',
  newer_schedule_kept: 'errors.requests.changedElsewhere',
  newer_report_kept: 'errors.requests.changedElsewhere',
  already_decided: 'errors.requests.closed',
};

function applied(outcome: RequestOutcome): RequestRecord {
  if (outcome.kind === 'applied') return outcome.record;
  throw reject('conflict', REFUSALS[outcome.code] ?? 'errors.requests.closed');
}

function existing(db: Db, id: string): RequestRecord {
  const r = findRequest(db, id);
  if (!r) throw reject('not_found', 'errors.requests.notFound');
  return r;
}

const crockford = (bytes: number, length: number) =>
  base32crockford.encode(randomBytes(bytes)).slice(0, length);

/** The refusal of an intake the rules say no to: every failure's fields with its message. */
function refusal(
  failures: readonly {
    messageKey: string;
    fields: readonly string[];
    params?: Record<string, string | number>;
  }[],
) {
  const fields: Record<string, string> = {};
  for (const f of failures) for (const field of f.fields) fields[field] ??= f.messageKey;
  const first = failures[0]!;
  return reject('validation', failures.length === 1 ? first.messageKey : 'errors.requests.refused', {
    fields,
    params: failures.length === 1 ? (first.params ?? {}) : { count: failures.length },
  });
}

const who = (o: RequestOfficer) => ({ id: o.id, name: o.name });

export function fileRequest(
  deps: CommandDeps,
  world: () => RequestWorld,
  actor: Actor,
  officer: RequestOfficer,
  input: ParsedInput<'requests.file'>,
): RequestSummary {
  const { db } = deps;
  return runCommand(deps, actor, 'requests.file', (now) => {
    const w = world();
    const earlier = findRequestByKey(db, input.requestKey);
    if (earlier) return { value: summaryOf(w, earlier), audit: [], ops: [], topics: [] };
    const intake: RequestIntake = input.intake;
    const type = typeOf(w.settings, intake.typeId);
    if (!type || !type.active)
      throw reject('validation', 'errors.requests.typeUnknown', {
        fields: { typeId: 'errors.requests.typeUnknown' },
      });
    const check = checkIntake(w, intake, now, null);
    if (check.failures.length) throw refusal(check.failures);
    const payload = {
      id: deps.ids.id(),
      reference: `PMH-${localYear(now, w)}-${crockford(5, 6)}`,
      intake,
      kind: type.kind,
      source: 'desk' as const,
      enteredAt: now,
      enteredBy: who(officer),
      attendanceToken: crockford(10, 16),
      statusTokenHash: null,
    };
    const record = recordFromFiled(payload);
    saveRequest(db, record, w.settings, w.calendar.timeZone, now, input.requestKey);
    if (intake.letter.file) recordLetter(db, intake.letter.file, now);
    return {
      value: summaryOf(w, record),
      audit: {
        entity: 'request',
        entityId: record.id,
        details: { reference: record.reference, typeId: intake.typeId, clashes: check.clashes.length },
      },
      ops: [{ type: 'request.filed', payload }],
      topics: ['requests'],
    };
  });
}

const localYear = (now: number, w: RequestWorld) =>
  Number(new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: w.calendar.timeZone }).format(now));

export function actOnStep(
  deps: CommandDeps,
  world: () => RequestWorld,
  actor: Actor,
  officer: RequestOfficer,
  input: ParsedInput<'requests.act'>,
): RequestSummary {
  return runCommand(deps, actor, 'requests.act', (now) => {
    const w = world();
    const before = existing(deps.db, input.id);
    const type = typeOf(w.settings, before.intake.typeId);
    const done = new Set(before.steps.map((s) => s.stepId));
    const current = type?.chain.find((s) => !done.has(s.id));
    if (!current || current.id !== input.stepId) throw reject('conflict', 'errors.requests.notCurrentStep');
    if (!holds(officer.viewer, current.roleId)) throw reject('forbidden', 'errors.requests.notYourStep');
    const entry = { stepId: input.stepId, officer: who(officer), note: input.note, at: now };
    const record = applied(applyStepDone(before, entry));
    saveRequest(deps.db, record, w.settings, w.calendar.timeZone, now);
    return {
      value: summaryOf(w, record),
      audit: { entity: 'request', entityId: record.id, details: { step: input.stepId } },
      ops: [{ type: 'request.stepDone', payload: { requestId: record.id, ...entry } }],
      topics: ['requests'],
    };
  });
}

export function scheduleRequest(
  deps: CommandDeps,
  world: () => RequestWorld,
  actor: Actor,
  officer: RequestOfficer,
  input: ParsedInput<'requests.schedule'>,
): RequestSummary {
  return runCommand(deps, actor, 'requests.schedule', (now) => {
    const w = world();
    const before = existing(deps.db, input.id);
    const type = typeOf(w.settings, before.intake.typeId);
    if (!type || before.kind !== 'room') throw reject('conflict', 'errors.requests.notARoomRequest');
    if (
      before.steps.length < type.chain.length &&
      new Set(before.steps.map((s) => s.stepId)).size < type.chain.length
    )
      throw reject('conflict', 'errors.requests.chainNotDone');
    // The slot must pass the rules (service hours, open day, lead time) and be free.
    const check = checkIntake(
      w,
      before.intake,
      before.enteredAt,
      before.id,
      { ...before.intake.event, ...input.slot },
      'scheduled',
    );
    const slotFailures = check.failures.filter((f) => f.rule !== 'incomplete');
    if (slotFailures.length) throw refusal(slotFailures);
    if (check.clashes.length)
      throw reject('conflict', 'errors.requests.slotTaken', {
        params: { reference: check.clashes[0]!.reference, office: check.clashes[0]!.office },
      });
    const e = before.intake.event;
    const moved = !(
      e.roomId === input.slot.roomId &&
      e.day === input.slot.day &&
      e.start === input.slot.start &&
      e.end === input.slot.end
    );
    const schedule = { slot: input.slot, moved, note: input.note, officer: who(officer), at: now };
    const record = applied(applyScheduled(before, schedule));
    saveRequest(deps.db, record, w.settings, w.calendar.timeZone, now);
    return {
      value: summaryOf(w, record),
      audit: { entity: 'request', entityId: record.id, details: { ...input.slot, moved } },
      ops: [{ type: 'request.scheduled', payload: { requestId: record.id, ...schedule } }],
      topics: ['requests'],
    };
  });
}

export function decideRequest(
  deps: CommandDeps,
  world: () => RequestWorld,
  actor: Actor,
  officer: RequestOfficer,
  input: ParsedInput<'requests.decide'>,
): RequestSummary {
  return runCommand(deps, actor, 'requests.decide', (now) => {
    const w = world();
    const before = existing(deps.db, input.id);
    const type = typeOf(w.settings, before.intake.typeId);
    const done = new Set(before.steps.map((s) => s.stepId));
    const current = type?.chain.find((s) => !done.has(s.id));
    const last = type?.chain[type.chain.length - 1];
    const mayDecide =
      officer.viewer.manage ||
      (current
        ? holds(officer.viewer, current.roleId)
        : last !== undefined && holds(officer.viewer, last.roleId));
    if (!mayDecide) throw reject('forbidden', 'errors.requests.notYourStep');
    if (input.outcome === 'accepted' && current) throw reject('conflict', 'errors.requests.chainNotDone');
    if (input.outcome !== 'accepted' && input.reason.length < 3)
      throw reject('validation', 'errors.requests.reasonRequired', {
        fields: { reason: 'errors.requests.reasonRequired' },
      });
    if (input.outcome === 'accepted' && before.kind === 'application' && input.rkaYear === null)
      throw reject('validation', 'errors.requests.rkaYearRequired', {
        fields: { rkaYear: 'errors.requests.rkaYearRequired' },
      });
    const decision = {
      outcome: input.outcome,
      reason: input.reason,
      analysis: input.analysis,
      discussion: input.discussion,
      rkaYear: input.outcome === 'accepted' ? input.rkaYear : null,
      officer: who(officer),
      at: now,
    };
    const record = applied(applyDecided(before, decision));
    saveRequest(deps.db, record, w.settings, w.calendar.timeZone, now);
    return {
      value: summaryOf(w, record),
      audit: {
        entity: 'request',
        entityId: record.id,
        details: { outcome: input.outcome, rkaYear: decision.rkaYear },
      },
      ops: [{ type: 'request.decided', payload: { requestId: record.id, ...decision } }],
      topics: ['requests'],
    };
  });
}

export function completeTask(
  deps: CommandDeps,
  world: () => RequestWorld,
  actor: Actor,
  officer: RequestOfficer,
  input: ParsedInput<'requests.task'>,
): RequestSummary {
  return runCommand(deps, actor, 'requests.task', (now) => {
    const w = world();
    const before = existing(deps.db, input.id);
    if (!before.schedule) throw reject('conflict', 'errors.requests.notScheduled');
    if (input.task === 'operator' && input.operatorName.length < 2)
      throw reject('validation', 'errors.requests.operatorRequired', {
        fields: { operatorName: 'errors.requests.operatorRequired' },
      });
    const entry = {
      task: input.task,
      note: input.note,
      operatorName: input.operatorName,
      officer: who(officer),
      at: now,
    };
    const record = applied(applyTaskDone(before, entry));
    saveRequest(deps.db, record, w.settings, w.calendar.timeZone, now);
    return {
      value: summaryOf(w, record),
      audit: { entity: 'request', entityId: record.id, details: { task: input.task } },
      ops: [{ type: 'request.taskDone', payload: { requestId: record.id, ...entry } }],
      topics: ['requests'],
    };
  });
}

export function reportRequest(
  deps: CommandDeps,
  world: () => RequestWorld,
  actor: Actor,
  officer: RequestOfficer,
  input: ParsedInput<'requests.report'>,
): RequestSummary {
  return runCommand(deps, actor, 'requests.report', (now) => {
    const w = world();
    const before = existing(deps.db, input.id);
    const problems = input.problems.map((p) => {
      const item = findItem(deps.db, p.itemId);
      if (!item)
        throw reject('validation', 'errors.requests.itemUnknown', {
          fields: { problems: 'errors.requests.itemUnknown' },
        });
      return { itemId: p.itemId, itemName: item.name, note: p.note };
    });
    const report = {
      attendance: input.attendance ?? attendanceCount(deps.db, before.id),
      summary: input.summary,
      problems,
      officer: who(officer),
      at: now,
    };
    const record = applied(applyReported(before, report));
    saveRequest(deps.db, record, w.settings, w.calendar.timeZone, now);
    // Problems named again in a corrected report were filed the first time.
    const items = itemProblemsAtEvent(
      deps,
      actor,
      input.problems.filter((p) => !before.report?.problems.some((q) => q.itemId === p.itemId)),
      now,
    );
    return {
      value: summaryOf(w, record),
      audit: [
        {
          entity: 'request',
          entityId: record.id,
          details: { attendance: report.attendance, problems: problems.length },
        },
        ...items.audit,
      ],
      ops: [{ type: 'request.reported', payload: { requestId: record.id, ...report } }, ...items.ops],
      topics: ['requests', 'inventory'],
    };
  });
}

export function issueLetter(
  deps: CommandDeps,
  world: () => RequestWorld,
  actor: Actor,
  officer: RequestOfficer,
  input: ParsedInput<'requests.issueLetter'>,
): IssuedLetter {
  return runCommand(deps, actor, 'requests.issueLetter', (now) => {
    const w = world();
    const r = existing(deps.db, input.id);
    const year = localYear(now, w);
    const sequence = nextSequence(lettersOfYear(deps.db, year), year);
    const letter: IssuedLetter = {
      id: deps.ids.id(),
      requestId: r.id,
      kind: input.kind,
      year,
      sequence,
      number: formatLetterNumber(w.settings.numbering, sequence, year),
      officer: { id: officer.id, name: officer.name, nip: officer.nip, title: officer.title },
      issuedAt: now,
    };
    saveLetter(deps.db, letter);
    return {
      value: letter,
      audit: { entity: 'request', entityId: r.id, details: { letter: letter.number, kind: letter.kind } },
      ops: [{ type: 'request.letterIssued', payload: letter }],
      topics: ['requests'],
    };
  });
}

export type AttendanceOutcome =
  | {
      readonly kind: 'counted';
      readonly requestId: string;
      readonly ordinal: number;
      readonly subject: string;
      readonly office: string;
      readonly roomId: string;
      readonly start: string;
      readonly end: string;
    }
  | { readonly kind: 'not_today'; readonly day: string }
  | { readonly kind: 'not_scheduled' }
  | { readonly kind: 'unknown' };

/** A participant scanned the event's QR at the kiosk: counted, each scan its own row, never refused as a duplicate. */
export function countAttendance(
  deps: CommandDeps,
  world: () => RequestWorld,
  token: string,
): AttendanceOutcome {
  const w = world();
  const r = findRequestByAttendanceToken(deps.db, token);
  if (!r) return { kind: 'unknown' };
  if (!r.schedule || (r.decision && r.decision.outcome !== 'accepted')) return { kind: 'not_scheduled' };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: w.calendar.timeZone }).format(w.now);
  if (r.schedule.slot.day !== today) return { kind: 'not_today', day: r.schedule.slot.day };
  return runCommand(deps, 'kiosk', 'requests.attend', (now) => {
    const a = { id: deps.ids.id(), requestId: r.id, at: now, deviceId: deps.deviceId };
    saveAttendance(deps.db, a);
    const slot = r.schedule!.slot;
    return {
      value: {
        kind: 'counted' as const,
        requestId: r.id,
        ordinal: attendanceCount(deps.db, r.id),
        subject: r.intake.subject,
        office: r.intake.office,
        roomId: slot.roomId,
        start: slot.start,
        end: slot.end,
      },
      audit: { entity: 'request', entityId: r.id, details: { attendance: a.id } },
      ops: [{ type: 'request.attended', payload: a }],
      topics: ['requests'],
    };
  });
}

/** A letter file from the desk, stored and queued for the server: its reference for the intake. */
export type UploadLetter = (bytes: Uint8Array, name: string) => Promise<LetterFileRef>;

/** The scan desk's view of an event's QR: the attendance outcome as the kiosk shows it. */
export function eventAttendanceAtKiosk(
  deps: CommandDeps,
  world: () => RequestWorld,
): (token: string) => EventAttendance {
  return (token) => {
    const outcome = countAttendance(deps, world, token);
    const w = world();
    const room = (id: string) => w.settings.rooms.find((r) => r.id === id)?.name ?? id;
    switch (outcome.kind) {
      case 'counted':
        return {
          result: 'counted',
          ordinal: outcome.ordinal,
          subject: outcome.subject,
          office: outcome.office,
          roomName: room(outcome.roomId),
          start: outcome.start,
          end: outcome.end,
        };
      case 'not_today':
        return { result: 'not_today', day: outcome.day };
      default:
        return { result: outcome.kind };
    }
  };
}

/** Requests whose event (or, without one, whose entry) is older than the cutoff and whose contact is still kept. */
const CONTACTS_DUE = `SELECT id FROM requests
  WHERE entered_at < ? AND (day IS NULL OR day < ?)
    AND (json_extract(record, '$.intake.contactName') <> '' OR json_extract(record, '$.intake.contactPhone') <> ''
      OR json_extract(record, '$.intake.contactEmail') <> '')
  ORDER BY entered_at LIMIT ?`;

/**
 * The retention job's part for the requests (kioskCore's RetentionJob): the requester's name, phone
 * and e-mail erased once the site's retention period has passed since the event (UU 27/2022), a
 * batch at a time; the office's record of the request stays. Returns how many were erased.
 */
export function eraseExpiredRequestContacts(
  deps: CommandDeps,
  world: () => RequestWorld,
  retentionDays: number,
  batch: number,
): number {
  const w = world();
  const cutoff = w.now - retentionDays * 86_400_000;
  const cutoffDay = new Intl.DateTimeFormat('en-CA', { timeZone: w.calendar.timeZone }).format(cutoff);
  const due = prepared(deps.db, CONTACTS_DUE).pluck().all(cutoff, cutoffDay, batch) as string[];
  if (due.length === 0) return 0;
  const reason = `retention:${retentionDays}d`;
  runCommand(deps, 'system', 'requests.eraseContact', (now) => {
    const erased = due.map((id) => {
      const record = applied(applyContactErased(existing(deps.db, id)));
      saveRequest(deps.db, record, w.settings, w.calendar.timeZone, now);
      return record;
    });
    return {
      value: undefined,
      audit: erased.map((r) => ({ entity: 'request', entityId: r.id, details: { reason } })),
      ops: erased.map((r) => ({
        type: 'request.contactErased' as const,
        payload: { requestId: r.id, erasedAt: now, reason },
      })),
      topics: ['requests'],
    };
  });
  return due.length;
}
