import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { formatTicketToken } from '../../../shared/rules/ticketToken';

/** Where new ids and QR tokens come from; injected so tests can make them predictable. */
export interface IdSource {
  /** Sortable, unguessable record id (UUIDv7). */
  id(): string;
  /** QR ticket token: 128 random bits in scanner-friendly Crockford base32. */
  ticketToken(): string;
}

export const randomIds: IdSource = {
  id: () => uuidv7(),
  ticketToken: () => formatTicketToken(randomBytes(16)),
};
