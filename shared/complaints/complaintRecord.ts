// A complaint's current state as the central server keeps it (one record per complaint, pulled by
// every kiosk of the site) and how each operation changes it, by the rules in
// shared/sync/domainRules/complaints.ts. The server's handlers decide with these; the kiosks'
// applier writes the result. Pure: no node:, no DOM.
import type { z } from 'zod';
import type { complaintsOperations } from '../contract/complaints';
import type { ServiceId } from '../serviceStandards/serviceIds';
import {
  decideComplaintAction,
  statusAfter,
  type ComplaintChannel,
  type ComplaintStatus,
} from './complaintRules';

type Payload<T extends keyof typeof complaintsOperations> = z.output<
  (typeof complaintsOperations)[T]['payload']
>;

export interface ComplaintContactRecord {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

export interface ComplaintRecord {
  readonly id: string;
  readonly ticket: string;
  readonly secretHash: string;
  readonly serviceId: ServiceId | null;
  readonly text: string;
  /** null: anonymous, or erased (then `contactErasedAt` says when). */
  readonly contact: ComplaintContactRecord | null;
  readonly consentVersion: string | null;
  readonly contactErasedAt: number | null;
  readonly channel: ComplaintChannel;
  readonly lang: 'id' | 'en';
  readonly status: ComplaintStatus;
  readonly filedAt: number;
  readonly assignedTo: string | null;
  readonly assignedAt: number | null;
  readonly answer: string | null;
  readonly answeredBy: string | null;
  readonly answeredAt: number | null;
  readonly closedBy: string | null;
  readonly closedAt: number | null;
  readonly closeNote: string | null;
  readonly laporId: string | null;
  readonly laporLinkedAt: number | null;
}

export function recordFromFiled(
  p: Payload<'complaint.filed'>,
  contactErasedAt: number | null = null,
): ComplaintRecord {
  return {
    id: p.id,
    ticket: p.ticket,
    secretHash: p.secretHash,
    serviceId: p.serviceId,
    text: p.text,
    contact: contactErasedAt === null ? p.contact : null,
    consentVersion: p.consentVersion,
    contactErasedAt,
    channel: p.channel,
    lang: p.lang,
    status: 'new',
    filedAt: p.filedAt,
    assignedTo: null,
    assignedAt: null,
    answer: null,
    answeredBy: null,
    answeredAt: null,
    closedBy: null,
    closedAt: null,
    closeNote: null,
    laporId: null,
    laporLinkedAt: null,
  };
}

/** The new state, or why the operation changes nothing ('merged') or is refused ('rejected'). */
export type RecordOutcome =
  | { readonly kind: 'changed'; readonly record: ComplaintRecord }
  | { readonly kind: 'merged'; readonly code: string }
  | { readonly kind: 'rejected'; readonly code: string };

const changed = (record: ComplaintRecord): RecordOutcome => ({ kind: 'changed', record });

export function applyAssigned(r: ComplaintRecord, p: Payload<'complaint.assigned'>): RecordOutcome {
  if (r.status === 'closed') return { kind: 'rejected', code: 'complaint_closed' };
  if (r.assignedTo === p.officerId && r.status !== 'new') return { kind: 'merged', code: 'unchanged' };
  return changed({
    ...r,
    status: statusAfter(r.status, 'assign'),
    assignedTo: p.officerId,
    assignedAt: p.assignedAt,
  });
}

/**
 * An answer to a complaint nobody was given yet (another desk's assignment is still on its way) is
 * accepted: the answer is the fact the visitor waits for; the order of desks' operations is not.
 */
export function applyAnswered(r: ComplaintRecord, p: Payload<'complaint.answered'>): RecordOutcome {
  if (r.status === 'closed') return { kind: 'rejected', code: 'complaint_closed' };
  if (r.answer === p.answer && r.answeredBy === p.answeredBy) return { kind: 'merged', code: 'unchanged' };
  return changed({
    ...r,
    status: statusAfter(r.status, 'answer'),
    answer: p.answer,
    answeredBy: p.answeredBy,
    answeredAt: p.answeredAt,
  });
}

export function applyClosed(r: ComplaintRecord, p: Payload<'complaint.closed'>): RecordOutcome {
  if (r.status === 'closed') return { kind: 'merged', code: 'already_closed' };
  return changed({ ...r, status: 'closed', closedBy: p.closedBy, closedAt: p.closedAt, closeNote: p.note });
}

export function applyLaporLinked(r: ComplaintRecord, p: Payload<'complaint.laporLinked'>): RecordOutcome {
  if (!decideComplaintAction(r.status, 'linkLapor').ok) return { kind: 'rejected', code: 'not_allowed' };
  if (r.laporId === p.laporId) return { kind: 'merged', code: 'unchanged' };
  return changed({ ...r, laporId: p.laporId, laporLinkedAt: p.linkedAt });
}

export function applyContactErased(r: ComplaintRecord, p: Payload<'complaint.contactErased'>): RecordOutcome {
  if (r.contactErasedAt !== null) return { kind: 'merged', code: 'already_erased' };
  return changed({ ...r, contact: null, contactErasedAt: p.erasedAt });
}
