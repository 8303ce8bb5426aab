// The server handlers of the 15 service standards of decree 18/2024, one per operation type (by its rule in shared/sync/domainRules).
// A correction is a record of its own per service, field and language in the site's records: the
// last one received replaces it whole (lastWriterWins), and every kiosk and the portal read it.
import { correctionId, type standardsOperations } from '../../../shared/contract/standards';
import type { DomainHandlers } from './context';
import { writeRecord } from './records';

export const standardsServerHandlers: DomainHandlers<typeof standardsOperations> = {
  'standards.entryCorrected': (ctx, p) =>
    writeRecord(ctx, 'serviceStandard', correctionId(p), {
      serviceId: p.serviceId,
      field: p.field,
      lang: p.lang,
      text: p.text,
      catalogueVersion: p.catalogueVersion,
      // When the server took it: what the portal shows as "corrected on"; kiosks keep it too.
      correctedAt: ctx.now,
      correctedBy: ctx.actor,
    }),
};
