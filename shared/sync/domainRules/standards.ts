// The conflict rule of each operation type of the 15 service standards of decree 18/2024 (shared/sync/conflictRules.ts).
import type { DomainRules } from '../conflictRules';
import type { standardsOperations } from '../../contract/standards';

export const standardsConflictRules: DomainRules<typeof standardsOperations> = {
  'standards.entryCorrected': {
    clauses: [{ kind: 'lastWriterWins' }],
    summary:
      "A correction of one field of one service in one language: the last one received wins; a reset brings back the decree's text.",
  },
};
