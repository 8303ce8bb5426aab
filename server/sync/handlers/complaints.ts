// The server handlers of complaints (pengaduan), one per operation type (by its rule in shared/sync/domainRules).
import type { DomainHandlers } from './context';
import type { complaintsOperations } from '../../../shared/contract/complaints';

export const complaintsServerHandlers: DomainHandlers<typeof complaintsOperations> = {};
