// The conflict rule of each operation type of buku tamu (service standard no. 15) (shared/sync/conflictRules.ts).
import type { DomainRules } from '../conflictRules';
import type { guestbookOperations } from '../../contract/guestbook';

export const guestbookConflictRules: DomainRules<typeof guestbookOperations> = {};
