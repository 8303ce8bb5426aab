// How a pulled change of buku tamu (service standard no. 15) is written to the kiosk's tables (../applyChanges.ts).
// The server sends each guest entry whole (server/sync/handlers/guestbook.ts): the kiosk keeps it as
// the server decided, except that an entry anonymised here stays anonymised (a tombstone: an older
// state arriving later never brings the name back).
import { prepared } from '../../../db/statements';
import type { Applier } from '../applyChanges';

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

const UPSERT = `INSERT INTO guests (id, day, queue_prefix, queue_seq, queue_number, full_name, institution,
    phone_e164, purpose_service, purpose_other, meet, with_letter, returning_guest, consent_version,
    registered_at, status, served_at, served_by, outcome, service_note, closed_at, closed_by, close_kind,
    close_note, anonymised_at)
  VALUES (:id, :day, :queuePrefix, :queueSeq, :queueNumber, :fullName, :institution, :phone, :purposeService,
    :purposeOther, :meet, :withLetter, :returning, :consentVersion, :registeredAt, :status, :servedAt,
    :servedBy, :outcome, :serviceNote, :closedAt, :closedBy, :closeKind, :closeNote, :anonymisedAt)
  ON CONFLICT (id) DO UPDATE SET
    status = excluded.status, served_at = excluded.served_at, served_by = excluded.served_by,
    outcome = excluded.outcome, closed_at = excluded.closed_at, closed_by = excluded.closed_by,
    close_kind = excluded.close_kind,
    full_name = CASE WHEN guests.anonymised_at IS NULL THEN excluded.full_name ELSE '' END,
    phone_e164 = CASE WHEN guests.anonymised_at IS NULL THEN excluded.phone_e164 ELSE NULL END,
    purpose_other = CASE WHEN guests.anonymised_at IS NULL OR excluded.purpose_other IS NULL
      THEN excluded.purpose_other ELSE '' END,
    service_note = CASE WHEN guests.anonymised_at IS NULL THEN excluded.service_note ELSE NULL END,
    close_note = CASE WHEN guests.anonymised_at IS NULL THEN excluded.close_note ELSE NULL END,
    anonymised_at = coalesce(guests.anonymised_at, excluded.anonymised_at)`;

const guest: Applier = (db, id, g: Row) => {
  prepared(db, UPSERT).run({
    id,
    day: str(g.day),
    queuePrefix: str(g.queuePrefix),
    queueSeq: num(g.queueSeq) ?? 1,
    queueNumber: str(g.queueNumber),
    fullName: str(g.fullName),
    institution: strOrNull(g.institution),
    phone: strOrNull(g.phone) || null,
    purposeService: strOrNull(g.purposeService),
    purposeOther: strOrNull(g.purposeOther),
    meet: strOrNull(g.meet),
    withLetter: g.withLetter ? 1 : 0,
    returning: g.returning ? 1 : 0,
    consentVersion: str(g.consentVersion),
    registeredAt: num(g.registeredAt) ?? 0,
    status: str(g.status),
    servedAt: num(g.servedAt),
    servedBy: strOrNull(g.servedBy),
    outcome: strOrNull(g.outcome),
    serviceNote: strOrNull(g.serviceNote),
    closedAt: num(g.closedAt),
    closedBy: strOrNull(g.closedBy),
    closeKind: strOrNull(g.closeKind),
    closeNote: strOrNull(g.closeNote),
    anonymisedAt: num(g.anonymisedAt),
  });
  return ['guestbook'];
};

export const guestbookAppliers: Readonly<Record<string, Applier>> = { guest };
