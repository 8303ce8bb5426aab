// The server handlers of the 15 service standards of decree 18/2024, one per operation type (by its rule in shared/sync/domainRules).
import type { DomainHandlers } from './context';
import type { standardsOperations } from '../../../shared/contract/standards';

export const standardsServerHandlers: DomainHandlers<typeof standardsOperations> = {};
