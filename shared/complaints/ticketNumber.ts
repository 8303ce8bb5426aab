// A complaint's ticket number and its access code. A kiosk may be offline when a visitor files a
// complaint, so the number is made where the complaint is made, never by the server: 40 random bits
// as 8 Crockford base32 characters (no I, L, O, U: read out over the phone, "O" is taken as 0 and
// "I"/"L" as 1), grouped in fours after the mark "ADU" (aduan), and a check character, so a number
// mistyped on the portal is caught before it is looked up: "ADU-7K3M-Q9XZ-4".
//
// The number alone opens nothing. The status page needs the access code too (50 random bits,
// "XXXXX-XXXXX"), which only the visitor holds (screen, slip, e-mail); servers and kiosks keep only
// a hash of number and code. Two complaints sharing a number (2^-40 per pair) would still each be
// found by their own code. Pure: no node:, no DOM, no Buffer.
import { base32crockford } from '@scure/base';

export const COMPLAINT_TICKET_PREFIX = 'ADU';
/** Random bytes behind a ticket number (40 bits, 8 characters). */
export const COMPLAINT_TICKET_BYTES = 5;
/** Random bytes drawn for an access code; 10 characters (50 bits) of their encoding are kept. */
export const COMPLAINT_CODE_BYTES = 7;
const CODE_LENGTH = 10;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BODY = /^[0-9A-HJKMNP-TV-Z]+$/;

/**
 * The check character over the body: Luhn mod 32 on Crockford's alphabet. It catches every single
 * wrong character and every swap of two neighbours but one pair ("0" and "Z").
 */
export function complaintCheckChar(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const code = ALPHABET.indexOf(body[i]!);
    if (code < 0) throw new RangeError(`not a Crockford character: ${body[i]}`);
    const addend = factor * code;
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

/** 'ADU-' + 4 + '-' + 4 + '-' + the check character, from 5 random bytes. */
export function formatComplaintTicket(bytes: Uint8Array): string {
  if (bytes.length !== COMPLAINT_TICKET_BYTES)
    throw new RangeError(`a ticket number needs ${COMPLAINT_TICKET_BYTES} bytes, got ${bytes.length}`);
  const body = base32crockford.encode(bytes);
  return `${COMPLAINT_TICKET_PREFIX}-${body.slice(0, 4)}-${body.slice(4, 8)}-${complaintCheckChar(body)}`;
}

/** 'XXXXX-XXXXX' (50 bits) from 7 random bytes. */
export function formatComplaintCode(bytes: Uint8Array): string {
  if (bytes.length !== COMPLAINT_CODE_BYTES)
    throw new RangeError(`an access code needs ${COMPLAINT_CODE_BYTES} bytes, got ${bytes.length}`);
  const body = base32crockford.encode(bytes).slice(0, CODE_LENGTH);
  return `${body.slice(0, 5)}-${body.slice(5)}`;
}

/** Upper case, Crockford's aliases resolved (O→0, I/L→1), spaces and hyphens dropped; null for other text. */
function crockfordChars(text: unknown, max: number): string | null {
  if (typeof text !== 'string' || text.length > max) return null;
  const compact = text.replace(/[\s-]/g, '');
  // ASCII only, checked before case folding ('ı'.toUpperCase() is 'I').
  if (!/^[0-9A-Za-z]*$/.test(compact)) return null;
  return compact.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

export type TicketParse =
  | { readonly ok: true; readonly ticket: string }
  | { readonly ok: false; readonly reason: 'malformed' | 'check' };

/**
 * A ticket number as a visitor types it ("adu 7k3m q9xz 4", "ADU7K3MQ9XZ4") in its one canonical
 * form; 'check' when it is well formed but its check character does not match (a typo).
 */
export function parseComplaintTicket(text: unknown): TicketParse {
  if (typeof text !== 'string') return { ok: false, reason: 'malformed' };
  // The mark keeps its letters: only what follows "ADU" gets the aliases.
  const m = /^\s*adu[\s-]*(.*)$/i.exec(text);
  const chars = m ? crockfordChars(m[1], 40) : null;
  if (chars === null || chars.length !== 9 || !BODY.test(chars)) return { ok: false, reason: 'malformed' };
  const body = chars.slice(0, 8);
  if (complaintCheckChar(body) !== chars[8]) return { ok: false, reason: 'check' };
  return { ok: true, ticket: `${COMPLAINT_TICKET_PREFIX}-${body.slice(0, 4)}-${body.slice(4)}-${chars[8]}` };
}

/** An access code as typed, in canonical form; null when it cannot be one. */
export function parseComplaintCode(text: unknown): string | null {
  const chars = crockfordChars(text, 30);
  if (chars === null || chars.length !== CODE_LENGTH || !BODY.test(chars)) return null;
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** What is hashed to find a complaint by number and code (the hash itself is made where node:crypto is). */
export const complaintSecretInput = (ticket: string, code: string): string =>
  `loket-complaint:${ticket}:${code}`;
