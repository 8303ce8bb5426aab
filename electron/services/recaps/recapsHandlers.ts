// The handlers of the monthly, quarterly and yearly reports with their review trail (rekap), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { recapsMethods } from '../../../shared/contract/recaps';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';

export function recapsHandlers(_ctx: DomainContext): HandlersFor<typeof recapsMethods, HandlerContext> {
  return {};
}
