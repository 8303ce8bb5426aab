// The catalogue shipped with the app: decree 18/2024's 15 service standards. Screens show it
// overlaid with the officers' corrections; this is what "reset to the decree's text" returns to.
import { catalogueSchema } from './catalogue';
import type { Catalogue, StandardEntry } from './catalogue';
import { callCentre } from './content/callCentre';
import { colocation } from './content/colocation';
import { coworking } from './content/coworking';
import { cyberIncident } from './content/cyberIncident';
import { data } from './content/data';
import { eSignature } from './content/eSignature';
import { guest } from './content/guest';
import { hostingDomain } from './content/hostingDomain';
import { lapor } from './content/lapor';
import { officialEmail } from './content/officialEmail';
import { pontiveVisit } from './content/pontiveVisit';
import { ppid } from './content/ppid';
import { roomLoan } from './content/roomLoan';
import { securityAssessment } from './content/securityAssessment';
import { udid } from './content/udid';
import type { ServiceId } from './serviceIds';

/**
 * Raise when any shipped text changes (a correction records the version it corrected, so an
 * officer can see that the text under a correction has moved since).
 */
export const CATALOGUE_VERSION = 1;

// Parsed once at load: a malformed entry fails the first test that imports it, not a visitor.
export const shippedCatalogue: Catalogue = catalogueSchema.parse({
  version: CATALOGUE_VERSION,
  source: {
    title: {
      id: 'Keputusan Kepala Dinas Komunikasi dan Informatika Kota Pontianak Nomor 18 Tahun 2024',
      en: 'Decree of the Head of the Pontianak City Communication and Informatics Agency No. 18 of 2024',
    },
    subject: {
      id: 'Penetapan Standar Pelayanan Publik pada Dinas Komunikasi dan Informatika Kota Pontianak',
      en: 'Setting the Public Service Standards of the Pontianak City Communication and Informatics Agency',
    },
    number: '18',
    year: 2024,
    issuedOn: '2024-01-08',
    issuedAt: 'Pontianak',
    signedBy: 'Drs. ZULKARNAIN, M.Si',
  },
  entries: [
    lapor,
    callCentre,
    ppid,
    data,
    securityAssessment,
    officialEmail,
    eSignature,
    cyberIncident,
    udid,
    hostingDomain,
    colocation,
    roomLoan,
    pontiveVisit,
    coworking,
    guest,
  ],
});

const byId = new Map(shippedCatalogue.entries.map((e) => [e.serviceId, e]));

/** The shipped entry of a service (every service id has one: the schema checks all 15 are there). */
export function shippedEntry(id: ServiceId): StandardEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`no catalogue entry for ${id}`);
  return entry;
}
