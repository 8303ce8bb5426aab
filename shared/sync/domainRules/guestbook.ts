// The conflict rule of each operation type of buku tamu (service standard no. 15) (shared/sync/conflictRules.ts).
// A guest entry is made once at one kiosk and then only moves forward (waiting → served → closed);
// its personal data, once blanked, stays blank.
import type { DomainRules } from '../conflictRules';
import { guestStatuses, type guestbookOperations } from '../../contract/guestbook';

/** waiting → served → closed; a guest who left unserved goes from waiting to closed. */
export const guestOrder: readonly string[] = guestStatuses;

export const guestbookConflictRules: DomainRules<typeof guestbookOperations> = {
  'guest.registered': {
    clauses: [{ kind: 'createOnce' }, { kind: 'appendOnly' }],
    summary:
      'A guest entry is created once under the id its kiosk made; a second arrival is a duplicate and merged.',
  },
  'guest.served': {
    clauses: [{ kind: 'statusForward', order: guestOrder, to: 'served' }],
    summary:
      'The first serve of a guest stands; a serve arriving after the close keeps the entry closed and only adds how the guest was served if nothing says so yet.',
  },
  'guest.closed': {
    clauses: [{ kind: 'statusForward', order: guestOrder, to: 'closed' }],
    summary: 'The first close of a guest entry stands; a later close of the same entry is a no-op.',
  },
  'guest.anonymised': {
    clauses: [{ kind: 'tombstone' }],
    summary:
      "A guest's anonymisation is final: their name, phone and notes stay blank whatever arrives for the entry later.",
  },
};
