// The conflict rule of each operation type of the monthly, quarterly and yearly reports with their
// review trail (rekap) (shared/sync/conflictRules.ts). A revision walks submitted → returned, or
// submitted → forwarded → acknowledged (shared/recaps/recapRecord.ts); it never walks back, and
// once forwarded it is frozen. Two desks submitting the same period offline never make two current
// revisions: the one the server receives first stands, the other is kept, marked set aside.
import { recapStatusOrder } from '../../recaps/recapRecord';
import type { DomainRules } from '../conflictRules';
import type { recapsOperations } from '../../contract/recaps';

const order = recapStatusOrder;

export const recapsConflictRules: DomainRules<typeof recapsOperations> = {
  'recap.submitted': {
    clauses: [{ kind: 'createOnce' }, { kind: 'oncePerKey', key: 'period+supersedes' }],
    summary:
      'A revision is created once under its id; of two revisions of one period made from the same predecessor (two desks offline), the first received stands and the other is kept but set aside.',
  },
  'recap.commented': {
    clauses: [{ kind: 'appendOnly' }, { kind: 'statusForward', order, to: 'submitted' }],
    summary:
      'Comments and corrections are only added, each kept with who and when; one arriving after the revision was returned or forwarded is refused (it is frozen).',
  },
  'recap.returned': {
    clauses: [{ kind: 'statusForward', order, to: 'returned' }],
    summary:
      'Only a revision waiting for review can be returned; if another desk forwarded it first, the return is refused.',
  },
  'recap.forwarded': {
    clauses: [{ kind: 'statusForward', order, to: 'forwarded' }],
    summary:
      'Only a revision waiting for review can be forwarded; the first forward stands and freezes it, a return after it is refused.',
  },
  'recap.acknowledged': {
    clauses: [{ kind: 'statusForward', order, to: 'acknowledged' }],
    summary: 'A forwarded revision is acknowledged once; a second acknowledgement changes nothing.',
  },
};
