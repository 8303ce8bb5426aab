// Complaint commands: filing (a visitor at the kiosk), then the officer's assign, answer, close and
// LAPOR! number, and erasing a contact. Each checks the shared rules (shared/complaints/
// complaintRules.ts), writes the change, its audit row and its sync operation in one transaction.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import { COMPLAINT_CONSENT_VERSION, type ComplaintRow, type ParsedInput } from '../../../shared/contract';
import {
  decideComplaintAction,
  statusAfter,
  type ComplaintAction,
  type ComplaintRefusal,
} from '../../../shared/complaints/complaintRules';
import { reject } from '../../../shared/result';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { permissionsOf } from '../officers/roles';
import {
  findComplaint,
  findComplaintByRequestKey,
  ticketTaken,
  toComplaintRow,
  type ComplaintDbRow,
} from './complaintQueries';
import { complaintSecretHash, newComplaintTicket } from './complaintSecret';

const INSERT = `INSERT INTO complaints (id, ticket, secret_hash, service_id, body, contact_name, contact_email,
    contact_phone, consent_version, channel, lang, status, filed_at, request_key, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'kiosk', ?, 'new', ?, ?, ?)`;

export interface FiledComplaint {
  readonly row: ComplaintDbRow;
  readonly code: string;
}

/**
 * A visitor files a complaint at the kiosk, offline or not: the ticket number is made here (unique on
 * this kiosk, random across kiosks), the access code is returned once and only its hash is kept.
 * `earlierCode` answers a repeated request key (a retried call) with the code the first call made;
 * without it a repeat is refused rather than filed twice.
 */
export function fileComplaint(
  deps: CommandDeps,
  input: ParsedInput<'complaints.file'>,
  earlierCode: (requestKey: string) => string | undefined,
): FiledComplaint {
  const { db } = deps;
  return runCommand(deps, 'kiosk', 'complaints.file', (now) => {
    const earlier = findComplaintByRequestKey(db, input.requestKey);
    if (earlier) {
      const code = earlierCode(input.requestKey);
      if (code === undefined)
        throw reject('conflict', 'errors.complaints.alreadyFiled', { params: { ticket: earlier.ticket } });
      return {
        value: { row: earlier, code },
        audit: { entity: 'complaint', entityId: earlier.id, details: { replay: true } },
        ops: [],
        topics: [],
      };
    }
    const id = deps.ids.id();
    const { ticket, code } = newComplaintTicket((t) => ticketTaken(db, t));
    const secretHash = complaintSecretHash(ticket, code);
    const contact = input.contact;
    prepared(db, INSERT).run(
      id,
      ticket,
      secretHash,
      input.serviceId,
      input.text,
      contact?.name ?? '',
      contact?.email ?? '',
      contact?.phone ?? '',
      contact ? COMPLAINT_CONSENT_VERSION : null,
      input.lang,
      now,
      input.requestKey,
      now,
    );
    return {
      value: { row: findComplaint(db, id)!, code },
      // No personal data in the audit row: what was filed, for which service, with or without a contact.
      audit: {
        entity: 'complaint',
        entityId: id,
        details: { ticket, serviceId: input.serviceId, anonymous: contact === null },
      },
      ops: [
        {
          type: 'complaint.filed',
          payload: {
            id,
            ticket,
            secretHash,
            serviceId: input.serviceId,
            text: input.text,
            contact: contact ? { name: contact.name, email: contact.email, phone: contact.phone } : null,
            consentVersion: contact ? COMPLAINT_CONSENT_VERSION : null,
            channel: 'kiosk',
            lang: input.lang,
            filedAt: now,
          },
        },
      ],
      topics: ['complaints'],
    };
  });
}

const REFUSAL_KEYS: Record<ComplaintRefusal, string> = {
  closed: 'errors.complaints.closed',
  notAssigned: 'errors.complaints.notAssigned',
  closeNeedsNote: 'errors.complaints.closeNeedsNote',
};

function openOrThrow(db: Db, id: string, action: ComplaintAction, hasNote = false): ComplaintDbRow {
  const row = findComplaint(db, id);
  if (!row) throw reject('not_found', 'errors.complaints.notFound');
  const decision = decideComplaintAction(row.status, action, { hasNote });
  if (!decision.ok)
    throw reject('conflict', REFUSAL_KEYS[decision.reason], { params: { ticket: row.ticket } });
  return row;
}

const officerOf = (actor: Actor): string =>
  actor.startsWith('officer:') ? actor.slice('officer:'.length) : actor;

const ASSIGN =
  'UPDATE complaints SET status = ?, assigned_to = ?, assigned_at = ?, updated_at = ? WHERE id = ?';

/** Gives the complaint to an officer of the site who handles complaints (again, to another, until closed). */
export function assignComplaint(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; officerId: string },
): ComplaintRow {
  const { db } = deps;
  return runCommand(deps, actor, 'complaints.assign', (now) => {
    const before = openOrThrow(db, input.id, 'assign');
    const officer = prepared(db, 'SELECT roles FROM officers WHERE id = ? AND active = 1').get(
      input.officerId,
    ) as { roles: string } | undefined;
    if (!officer || !permissionsOf(db, JSON.parse(officer.roles) as string[]).includes('complaints.handle'))
      throw reject('validation', 'errors.complaints.officerUnknown', {
        fields: { officerId: 'errors.complaints.officerUnknown' },
      });
    prepared(db, ASSIGN).run(statusAfter(before.status, 'assign'), input.officerId, now, now, input.id);
    return {
      value: toComplaintRow(findComplaint(db, input.id)!),
      audit: {
        entity: 'complaint',
        entityId: input.id,
        details: { officerId: input.officerId, from: before.assigned_to },
      },
      ops: [
        {
          type: 'complaint.assigned',
          payload: { id: input.id, officerId: input.officerId, assignedAt: now },
        },
      ],
      topics: ['complaints'],
    };
  });
}

const ANSWER = `UPDATE complaints SET status = ?, answer = ?, answered_by = ?, answered_at = ?, updated_at = ?
  WHERE id = ?`;

/** The officer's answer, which the visitor reads on the status page (and gets by e-mail); correctable until closed. */
export function answerComplaint(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; answer: string },
): ComplaintRow {
  const { db } = deps;
  return runCommand(deps, actor, 'complaints.answer', (now) => {
    const before = openOrThrow(db, input.id, 'answer');
    const answeredBy = officerOf(actor);
    prepared(db, ANSWER).run(
      statusAfter(before.status, 'answer'),
      input.answer,
      answeredBy,
      now,
      now,
      input.id,
    );
    return {
      value: toComplaintRow(findComplaint(db, input.id)!),
      audit: {
        entity: 'complaint',
        entityId: input.id,
        details: { corrected: before.answer !== null, length: input.answer.length },
      },
      ops: [
        {
          type: 'complaint.answered',
          payload: { id: input.id, answer: input.answer, answeredBy, answeredAt: now },
        },
      ],
      topics: ['complaints'],
    };
  });
}

const CLOSE = `UPDATE complaints SET status = 'closed', closed_by = ?, closed_at = ?, close_note = ?, updated_at = ?
  WHERE id = ?`;

/** Closes a complaint: after its answer, or earlier with the reason why (a duplicate, forwarded to LAPOR!…). */
export function closeComplaint(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; note: string | null },
): ComplaintRow {
  const { db } = deps;
  return runCommand(deps, actor, 'complaints.close', (now) => {
    const before = openOrThrow(db, input.id, 'close', input.note !== null);
    const closedBy = officerOf(actor);
    prepared(db, CLOSE).run(closedBy, now, input.note, now, input.id);
    return {
      value: toComplaintRow(findComplaint(db, input.id)!),
      audit: { entity: 'complaint', entityId: input.id, details: { from: before.status, note: input.note } },
      ops: [
        { type: 'complaint.closed', payload: { id: input.id, note: input.note, closedBy, closedAt: now } },
      ],
      topics: ['complaints'],
    };
  });
}

const LINK = 'UPDATE complaints SET lapor_id = ?, lapor_linked_at = ?, updated_at = ? WHERE id = ?';

/** The complaint was also filed on SP4N-LAPOR!: its tracking number, so both can be followed. */
export function linkLapor(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; laporId: string },
): ComplaintRow {
  const { db } = deps;
  return runCommand(deps, actor, 'complaints.linkLapor', (now) => {
    const before = openOrThrow(db, input.id, 'linkLapor');
    prepared(db, LINK).run(input.laporId, now, now, input.id);
    return {
      value: toComplaintRow(findComplaint(db, input.id)!),
      audit: {
        entity: 'complaint',
        entityId: input.id,
        details: { laporId: input.laporId, from: before.lapor_id },
      },
      ops: [
        { type: 'complaint.laporLinked', payload: { id: input.id, laporId: input.laporId, linkedAt: now } },
      ],
      topics: ['complaints'],
    };
  });
}

const ERASE = `UPDATE complaints SET contact_name = '', contact_email = '', contact_phone = '',
    contact_erased_at = ?, updated_at = ? WHERE id = ?`;

// The filing's operation carries the contact: blanked too, sent or not (the server blanks its own copy
// when the erasure reaches it; an unsent one reaches it blank).
const ERASE_OUTBOX = `UPDATE outbox SET payload = json_set(payload, '$.contact', json('null'))
  WHERE op_type = 'complaint.filed' AND entity_id = ?`;

function eraseWithin(deps: CommandDeps, row: ComplaintDbRow, reason: string, now: number) {
  prepared(deps.db, ERASE).run(now, now, row.id);
  prepared(deps.db, ERASE_OUTBOX).run(row.id);
  return {
    audit: { entity: 'complaint', entityId: row.id, details: { reason, ticket: row.ticket } },
    op: { type: 'complaint.contactErased' as const, payload: { id: row.id, erasedAt: now, reason } },
  };
}

/** The complainant asks for their contact to be erased (UU 27/2022): the complaint itself stays. */
export function eraseComplaintContact(
  deps: CommandDeps,
  actor: Actor,
  input: { id: string; reason: string },
): ComplaintRow {
  const { db } = deps;
  return runCommand(deps, actor, 'complaints.eraseContact', (now) => {
    const row = findComplaint(db, input.id);
    if (!row) throw reject('not_found', 'errors.complaints.notFound');
    if (row.contact_name === '' && row.contact_email === '' && row.contact_phone === '')
      throw reject('rule', 'errors.complaints.noContact');
    const erased = eraseWithin(deps, row, input.reason, now);
    return {
      value: toComplaintRow(findComplaint(db, input.id)!),
      audit: erased.audit,
      ops: [erased.op],
      topics: ['complaints'],
    };
  });
}

const CONTACTS_DUE = `SELECT c.*, NULL AS assigned_name, NULL AS answered_by_name FROM complaints c
  WHERE c.contact_erased_at IS NULL AND (c.contact_email <> '' OR c.contact_phone <> '' OR c.contact_name <> '')
    AND coalesce(c.closed_at, c.filed_at) < ?
  ORDER BY c.filed_at LIMIT ?`;

/**
 * The retention job's part for complaints (UU 27/2022): contacts kept longer than `retentionDays`
 * after the complaint was closed (or, never closed, after it was filed) are blanked, up to `batch`
 * per call, with the same operation an officer's erasure makes, so the server blanks its copies too.
 * Returns how many it blanked; call again while it returns `batch`.
 */
export function eraseExpiredComplaintContacts(deps: CommandDeps, retentionDays: number, batch = 50): number {
  const cutoff = deps.clock.now() - retentionDays * 86_400_000;
  const due = prepared(deps.db, CONTACTS_DUE).all(cutoff, batch) as ComplaintDbRow[];
  if (due.length === 0) return 0;
  const reason = `retention:${retentionDays}d`;
  runCommand(deps, 'system', 'complaints.eraseContact', (now) => {
    const erased = due.map((row) => eraseWithin(deps, row, reason, now));
    return {
      value: undefined,
      audit: erased.map((e) => e.audit),
      ops: erased.map((e) => e.op),
      topics: ['complaints'],
    };
  });
  return due.length;
}
