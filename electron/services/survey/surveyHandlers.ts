// The handlers of the satisfaction survey (SKM) and its index (IKM), one per method of its contract.
import type { HandlersFor } from '../../../shared/contract/method';
import type { surveyMethods } from '../../../shared/contract/survey';
import type { DomainContext } from '../core/domainContext';
import type { HandlerContext } from '../core/dispatch';

export function surveyHandlers(_ctx: DomainContext): HandlersFor<typeof surveyMethods, HandlerContext> {
  return {};
}
