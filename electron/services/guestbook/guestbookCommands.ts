// Guest-book commands (service standard no. 15): a guest registers at the kiosk and gets a queue
// number; an officer serves them (or directs them elsewhere) and closes the entry; a guest's data is
// anonymised on request. Each checks its rules and writes the row, its audit row and its sync
// operation in one transaction (runCommand).
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import {
  GUEST_CONSENT_VERSION,
  type GuestEntry,
  type MethodOutput,
  type ParsedInput,
  type RulesSettings,
} from '../../../shared/contract';
import { GUEST_STANDARD_MINUTES } from '../../../shared/guestbook/serviceTime';
import { formatQueueNumber } from '../../../shared/guestbook/queueNumber';
import { reject } from '../../../shared/result';
import { maskName } from '../../../shared/slips/mask';
import type { SyncOp } from '../../../shared/sync/operations';
import { runCommand, type Actor, type AuditEntry, type CommandDeps } from '../core/command';
import { siteDay } from '../settings/rules';
import {
  findGuest,
  findGuestByRequestKey,
  lastEntryByPhone,
  nextQueueSeq,
  purposeOf,
  toGuestEntry,
  waitingAhead,
  type GuestRow,
} from './guestbookQueries';
import { readGuestbookSettings } from './guestbookSettings';

type RegisterOutput = Omit<MethodOutput<'guestbook.register'>, 'slip'>;

const registered = (db: Db, r: GuestRow): RegisterOutput => ({
  id: r.id,
  queueNumber: r.queue_number,
  day: r.day,
  registeredAt: r.registered_at,
  maskedName: maskName(r.full_name),
  purpose: purposeOf(r),
  waitingAhead: waitingAhead(db, r.day, r.registered_at, r.id),
  standardMinutes: GUEST_STANDARD_MINUTES,
});

const INSERT = `INSERT INTO guests (id, day, queue_prefix, queue_seq, queue_number, full_name, institution,
    phone_e164, purpose_service, purpose_other, meet, with_letter, returning_guest, consent_version,
    registered_at, status, request_key)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?)`;

/**
 * A guest fills in the guest book at the kiosk. The queue number is this kiosk's letter and the
 * next number of the day, so it is made here, offline or not. A returning guest may take over the
 * name and institution of their last entry (found by the phone they typed, never shown whole).
 * The form's request key makes a double tap or a retried request answer as the first time.
 */
export function registerGuest(
  deps: CommandDeps,
  actor: Actor,
  rules: RulesSettings,
  input: ParsedInput<'guestbook.register'>,
): RegisterOutput {
  const { db } = deps;
  return runCommand(deps, actor, 'guestbook.register', (now) => {
    const replay = findGuestByRequestKey(db, input.requestKey);
    if (replay)
      return {
        value: registered(db, replay),
        audit: { entity: 'guest', entityId: replay.id, details: { replay: true } },
        ops: [],
        topics: [],
      };
    let person: { fullName: string; institution: string | null };
    if (input.identity.kind === 'previous') {
      const last = lastEntryByPhone(db, input.phone);
      if (!last) throw reject('not_found', 'errors.guestbook.previousNotFound');
      person = { fullName: last.full_name, institution: last.institution };
    } else {
      person = { fullName: input.identity.fullName, institution: input.identity.institution };
    }
    const day = siteDay(rules, now);
    const prefix = readGuestbookSettings(deps).queuePrefix;
    const seq = nextQueueSeq(db, day, prefix);
    const queueNumber = formatQueueNumber(prefix, seq);
    const purpose =
      input.purpose.kind === 'service'
        ? { serviceId: input.purpose.serviceId, other: null }
        : { serviceId: null, other: input.purpose.text };
    const id = deps.ids.id();
    const returning = input.identity.kind === 'previous';
    prepared(db, INSERT).run(
      id,
      day,
      prefix,
      seq,
      queueNumber,
      person.fullName,
      person.institution,
      input.phone,
      purpose.serviceId,
      purpose.other,
      input.meet,
      input.withLetter ? 1 : 0,
      returning ? 1 : 0,
      GUEST_CONSENT_VERSION,
      now,
      input.requestKey,
    );
    return {
      value: registered(db, findGuest(db, id)!),
      // No personal data in the audit row: the entry holds it, and anonymising the entry removes it.
      audit: {
        entity: 'guest',
        entityId: id,
        details: { day, queueNumber, purpose: purpose.serviceId ?? 'other', returning },
      },
      ops: [
        {
          type: 'guest.registered',
          payload: {
            id,
            day,
            queuePrefix: prefix,
            queueSeq: seq,
            queueNumber,
            fullName: person.fullName,
            institution: person.institution,
            phone: input.phone,
            purpose,
            meet: input.meet,
            withLetter: input.withLetter,
            returning,
            consentVersion: GUEST_CONSENT_VERSION,
            registeredAt: now,
          },
        },
      ],
      topics: ['guestbook'],
    };
  });
}

const officerOf = (actor: Actor): string | null =>
  actor.startsWith('officer:') ? actor.slice('officer:'.length) : null;

function guestOrThrow(db: Db, id: string): GuestRow {
  const row = findGuest(db, id);
  if (!row) throw reject('not_found', 'errors.guestbook.notFound');
  return row;
}

const SERVE = `UPDATE guests SET status = 'served', served_at = ?, served_by = ?, outcome = ?, service_note = ?
  WHERE id = ?`;
const CLOSE = `UPDATE guests SET status = 'closed', closed_at = ?, closed_by = ?, close_kind = ?, close_note = ?
  WHERE id = ?`;

/** The officer records how a waiting guest was served or where they were directed; maybe closes at once. */
export function serveGuest(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'guestbook.serve'>,
): GuestEntry {
  const { db } = deps;
  return runCommand(deps, actor, 'guestbook.serve', (now) => {
    const before = guestOrThrow(db, input.id);
    if (before.status !== 'waiting')
      throw reject(
        'conflict',
        `errors.guestbook.${before.status === 'served' ? 'alreadyServed' : 'alreadyClosed'}`,
        {
          params: { number: before.queue_number },
        },
      );
    const officer = officerOf(actor);
    prepared(db, SERVE).run(now, officer, input.outcome, input.note, input.id);
    const ops: SyncOp[] = [
      {
        type: 'guest.served',
        payload: { id: input.id, servedAt: now, servedBy: officer, outcome: input.outcome, note: input.note },
      },
    ];
    if (input.closeNow) {
      prepared(db, CLOSE).run(now, officer, 'done', null, input.id);
      ops.push({
        type: 'guest.closed',
        payload: { id: input.id, closedAt: now, closedBy: officer, kind: 'done', note: null },
      });
    }
    return {
      value: toGuestEntry(findGuest(db, input.id)!, now),
      audit: {
        entity: 'guest',
        entityId: input.id,
        details: {
          queueNumber: before.queue_number,
          outcome: input.outcome,
          waitedMinutes: Math.floor((now - before.registered_at) / 60_000),
          closed: input.closeNow,
        },
      },
      ops,
      topics: ['guestbook'],
    };
  });
}

/**
 * The officer closes an entry: 'done' once the guest was served, 'left' for a guest who went before
 * being called. A closed entry stays closed.
 */
export function closeGuest(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'guestbook.close'>,
): GuestEntry {
  const { db } = deps;
  return runCommand(deps, actor, 'guestbook.close', (now) => {
    const before = guestOrThrow(db, input.id);
    if (before.status === 'closed')
      throw reject('conflict', 'errors.guestbook.alreadyClosed', { params: { number: before.queue_number } });
    if (input.kind === 'done' && before.status === 'waiting')
      throw reject('rule', 'errors.guestbook.serveFirst', { params: { number: before.queue_number } });
    if (input.kind === 'left' && before.status === 'served')
      throw reject('rule', 'errors.guestbook.alreadyServed', { params: { number: before.queue_number } });
    const officer = officerOf(actor);
    prepared(db, CLOSE).run(now, officer, input.kind, input.note, input.id);
    return {
      value: toGuestEntry(findGuest(db, input.id)!, now),
      audit: {
        entity: 'guest',
        entityId: input.id,
        details: { queueNumber: before.queue_number, kind: input.kind },
      },
      ops: [
        {
          type: 'guest.closed',
          payload: { id: input.id, closedAt: now, closedBy: officer, kind: input.kind, note: input.note },
        },
      ],
      topics: ['guestbook'],
    };
  });
}

const ANONYMISE = `UPDATE guests SET full_name = '', phone_e164 = NULL, purpose_other = CASE WHEN purpose_other IS NULL THEN NULL ELSE '' END,
    service_note = NULL, close_note = NULL, anonymised_at = ?
  WHERE id = ?`;
// An entry registered offline and not yet sent carries the name and phone: the server gets it blank.
const ANONYMISE_UNSENT = `UPDATE outbox SET payload = json_replace(payload, '$.fullName', '', '$.phone', '',
    '$.purpose.other', CASE WHEN json_extract(payload, '$.purpose.other') IS NULL THEN json('null') ELSE '' END)
  WHERE pushed_at IS NULL AND op_type = 'guest.registered' AND entity_id = ?`;
const BLANK_UNSENT_NOTES = `UPDATE outbox SET payload = json_replace(payload, '$.note', json('null'))
  WHERE pushed_at IS NULL AND op_type IN ('guest.served', 'guest.closed') AND entity_id = ?`;

/** Blanks one entry's personal data here and in what waits to be sent; the caller's command says so. */
export function anonymiseWithin(
  deps: CommandDeps,
  id: string,
  reason: string,
  now: number,
): { audit: AuditEntry; op: SyncOp } {
  prepared(deps.db, ANONYMISE).run(now, id);
  prepared(deps.db, ANONYMISE_UNSENT).run(id);
  prepared(deps.db, BLANK_UNSENT_NOTES).run(id);
  return {
    audit: { entity: 'guest', entityId: id, details: { reason } },
    op: { type: 'guest.anonymised', payload: { id, at: now, reason } },
  };
}

/** A guest asks for their data to be erased (UU 27/2022): the entry stays for the counts, blanked. */
export function eraseGuest(
  deps: CommandDeps,
  actor: Actor,
  input: ParsedInput<'guestbook.erase'>,
): GuestEntry {
  const { db } = deps;
  return runCommand(deps, actor, 'guestbook.erase', (now) => {
    const before = guestOrThrow(db, input.id);
    if (before.anonymised_at !== null) throw reject('conflict', 'errors.guestbook.alreadyErased');
    const erased = anonymiseWithin(deps, input.id, input.reason, now);
    return {
      value: toGuestEntry(findGuest(db, input.id)!, now),
      audit: erased.audit,
      ops: [erased.op],
      topics: ['guestbook'],
    };
  });
}
