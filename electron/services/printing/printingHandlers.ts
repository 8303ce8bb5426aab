import type { HandlersFor } from '../../../shared/contract';
import type { printingMethods } from '../../../shared/contract/printing';
import { reject } from '../../../shared/result';
import type { HandlerContext } from '../core/dispatch';
import type { Printing } from './printing';

export const printingHandlers = (
  printing: Printing,
): HandlersFor<typeof printingMethods, HandlerContext> => ({
  'printers.settings': () => printing.settings(),
  'printers.configure': (input, ctx) => printing.configure(ctx.actor, input),
  'printers.testPage': ({ printerId }) => printing.testPage(printerId, 'id'),
  'printJobs.list': () => ({ items: printing.queue.list({ limit: 100 }) }),
  'printJobs.preview': ({ id }) => {
    const doc = printing.queue.getDoc(id);
    if (!doc) throw reject('not_found', 'errors.printJob.notFound');
    return { doc };
  },
  'printJobs.confirmPrinted': ({ id }, ctx) => printing.queue.confirmPrinted(id, ctx.actor),
  'printJobs.reprint': ({ id }, ctx) => printing.queue.reprint(id, ctx.actor),
  'printJobs.cancel': ({ id }, ctx) => printing.queue.cancel(id, ctx.actor),
  'print.checkInSlip': ({ visitId }) => printing.checkInSlip(visitId, 'id'),
  'print.reservationSlip': ({ token }) => printing.reservationSlip(token, 'id'),
});
