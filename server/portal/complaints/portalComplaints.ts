// Complaints on the portal: filed through the same operation a kiosk pushes ('complaint.filed', run
// by the server under the site's lock), and found again by ticket number and access code (or an
// e-mail's own link key) for the status page.
//
// The form carries a fresh 128-bit key; the complaint's id, ticket number and access code are
// derived from it, so a second submit of the same form (a double tap, a reload) finds the first
// complaint and answers with the same page, and the server never keeps the code.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { COMPLAINT_CONSENT_VERSION, type ComplaintContact } from '../../../shared/contract/complaints';
import type { ComplaintRecord } from '../../../shared/complaints/complaintRecord';
import {
  COMPLAINT_CODE_BYTES,
  COMPLAINT_TICKET_BYTES,
  complaintSecretInput,
  formatComplaintCode,
  formatComplaintTicket,
} from '../../../shared/complaints/ticketNumber';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';
import { formatTicketToken } from '../../../shared/rules/ticketToken';
import { sameHash } from '../../../electron/services/complaints/complaintSecret';
import type { ServerDb } from '../../db/schema';
import { runServerCommand, type ServerCommandDeps } from '../../sync/serverCommand';

/** 26 Crockford characters of 128 random bits: the key a complaint form submits. */
export const newFormKey = (): string => formatTicketToken(randomBytes(16)).slice(3);
export const isFormKey = (key: string): boolean => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(key);

const digest = (label: string, key: string) =>
  createHash('sha256').update(`loket-complaint-form:${label}:${key}`).digest();

export const secretHashOf = (ticket: string, code: string): string =>
  createHash('sha256').update(complaintSecretInput(ticket, code)).digest('hex');

/** The complaint a form key makes: always the same for the same key. */
export function complaintFromFormKey(key: string): { id: string; ticket: string; code: string } {
  const idBytes = digest('id', key).subarray(0, 16);
  const hex = Buffer.from(idBytes).toString('hex');
  return {
    id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`,
    ticket: formatComplaintTicket(digest('ticket', key).subarray(0, COMPLAINT_TICKET_BYTES)),
    code: formatComplaintCode(digest('code', key).subarray(0, COMPLAINT_CODE_BYTES)),
  };
}

export interface PortalComplaint {
  readonly siteId: string;
  readonly formKey: string;
  readonly serviceId: ServiceId | null;
  readonly text: string;
  readonly contact: ComplaintContact | null;
  readonly lang: 'id' | 'en';
}

/** Files the complaint (or finds the one this form already filed); returns its number and code. */
export async function filePortalComplaint(
  deps: ServerCommandDeps,
  c: PortalComplaint,
  now: number,
): Promise<{ id: string; ticket: string; code: string; replay: boolean }> {
  const made = complaintFromFormKey(c.formKey);
  return runServerCommand(deps, c.siteId, 'portal', now, async (cmd) => {
    const verdict = await cmd.apply('complaint.filed', {
      id: made.id,
      ticket: made.ticket,
      secretHash: secretHashOf(made.ticket, made.code),
      serviceId: c.serviceId,
      text: c.text,
      contact: c.contact ? { name: c.contact.name, email: c.contact.email, phone: c.contact.phone } : null,
      consentVersion: c.contact ? COMPLAINT_CONSENT_VERSION : null,
      channel: 'portal',
      lang: c.lang,
      filedAt: now,
    });
    if (verdict.status === 'rejected') throw new Error(`the portal's complaint was refused: ${verdict.code}`);
    const replay = verdict.status === 'merged';
    if (!replay)
      cmd.audit({
        action: 'portal.complain',
        entity: 'complaint',
        entityId: made.id,
        details: { ticket: made.ticket, serviceId: c.serviceId, anonymous: c.contact === null },
      });
    return { ...made, replay };
  });
}

export interface FoundComplaint {
  readonly siteId: string;
  readonly record: ComplaintRecord;
}

/**
 * The complaint a ticket number and code open: the visitor's access code, or the link key of an
 * e-mail sent to them. Anything else opens nothing, and says nothing about whether the number exists.
 */
export async function findComplaint(
  db: Kysely<ServerDb>,
  ticket: string,
  code: string,
): Promise<FoundComplaint | undefined> {
  const hash = secretHashOf(ticket, code);
  const candidates = await db
    .selectFrom('complaint_tickets as t')
    .leftJoin('complaint_mail as m', 'm.complaint_id', 't.complaint_id')
    .select(['t.complaint_id', 't.site_id', 't.secret_hash', 'm.key_hash'])
    .where('t.ticket', '=', ticket)
    .execute();
  const match = candidates.find(
    (r) => sameHash(r.secret_hash, hash) || (r.key_hash !== null && sameHash(r.key_hash, hash)),
  );
  if (!match) return undefined;
  const row = await db
    .selectFrom('records')
    .select('data')
    .where('site_id', '=', match.site_id)
    .where('entity_type', '=', 'complaint')
    .where('entity_id', '=', match.complaint_id)
    .executeTakeFirst();
  return row ? { siteId: match.site_id, record: row.data as unknown as ComplaintRecord } : undefined;
}
