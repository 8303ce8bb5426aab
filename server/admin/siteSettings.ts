// The site's settings as its kiosks synced them, for the read-only settings page: identity, rules
// (hours, holidays, days ahead), desks and lockers. Parsed with the kiosk's own schemas; a setting
// no kiosk has sent yet is null and the page says so.
import type { Kysely } from 'kysely';
import {
  placeSchema,
  rulesSettingsSchema,
  siteIdentitySchema,
  type Place,
  type RulesSettings,
  type SiteIdentity,
} from '../../shared/contract';
import type { ServerDb } from '../db/schema';

export interface SiteSettings {
  readonly siteName: string;
  readonly identity: SiteIdentity | null;
  readonly rules: RulesSettings | null;
  readonly desks: readonly Place[];
  readonly lockers: readonly Place[];
}

function places(doc: unknown): Place[] {
  const items = (doc as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((i) => {
    const p = placeSchema.safeParse(i);
    return p.success ? [p.data] : [];
  });
}

export async function siteSettings(db: Kysely<ServerDb>, siteId: string): Promise<SiteSettings> {
  const site = await db.selectFrom('sites').select('name').where('id', '=', siteId).executeTakeFirst();
  const rows = await db
    .selectFrom('records')
    .select(['entity_type', 'entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where('entity_type', 'in', ['site', 'settings', 'desks', 'lockers'])
    .execute();
  const doc = (type: string, id: string) =>
    rows.find((r) => r.entity_type === type && r.entity_id === id)?.data as unknown;
  const identity = siteIdentitySchema.safeParse(doc('site', 'identity'));
  const rules = rulesSettingsSchema.safeParse(doc('settings', 'rules'));
  return {
    siteName: site?.name ?? siteId,
    identity: identity.success ? identity.data : null,
    rules: rules.success ? rules.data : null,
    desks: places(doc('desks', 'all')),
    lockers: places(doc('lockers', 'all')),
  };
}

/** The site's time zone: its rules', or Pontianak's (WIB) before a kiosk has sent them. */
export const siteTimeZone = (s: Pick<SiteSettings, 'rules'>): string =>
  s.rules?.calendar.timeZone ?? 'Asia/Pontianak';
