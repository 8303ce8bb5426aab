// How a pulled change of the monthly, quarterly and yearly reports with their review trail (rekap) is
// written to the kiosk's tables (../applyChanges.ts): the server's record of a revision replaces the
// kiosk's row whole, so a revision submitted, reviewed or set aside elsewhere reads the same here.
import { recapRecordSchema } from '../../../shared/recaps/recapRecord';
import { saveRecap } from '../../services/recaps/recapQueries';
import type { Applier } from '../applyChanges';

const recap: Applier = (db, _id, row, now) => {
  const parsed = recapRecordSchema.safeParse(row);
  // A record this version cannot read is left for a newer app rather than half-written.
  if (!parsed.success) return [];
  saveRecap(db, parsed.data, now);
  return ['recaps'];
};

export const recapsAppliers = { recap } as const satisfies Readonly<Record<string, Applier>>;
