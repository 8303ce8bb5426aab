import { randomBytes, randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { formatTicketToken } from '../../../shared/rules/ticketToken';

/** Where new ids and QR tokens come from; injected so tests can make them predictable. */
export interface IdSource {
  /** Sortable, unguessable record id (UUIDv7). */
  id(): string;
  /** QR ticket token: 128 random bits in scanner-friendly Crockford base32. */
  ticketToken(): string;
}

/**
 * The system's random bytes, drawn 4 KiB at a time and handed out 16 at a time (as Node's own
 * randomUUID does): one call into the generator per 256 ids instead of one per id, which was a
 * twelfth of a check-in's time (issue 9).
 */
const pool = Buffer.alloc(4096);
let taken = pool.length;
function sixteenRandomBytes(): Uint8Array {
  if (taken === pool.length) {
    randomFillSync(pool);
    taken = 0;
  }
  taken += 16;
  return pool.subarray(taken - 16, taken);
}

/**
 * UUIDv7 kept in order within a millisecond (RFC 9562 §6.2, method 1, as the uuid package does on
 * its own): a 31-bit counter seeded at random each new millisecond and counted up within it.
 */
let lastMs = -Infinity;
let seq = 0;
function orderedUuidV7(): string {
  const random = sixteenRandomBytes();
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMs++;
  }
  return uuidv7({ random, msecs: lastMs, seq });
}

export const randomIds: IdSource = {
  id: orderedUuidV7,
  ticketToken: () => formatTicketToken(randomBytes(16)),
};
