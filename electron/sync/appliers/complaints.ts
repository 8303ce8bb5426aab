// How a pulled change of complaints (pengaduan) is written to the kiosk's tables (../applyChanges.ts):
// the server's record of a complaint (shared/complaints/complaintRecord.ts) replaces the kiosk's row,
// so a complaint filed on the portal or at another kiosk appears on this desk's panel. A contact this
// kiosk has erased stays erased, whatever an older state says.
import { prepared } from '../../../db/statements';
import type { Applier } from '../applyChanges';

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

const UPSERT = `INSERT INTO complaints (id, ticket, secret_hash, service_id, body, contact_name, contact_email,
    contact_phone, consent_version, contact_erased_at, channel, lang, status, filed_at, assigned_to, assigned_at,
    answer, answered_by, answered_at, closed_by, closed_at, close_note, lapor_id, lapor_linked_at, updated_at)
  VALUES (:id, :ticket, :secret_hash, :service_id, :body, :contact_name, :contact_email, :contact_phone,
    :consent_version, :contact_erased_at, :channel, :lang, :status, :filed_at, :assigned_to, :assigned_at,
    :answer, :answered_by, :answered_at, :closed_by, :closed_at, :close_note, :lapor_id, :lapor_linked_at, :now)
  ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, body = excluded.body,
    contact_name = CASE WHEN complaints.contact_erased_at IS NULL THEN excluded.contact_name ELSE '' END,
    contact_email = CASE WHEN complaints.contact_erased_at IS NULL THEN excluded.contact_email ELSE '' END,
    contact_phone = CASE WHEN complaints.contact_erased_at IS NULL THEN excluded.contact_phone ELSE '' END,
    contact_erased_at = coalesce(complaints.contact_erased_at, excluded.contact_erased_at),
    status = excluded.status, assigned_to = excluded.assigned_to, assigned_at = excluded.assigned_at,
    answer = excluded.answer, answered_by = excluded.answered_by, answered_at = excluded.answered_at,
    closed_by = excluded.closed_by, closed_at = excluded.closed_at, close_note = excluded.close_note,
    lapor_id = excluded.lapor_id, lapor_linked_at = excluded.lapor_linked_at, updated_at = excluded.updated_at`;

const complaint: Applier = (db, id, r: Row, now) => {
  const contact = (r.contact ?? null) as { name?: unknown; email?: unknown; phone?: unknown } | null;
  prepared(db, UPSERT).run({
    id,
    ticket: str(r.ticket),
    secret_hash: str(r.secretHash),
    service_id: strOrNull(r.serviceId),
    body: str(r.text),
    contact_name: contact ? str(contact.name) : '',
    contact_email: contact ? str(contact.email) : '',
    contact_phone: contact ? str(contact.phone) : '',
    consent_version: strOrNull(r.consentVersion),
    contact_erased_at: num(r.contactErasedAt),
    channel: str(r.channel),
    lang: str(r.lang),
    status: str(r.status),
    filed_at: num(r.filedAt) ?? now,
    assigned_to: strOrNull(r.assignedTo),
    assigned_at: num(r.assignedAt),
    answer: strOrNull(r.answer),
    answered_by: strOrNull(r.answeredBy),
    answered_at: num(r.answeredAt),
    closed_by: strOrNull(r.closedBy),
    closed_at: num(r.closedAt),
    close_note: strOrNull(r.closeNote),
    lapor_id: strOrNull(r.laporId),
    lapor_linked_at: num(r.laporLinkedAt),
    now,
  });
  return ['complaints'];
};

export const complaintsAppliers: Readonly<Record<string, Applier>> = { complaint };
