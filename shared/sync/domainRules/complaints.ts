// The conflict rule of each operation type of complaints (pengaduan) (shared/sync/conflictRules.ts).
// A complaint moves new → assigned → answered → closed (shared/complaints/complaintRules.ts), never back.
import { complaintStatuses } from '../../complaints/complaintRules';
import type { DomainRules } from '../conflictRules';
import type { complaintsOperations } from '../../contract/complaints';

const order: readonly string[] = complaintStatuses;

export const complaintsConflictRules: DomainRules<typeof complaintsOperations> = {
  'complaint.filed': {
    clauses: [{ kind: 'createOnce' }],
    summary:
      'A complaint is filed once under the id its kiosk or the portal made; a second arrival is a duplicate.',
  },
  'complaint.assigned': {
    clauses: [{ kind: 'statusForward', order, to: 'assigned' }, { kind: 'lastWriterWins' }],
    summary:
      'Until it is closed, the last assignment received names the officer; an assignment after the answer keeps the status answered.',
  },
  'complaint.answered': {
    clauses: [{ kind: 'statusForward', order, to: 'answered' }, { kind: 'lastWriterWins' }],
    summary:
      'Until it is closed, the last answer received is the answer; an answer to a closed complaint is refused.',
  },
  'complaint.closed': {
    clauses: [{ kind: 'statusForward', order, to: 'closed' }],
    summary: 'The first close stands; a later close of the same complaint changes nothing.',
  },
  'complaint.laporLinked': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary: 'The LAPOR! tracking number: the last one received wins, in any status.',
  },
  'complaint.contactErased': {
    clauses: [{ kind: 'tombstone' }],
    summary: "A complainant's contact, once erased, stays erased: a later change never brings it back.",
  },
};
