// What the portal needs to know about a site, read from the records its kiosks keep in sync: the
// office's identity, the coworking rules (calendar, days ahead), the desks and the retention period
// the consent text names. Each is parsed with the kiosk's own schema; a site whose kiosk has not yet
// sent its rules or desks takes no reservations (the portal says so).
import type { Kysely, Transaction } from 'kysely';
import {
  privacySettingsSchema,
  rulesSettingsSchema,
  siteIdentitySchema,
  type RulesSettings,
  type SiteIdentity,
} from '../../shared/contract';
import type { ServerDb } from '../db/schema';

export interface SiteFacts {
  readonly id: string;
  readonly name: string;
  readonly identity: SiteIdentity | null;
  readonly rules: RulesSettings | null;
  readonly deskCount: number;
  readonly retentionDays: number;
}

type Reader = Kysely<ServerDb> | Transaction<ServerDb>;

const KEYS: readonly (readonly [string, string])[] = [
  ['site', 'identity'],
  ['settings', 'rules'],
  ['settings', 'privacy'],
  ['desks', 'all'],
];

export async function readSiteFacts(db: Reader, siteId: string): Promise<SiteFacts | null> {
  const site = await db
    .selectFrom('sites')
    .select(['id', 'name'])
    .where('id', '=', siteId)
    .executeTakeFirst();
  if (!site) return null;
  const rows = await db
    .selectFrom('records')
    .select(['entity_type', 'entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where((eb) => eb.or(KEYS.map(([t, i]) => eb.and([eb('entity_type', '=', t), eb('entity_id', '=', i)]))))
    .execute();
  const doc = (type: string, id: string) =>
    rows.find((r) => r.entity_type === type && r.entity_id === id)?.data as unknown;
  const identity = siteIdentitySchema.safeParse(doc('site', 'identity'));
  const rules = rulesSettingsSchema.safeParse(doc('settings', 'rules'));
  const privacy = privacySettingsSchema.safeParse(doc('settings', 'privacy'));
  const desks = (doc('desks', 'all') as { items?: unknown[] } | undefined)?.items;
  return {
    id: site.id,
    name: site.name,
    identity: identity.success ? identity.data : null,
    rules: rules.success ? rules.data : null,
    deskCount: Array.isArray(desks) ? desks.length : 0,
    retentionDays: privacy.success ? privacy.data.retentionDays : 365,
  };
}

/** Active reservations ('booked', 'checked_in') per day from `fromDay` on. */
export async function activeCountsByDay(
  db: Reader,
  siteId: string,
  fromDay: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('reservations')
    .select((eb) => ['day', eb.fn.countAll<number>().as('n')])
    .where('site_id', '=', siteId)
    .where('day', '>=', fromDay)
    .where('status', 'in', ['booked', 'checked_in'])
    .groupBy('day')
    .execute();
  return new Map(rows.map((r) => [r.day, Number(r.n)]));
}
