import type { HandlersFor } from '../../../shared/contract';
import type { scanMethods } from '../../../shared/contract/scans';
import type { CommandDeps } from '../core/command';
import type { HandlerContext } from '../core/dispatch';
import type { Scanners } from '../scanners/scanners';
import { CHECKOUT_INTENT_MS, type ScanDesk } from './scanDesk';

/** The page's own scans (keyboard wedge in the loopback host) and the visitor's check-out steps. */
export const scanHandlers = (
  deps: CommandDeps,
  scans: ScanDesk,
  scanners: Scanners,
): HandlersFor<typeof scanMethods, HandlerContext> => ({
  'scans.submit': ({ text, source }) => {
    const scan = { text, source, deviceId: source === 'keyboard' ? 'kbd:page' : `page:${source}` };
    // An officer's "scan a test code" in settings takes the next scan from any scanner, the page's too.
    return scanners.catchTest(scan)
      ? { scanId: deps.ids.id(), at: deps.clock.now(), kind: 'test' as const, text }
      : scans.handle(scan, 'page');
  },
  'scans.expectCheckout': () => ({ until: scans.expectCheckout(), expiresInMs: CHECKOUT_INTENT_MS }),
  'scans.cancelCheckout': ({ checkoutTicket }) => {
    scans.cancelCheckout(checkoutTicket);
    return {};
  },
  'scans.claimCheckout': ({ scanId }) => ({ checkoutTicket: scans.claimCheckout(scanId) }),
  'scans.checkout': ({ checkoutTicket, checklist }) => scans.checkout(checkoutTicket, checklist),
});
