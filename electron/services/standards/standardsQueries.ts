// The kiosk's copy of the officers' corrections to the service standards, and where this kiosk's
// site lives on the central portal (for the QR that opens a service's page on the visitor's phone).
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import { portalAddress } from '../../sync/portalAddress';
import type { CorrectionRecord } from '../../../shared/contract/standards';
import type { EntryField } from '../../../shared/serviceStandards/catalogue';
import type { Lang } from '../../../shared/serviceStandards/fieldText';
import type { ServiceId } from '../../../shared/serviceStandards/serviceIds';

interface CorrectionRow {
  service_id: string;
  field: string;
  lang: string;
  text: string | null;
  catalogue_version: number;
  corrected_at: number;
}

const toRecord = (r: CorrectionRow): CorrectionRecord => ({
  serviceId: r.service_id as ServiceId,
  field: r.field as EntryField,
  lang: r.lang as Lang,
  text: r.text,
  catalogueVersion: r.catalogue_version,
  correctedAt: r.corrected_at,
});

const ALL = `SELECT service_id, field, lang, text, catalogue_version, corrected_at
  FROM service_standard_corrections ORDER BY service_id, field, lang`;
const ONE = `SELECT service_id, field, lang, text, catalogue_version, corrected_at
  FROM service_standard_corrections WHERE service_id = ? AND field = ? AND lang = ?`;
const UPSERT = `INSERT INTO service_standard_corrections (service_id, field, lang, text, catalogue_version, corrected_at)
  VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (service_id, field, lang) DO UPDATE SET text = excluded.text,
    catalogue_version = excluded.catalogue_version, corrected_at = excluded.corrected_at`;

/** Every correction this kiosk holds, resets included (text null). */
export const listCorrections = (db: Db): CorrectionRecord[] =>
  (prepared(db, ALL).all() as CorrectionRow[]).map(toRecord);

export function findCorrection(
  db: Db,
  key: { serviceId: ServiceId; field: EntryField; lang: Lang },
): CorrectionRecord | null {
  const row = prepared(db, ONE).get(key.serviceId, key.field, key.lang) as CorrectionRow | undefined;
  return row ? toRecord(row) : null;
}

export function writeCorrection(db: Db, c: CorrectionRecord): void {
  prepared(db, UPSERT).run(c.serviceId, c.field, c.lang, c.text, c.catalogueVersion, c.correctedAt);
}

const SITE_ON_SERVER = 'SELECT site_id FROM sync_state WHERE id = 1';

/**
 * The service's page on the central portal (portalAddress); null while this kiosk has not joined a
 * site (there is no page to open then).
 */
export function portalLink(db: Db, serviceId: ServiceId, lang: Lang): string | null {
  const siteId = prepared(db, SITE_ON_SERVER).pluck().get() as string | undefined;
  const base = portalAddress(db);
  if (siteId === undefined || base === null) return null;
  const path = `/standards/${encodeURIComponent(siteId)}/${encodeURIComponent(serviceId)}`;
  return `${base}${path}${lang === 'en' ? '?lang=en' : ''}`;
}
