// The site's officers and roles as the server holds them: the records its kiosks keep in sync (an
// officer created at any kiosk of the site signs in here with the same PIN). The built-in roles live
// on every kiosk without being synced until someone edits one, so a role with no record is the
// built-in of that id, as at the kiosk (electron/services/officers/roles.ts).
import type { Kysely } from 'kysely';
import {
  builtInRoles,
  permissions as allPermissions,
  type Permission,
} from '../../shared/contract/permissions';
import type { ServerDb } from '../db/schema';

export interface SiteOfficer {
  readonly id: string;
  readonly fullName: string;
  readonly nip: string | null;
  readonly roles: readonly string[];
  readonly active: boolean;
  readonly mustChangePin: boolean;
  /** The scrypt hash record the kiosk made; null when the record carries none. */
  readonly pin: { readonly salt: string; readonly hash: string } | null;
}

export interface SiteRole {
  readonly id: string;
  readonly name: string;
  readonly kind: 'role' | 'position';
  readonly permissions: readonly Permission[];
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function toOfficer(id: string, d: Record<string, unknown>): SiteOfficer {
  const pin = d.pin as { salt?: unknown; hash?: unknown } | undefined;
  return {
    id,
    fullName: text(d.fullName) ?? id,
    nip: text(d.nip),
    roles: Array.isArray(d.roles) ? d.roles.filter((r): r is string => typeof r === 'string') : [],
    active: d.active === true,
    mustChangePin: d.mustChangePin === true,
    pin:
      pin && typeof pin.salt === 'string' && typeof pin.hash === 'string'
        ? { salt: pin.salt, hash: pin.hash }
        : null,
  };
}

export async function siteOfficers(db: Kysely<ServerDb>, siteId: string): Promise<SiteOfficer[]> {
  const rows = await db
    .selectFrom('records')
    .select(['entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'officer')
    .execute();
  return rows
    .map((r) => toOfficer(r.entity_id, r.data))
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'));
}

export async function siteOfficer(
  db: Kysely<ServerDb>,
  siteId: string,
  officerId: string,
): Promise<SiteOfficer | null> {
  const row = await db
    .selectFrom('records')
    .select(['entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'officer')
    .where('entity_id', '=', officerId)
    .executeTakeFirst();
  return row ? toOfficer(row.entity_id, row.data) : null;
}

/** The site's roles: its saved role records over the built-in ones. */
export async function siteRoles(db: Kysely<ServerDb>, siteId: string): Promise<Map<string, SiteRole>> {
  const roles = new Map<string, SiteRole>(builtInRoles.map((r) => [r.id, { ...r }]));
  const rows = await db
    .selectFrom('records')
    .select(['entity_id', 'data'])
    .where('site_id', '=', siteId)
    .where('entity_type', '=', 'role')
    .execute();
  for (const { entity_id: id, data } of rows) {
    const listed = Array.isArray(data.permissions) ? data.permissions : [];
    roles.set(id, {
      id,
      name: text(data.name) ?? id,
      kind: data.kind === 'position' ? 'position' : 'role',
      permissions: allPermissions.filter((p) => listed.includes(p)),
    });
  }
  return roles;
}

/** What an officer's roles let them do; a position gives nothing (it places them in a chain). */
export function permissionsOf(
  officer: Pick<SiteOfficer, 'roles'>,
  roles: ReadonlyMap<string, SiteRole>,
): Set<Permission> {
  const granted = new Set<Permission>();
  for (const id of officer.roles) {
    const role = roles.get(id);
    if (role?.kind === 'role') for (const p of role.permissions) granted.add(p);
  }
  return granted;
}
