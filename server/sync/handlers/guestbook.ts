// The server handlers of buku tamu (service standard no. 15), one per operation type (by its rule in shared/sync/domainRules).
import type { DomainHandlers } from './context';
import type { guestbookOperations } from '../../../shared/contract/guestbook';

export const guestbookServerHandlers: DomainHandlers<typeof guestbookOperations> = {};
