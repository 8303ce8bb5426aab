// Device credentials: a kiosk proves who it is with the secret it got at enrolment, sent as
// `Authorization: Bearer <deviceId>:<secret>`. The server keeps only a hash, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DevicesTable, ServerDb } from '../db/schema';

export const newSecret = (): string => randomBytes(32).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const bearerFor = (deviceId: string, secret: string): string => `Bearer ${deviceId}:${secret}`;

export type DeviceAuth =
  | { readonly ok: true; readonly device: DevicesTable }
  | { readonly ok: false; readonly error: 'unauthorized' | 'device_revoked' };

/** Who is calling, from the Authorization header; a revoked device is told so, not just refused. */
export async function authenticateDevice(
  db: Kysely<ServerDb>,
  header: string | undefined,
): Promise<DeviceAuth> {
  const match = /^Bearer ([^:\s]{1,64}):([A-Za-z0-9_-]{16,128})$/.exec(header ?? '');
  if (!match) return { ok: false, error: 'unauthorized' };
  const [, deviceId, secret] = match as unknown as [string, string, string];
  const device = await db.selectFrom('devices').selectAll().where('id', '=', deviceId).executeTakeFirst();
  const expected = Buffer.from(device?.secret_hash ?? hashSecret('no device'), 'hex');
  const given = Buffer.from(hashSecret(secret), 'hex');
  if (!device || !timingSafeEqual(expected, given)) return { ok: false, error: 'unauthorized' };
  if (device.revoked_at !== null) return { ok: false, error: 'device_revoked' };
  return { ok: true, device };
}
