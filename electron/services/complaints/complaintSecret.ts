// The random parts of a complaint's ticket (shared/complaints/ticketNumber.ts) and the hash that is
// kept instead of the access code. The central server hashes the same way (server/portal/complaints).
import { createHash, randomBytes } from 'node:crypto';
import {
  COMPLAINT_CODE_BYTES,
  COMPLAINT_TICKET_BYTES,
  complaintSecretInput,
  formatComplaintCode,
  formatComplaintTicket,
} from '../../../shared/complaints/ticketNumber';

/** sha256 hex of the ticket number and access code (both in canonical form). */
export const complaintSecretHash = (ticket: string, code: string): string =>
  createHash('sha256').update(complaintSecretInput(ticket, code)).digest('hex');

/** A fresh ticket number not yet used where `taken` looks (this kiosk's complaints), and its access code. */
export function newComplaintTicket(taken: (ticket: string) => boolean): { ticket: string; code: string } {
  for (;;) {
    const ticket = formatComplaintTicket(randomBytes(COMPLAINT_TICKET_BYTES));
    if (!taken(ticket)) return { ticket, code: formatComplaintCode(randomBytes(COMPLAINT_CODE_BYTES)) };
  }
}

/** The same secrets compared in constant time (a status page must not leak how much of a code matched). */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
