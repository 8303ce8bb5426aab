// What a guest comes for: one of the 15 services of decree 18/2024 or "something else". Short names
// for tiles, slips and the officer's lists, in Indonesian and English; the service standards
// catalogue keeps the decree's full names. Slips are printed by the core, which has no i18n
// catalogue, so the names live here and the renderer's guest-book strings are built from them.
import { serviceIds, type ServiceId } from '../serviceStandards/serviceIds';

export type PurposeLang = 'id' | 'en';

const names: Readonly<Record<ServiceId, Readonly<Record<PurposeLang, string>>>> = {
  lapor: { id: 'Pengaduan (SP4N-LAPOR!)', en: 'Public complaint (SP4N-LAPOR!)' },
  'call-centre': { id: 'Call centre', en: 'Call centre' },
  ppid: { id: 'Informasi publik (PPID)', en: 'Public information (PPID)' },
  data: { id: 'Pelayanan data', en: 'Data service' },
  'security-assessment': { id: 'Uji keamanan sistem', en: 'Security assessment' },
  'official-email': { id: 'E-mail dinas ASN', en: 'Official e-mail' },
  'e-signature': { id: 'Tanda tangan elektronik', en: 'Electronic signature' },
  'cyber-incident': { id: 'Insiden siber', en: 'Cyber incident' },
  udid: { id: 'Ganti UDID absensi', en: 'Attendance app UDID' },
  'hosting-domain': { id: 'Hosting dan domain', en: 'Hosting and domain' },
  colocation: { id: 'Colocation server', en: 'Server colocation' },
  'room-loan': { id: 'Pinjam ruangan', en: 'Room loan' },
  'pontive-visit': { id: 'Kunjungan Pontive Center', en: 'Pontive Center visit' },
  coworking: { id: 'Co-working space', en: 'Coworking space' },
  guest: { id: 'Bertamu / bertemu pejabat', en: 'Meet an officer' },
};

/** The service's short name in one language. */
export const serviceShortName = (id: ServiceId, lang: PurposeLang): string => names[id][lang];

/** Every service's short name in one language, keyed by service id (the renderer's catalogue). */
export const serviceShortNames = (lang: PurposeLang): Record<ServiceId, string> =>
  Object.fromEntries(serviceIds.map((id) => [id, names[id][lang]])) as Record<ServiceId, string>;

/** A guest's purpose as stored: a service, or the guest's own words (blank once anonymised). */
export interface Purpose {
  readonly serviceId: ServiceId | null;
  readonly other: string | null;
}

const OTHER: Readonly<Record<PurposeLang, string>> = { id: 'Lainnya', en: 'Other' };

/** How a purpose reads on a slip or a list: the service's short name, or "Lainnya: <text>". */
export const purposeLabel = (p: Purpose, lang: PurposeLang): string =>
  p.serviceId !== null
    ? serviceShortName(p.serviceId, lang)
    : p.other
      ? `${OTHER[lang]}: ${p.other}`
      : OTHER[lang];
