// The conflict rule of each operation type of the monthly, quarterly and yearly reports with their review trail (rekap) (shared/sync/conflictRules.ts).
import type { DomainRules } from '../conflictRules';
import type { recapsOperations } from '../../contract/recaps';

export const recapsConflictRules: DomainRules<typeof recapsOperations> = {};
