// What a guest comes for: one of the 15 services of decree 18/2024 or "something else". Tiles, slips
// and the officer's lists name a service by the service standards catalogue's short name (the same
// words as the catalogue's own tiles); only "guest service" itself is worded for the guest book,
// where "Pelayanan tamu" would not say why someone came. Slips are printed by the core, which has no
// i18n catalogue, so the renderer's guest-book strings are built from here too.
import { serviceIds, type ServiceId } from '../serviceStandards/serviceIds';
import { shippedEntry } from '../serviceStandards/shippedCatalogue';

export type PurposeLang = 'id' | 'en';

/** Where the guest book words a service its own way. */
const OWN: Partial<Record<ServiceId, Readonly<Record<PurposeLang, string>>>> = {
  guest: { id: 'Bertamu / bertemu pejabat', en: 'Meet an official' },
};

const nameOf = (id: ServiceId, lang: PurposeLang): string =>
  OWN[id]?.[lang] ?? shippedEntry(id).shortName[lang];

/** The service's short name in one language. */
export const serviceShortName = (id: ServiceId, lang: PurposeLang): string => nameOf(id, lang);

/** Every service's short name in one language, keyed by service id (the renderer's catalogue). */
export const serviceShortNames = (lang: PurposeLang): Record<ServiceId, string> =>
  Object.fromEntries(serviceIds.map((id) => [id, nameOf(id, lang)])) as Record<ServiceId, string>;

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
