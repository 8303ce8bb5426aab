// The handlers of the equipment inventory (inventaris), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { inventoryMethods } from '../../../shared/contract/inventory';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';

export function inventoryHandlers(_ctx: DomainContext): HandlersFor<typeof inventoryMethods, HandlerContext> {
  return {};
}
