// The server handlers of the monthly, quarterly and yearly reports with their review trail (rekap), one per operation type (by its rule in shared/sync/domainRules).
import type { recapsOperations } from '../../../shared/contract/recaps';
import type { DomainHandlers } from './context';

export const recapsServerHandlers: DomainHandlers<typeof recapsOperations> = {};
