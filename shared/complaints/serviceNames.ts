// A service's name where complaints show it (tiles, slips, the portal, e-mails), from the service
// standards catalogue as decree 18/2024 ships it (shared/serviceStandards: read only here).
import { laporChannels } from '../serviceStandards/channels';
import { channelHref } from '../serviceStandards/channels';
import type { Channel } from '../serviceStandards/catalogue';
import { shippedEntry } from '../serviceStandards/shippedCatalogue';
import type { ServiceId } from '../serviceStandards/serviceIds';

export type ComplaintLang = 'id' | 'en';

export const serviceShortName = (id: ServiceId, lang: ComplaintLang): string =>
  shippedEntry(id).shortName[lang];
export const serviceFullName = (id: ServiceId, lang: ComplaintLang): string => shippedEntry(id).name[lang];

export interface ChannelLine {
  readonly kind: Channel['kind'];
  readonly label: string;
  /** What a QR or a link opens; null for a channel with nothing to open (the complaint box). */
  readonly href: string | null;
}

const line = (c: Channel, lang: ComplaintLang): ChannelLine => ({
  kind: c.kind,
  label: c.label[lang],
  href: channelHref(c),
});

/**
 * The official channels to show beside a complaint form: SP4N-LAPOR! (lapor.go.id, SMS 1708, the
 * app) first, then what the decree names for the service (its e-mail, social accounts, phone…), the
 * same line once. Without a service, the channels of service 1 (public complaints).
 */
export function complaintChannelsFor(serviceId: ServiceId | null, lang: ComplaintLang): ChannelLine[] {
  const own = shippedEntry(serviceId ?? 'lapor').complaintChannels;
  const seen = new Set<string>();
  const lines: ChannelLine[] = [];
  for (const c of [...laporChannels, ...own]) {
    const l = line(c, lang);
    const key = `${l.kind}|${l.href ?? l.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(l);
  }
  return lines;
}
