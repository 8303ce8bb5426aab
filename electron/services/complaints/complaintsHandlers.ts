// The handlers of complaints (pengaduan), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { complaintsMethods } from '../../../shared/contract/complaints';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';

export function complaintsHandlers(
  _ctx: DomainContext,
): HandlersFor<typeof complaintsMethods, HandlerContext> {
  return {};
}
