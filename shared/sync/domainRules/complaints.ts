// The conflict rule of each operation type of complaints (pengaduan) (shared/sync/conflictRules.ts).
import type { DomainRules } from '../conflictRules';
import type { complaintsOperations } from '../../contract/complaints';

export const complaintsConflictRules: DomainRules<typeof complaintsOperations> = {};
