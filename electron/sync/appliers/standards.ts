// How a pulled change of the 15 service standards of decree 18/2024 is written to the kiosk's tables (../applyChanges.ts).
// A correction made at another kiosk (or this one, answered by the server) replaces this kiosk's
// copy of that service, field and language; the server's record is the payload it last received.
import { entryCorrectedPayload } from '../../../shared/contract/standards';
import type { Applier } from '../applyChanges';
import { NotYet } from '../applyChanges';
import { writeCorrection } from '../../services/standards/standardsQueries';

const serviceStandard: Applier = (db, _id, row, now) => {
  const parsed = entryCorrectedPayload.safeParse({
    serviceId: row.serviceId,
    field: row.field,
    lang: row.lang,
    text: row.text,
    catalogueVersion: row.catalogueVersion,
  });
  // A field or service this version of the app does not know (a newer kiosk wrote it): wait for the upgrade.
  if (!parsed.success) throw new NotYet(`a correction this kiosk cannot read: ${parsed.error.message}`);
  writeCorrection(db, {
    ...parsed.data,
    correctedAt: typeof row.correctedAt === 'number' ? row.correctedAt : now,
  });
  return ['standards'];
};

export const standardsAppliers = { serviceStandard } as const satisfies Readonly<Record<string, Applier>>;
