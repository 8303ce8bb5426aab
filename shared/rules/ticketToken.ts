// The text inside a reservation's QR code (SOP 97/2020 step 1: the reservation produces a
// barcode/QR; step 4: the visitor scans it at the door).
//
// Format: 'LK1' + 26 Crockford base32 characters carrying 128 random bits (ARCHITECTURE.md: a QR
// token carries at least 128 random bits). 'LK' marks a Loket ticket, '1' is the format version.
// Crockford's alphabet has no I, L, O, U, so a code read out or typed by hand at the desk
// (SOP 97 step 5: when the scan fails the admin looks the reservation up) survives the usual
// misreadings: O is taken as 0, and I or L as 1.
// Pure: no node:, no DOM, no Buffer.
import { base32crockford } from '@scure/base';

export const TICKET_TOKEN_PREFIX = 'LK1';
export const TICKET_TOKEN_BYTES = 16;
/** 128 bits in 5-bit characters: ceil(128 / 5) = 26, the last one carrying 3 bits + 2 zero bits. */
export const TICKET_TOKEN_BODY_LENGTH = 26;
/** Scanned text longer than this is rejected before any other work (scanners can send garbage). */
export const MAX_SCANNED_TEXT_LENGTH = 200;

export type TicketTokenResult =
  Readonly<{ ok: true; token: string }> | Readonly<{ ok: false; reason: 'malformed_code' }>;

const MALFORMED = { ok: false, reason: 'malformed_code' } as const;
const CROCKFORD_BODY = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** The canonical token for 16 random bytes: 'LK1' + 26 upper-case Crockford characters. */
export function formatTicketToken(bytes: Uint8Array): string {
  if (bytes.length !== TICKET_TOKEN_BYTES) {
    throw new RangeError(`a ticket token needs exactly ${TICKET_TOKEN_BYTES} bytes, got ${bytes.length}`);
  }
  // @scure/base's Crockford coder: 5-bit groups over the alphabet 0-9 A-Z without I L O U,
  // upper case, no padding characters; the final group is padded with zero bits.
  return TICKET_TOKEN_PREFIX + base32crockford.encode(bytes);
}

/**
 * Checks that scanned or typed text is a well-formed Loket ticket token and returns it in canonical
 * form (upper case, aliases resolved), which is what the reservation is looked up by.
 * Tolerated: surrounding whitespace (including the scanner's trailing CR/LF), lower case, and the
 * Crockford aliases O→0, I/L→1 after the 'LK' mark. Anything else is 'malformed_code'.
 */
export function parseTicketToken(text: unknown): TicketTokenResult {
  if (typeof text !== 'string' || text.length > MAX_SCANNED_TEXT_LENGTH) return MALFORMED;
  const trimmed = text.trim();
  // ASCII letters and digits only, checked before case folding: toUpperCase maps some non-ASCII
  // letters onto ASCII ones ('ı' → 'I', 'ſ' → 'S'), which would let look-alikes through.
  if (!/^[0-9A-Za-z]+$/.test(trimmed)) return MALFORMED;
  const upper = trimmed.toUpperCase();
  if (upper.length !== TICKET_TOKEN_PREFIX.length + TICKET_TOKEN_BODY_LENGTH || !upper.startsWith('LK')) {
    return MALFORMED;
  }
  // Aliases apply after the 'LK' mark only: that mark contains an L that must stay an L.
  const rest = upper.slice(2).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!rest.startsWith('1')) return MALFORMED;
  const body = rest.slice(1);
  if (!CROCKFORD_BODY.test(body)) return MALFORMED;
  try {
    // Decoding rejects a last character whose two padding bits are not zero: such text was
    // never produced by formatTicketToken, so it is a misread, not a ticket.
    base32crockford.decode(body);
  } catch {
    return MALFORMED;
  }
  return { ok: true, token: TICKET_TOKEN_PREFIX + body };
}
