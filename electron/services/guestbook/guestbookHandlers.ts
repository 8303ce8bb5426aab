// The handlers of buku tamu (service standard no. 15), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { guestbookMethods } from '../../../shared/contract/guestbook';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';

export function guestbookHandlers(_ctx: DomainContext): HandlersFor<typeof guestbookMethods, HandlerContext> {
  return {};
}
