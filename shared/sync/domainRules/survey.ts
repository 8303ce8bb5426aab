// The conflict rule of each operation type of the satisfaction survey (SKM) and its index (IKM) (shared/sync/conflictRules.ts).
import type { DomainRules } from '../conflictRules';
import type { surveyOperations } from '../../contract/survey';

export const surveyConflictRules: DomainRules<typeof surveyOperations> = {};
