// Sites and their kiosks: an admin makes a one-time enrolment code for a site; a kiosk that presents
// it becomes one of the site's devices with its own secret. Enrolling a known device again (a kiosk
// reinstalled or restored from a backup) starts a new epoch, so its old sequence numbers cannot hide
// new operations (sync.md §3.9).
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { base32crockford } from '@scure/base';
import type { ServerDb } from '../db/schema';
import { withTx } from '../db/siteTx';
import type { EnrolRequest, EnrolResponse } from '../../shared/sync/protocol';
import { hashSecret, newSecret } from './credentials';

/** An enrolment code is typed by a person at the kiosk: 10 Crockford characters, grouped. */
export const ENROLMENT_CODE_TTL_MS = 24 * 60 * 60 * 1000;

const normaliseCode = (code: string): string =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
const hashCode = (code: string): string => createHash('sha256').update(normaliseCode(code)).digest('hex');

/** Makes a site unless it exists (two servers starting together on an empty database both try). */
export async function createSite(
  db: Kysely<ServerDb>,
  site: { id: string; name: string },
  now: number,
): Promise<void> {
  await db
    .insertInto('sites')
    .values({ id: site.id, name: site.name, created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function createEnrolmentCode(
  db: Kysely<ServerDb>,
  siteId: string,
  createdBy: string,
  now: number,
): Promise<{ code: string; expiresAt: number }> {
  const raw = base32crockford.encode(randomBytes(10)).slice(0, 10);
  const code = `${raw.slice(0, 5)}-${raw.slice(5)}`;
  const expiresAt = now + ENROLMENT_CODE_TTL_MS;
  await db
    .insertInto('enrolment_codes')
    .values({
      code_hash: hashCode(code),
      site_id: siteId,
      created_by: createdBy,
      created_at: now,
      expires_at: expiresAt,
      used_at: null,
      used_by_device: null,
    })
    .execute();
  return { code, expiresAt };
}

export type EnrolOutcome =
  /** The device's part; the address for phones is the HTTP layer's to add (syncRoutes.ts). */
  | { readonly ok: true; readonly value: Omit<EnrolResponse, 'publicUrl'> }
  | {
      readonly ok: false;
      readonly error: 'invalid_code' | 'code_expired' | 'code_used' | 'device_of_other_site';
    };

export function enrolDevice(db: Kysely<ServerDb>, request: EnrolRequest, now: number): Promise<EnrolOutcome> {
  return withTx(db, async (tx) => {
    const code = await tx
      .selectFrom('enrolment_codes')
      .selectAll()
      .where('code_hash', '=', hashCode(request.code))
      .forUpdate()
      .executeTakeFirst();
    if (!code) return { ok: false, error: 'invalid_code' } as const;
    if (code.used_at !== null) return { ok: false, error: 'code_used' } as const;
    if (code.expires_at <= now) return { ok: false, error: 'code_expired' } as const;
    const site = await tx
      .selectFrom('sites')
      .select(['id', 'name'])
      .where('id', '=', code.site_id)
      .executeTakeFirstOrThrow();
    const secret = newSecret();
    const existing = await tx
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', request.deviceId)
      .forUpdate()
      .executeTakeFirst();
    if (existing && existing.site_id !== site.id)
      return { ok: false, error: 'device_of_other_site' } as const;
    let epoch = 1;
    let lastSeq = 0;
    if (existing) {
      epoch = existing.epoch + 1;
      lastSeq = existing.last_seq;
      await tx
        .updateTable('devices')
        .set({
          name: request.deviceName,
          secret_hash: hashSecret(secret),
          epoch,
          revoked_at: null,
          enrolled_at: now,
        })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await tx
        .insertInto('devices')
        .values({
          id: request.deviceId,
          site_id: site.id,
          name: request.deviceName,
          secret_hash: hashSecret(secret),
          epoch,
          last_seq: 0,
          enrolled_at: now,
          revoked_at: null,
          last_contact_at: null,
          clock_offset_ms: null,
          pending_ops: null,
          oldest_pending_at: null,
        })
        .execute();
    }
    await tx
      .updateTable('enrolment_codes')
      .set({ used_at: now, used_by_device: request.deviceId })
      .where('code_hash', '=', code.code_hash)
      .execute();
    return {
      ok: true,
      value: { siteId: site.id, siteName: site.name, deviceId: request.deviceId, secret, epoch, lastSeq },
    } as const;
  });
}

/** A revoked kiosk is refused from its next request on; its queue stays on the kiosk for an admin. */
export async function revokeDevice(db: Kysely<ServerDb>, deviceId: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('devices')
    .set({ revoked_at: now })
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
