// The server handlers of the satisfaction survey (SKM) and its index (IKM), one per operation type (by its rule in shared/sync/domainRules).
import type { DomainHandlers } from './context';
import type { surveyOperations } from '../../../shared/contract/survey';

export const surveyServerHandlers: DomainHandlers<typeof surveyOperations> = {};
