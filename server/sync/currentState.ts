// A record as the server holds it now, in the shape kiosks mirror. After a refused or merged
// operation the server sends the record again, so the kiosk that guessed differently is corrected.
import type { ChangeRow, SiteTx } from '../db/siteTx';
import { reservationChange } from './handlers/reservationRows';
import { currentSurveyChange } from './handlers/survey';
import { visitChange } from './handlers/visits';

export async function currentChange(
  tx: SiteTx,
  siteId: string,
  entityType: string,
  entityId: string,
): Promise<ChangeRow | null> {
  if (entityType === 'reservation') {
    const r = await tx
      .selectFrom('reservations')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('id', '=', entityId)
      .executeTakeFirst();
    return r ? reservationChange(r) : null;
  }
  if (entityType === 'visit') {
    const v = await tx
      .selectFrom('visits')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('id', '=', entityId)
      .executeTakeFirst();
    return v ? visitChange(v) : null;
  }
  if (entityType === 'surveyResponse') return currentSurveyChange(tx, siteId, entityId);
  const record = await tx
    .selectFrom('records')
    .select(['data', 'version'])
    .where('site_id', '=', siteId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .executeTakeFirst();
  return record ? { entityType, entityId, version: record.version, row: record.data } : null;
}
