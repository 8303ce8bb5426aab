// What the admin pages change, each as a server command (under the site's lock, with a server audit
// row naming the officer), and the audit row of a read of personal data.
import type { Kysely } from 'kysely';
import { createEnrolmentCode, revokeDevice } from '../devices/enrolment';
import type { ServerDb } from '../db/schema';
import { runServerCommand, type ServerCommandDeps } from '../sync/serverCommand';

/** Revokes one of the site's kiosks; false when it is not the site's or was already revoked. */
export function revokeKiosk(
  deps: ServerCommandDeps,
  siteId: string,
  officerId: string,
  deviceId: string,
  now: number,
): Promise<boolean> {
  return runServerCommand(deps, siteId, officerId, now, async (cmd) => {
    const device = await cmd.tx
      .selectFrom('devices')
      .select('id')
      .where('id', '=', deviceId)
      .where('site_id', '=', siteId)
      .executeTakeFirst();
    if (!device || !(await revokeDevice(cmd.tx, deviceId, now))) return false;
    cmd.audit({ action: 'admin.device.revoked', entity: 'device', entityId: deviceId });
    return true;
  });
}

/** A one-time code for a new kiosk of the site; the audit row keeps when it expires, never the code. */
export function makeEnrolmentCode(
  deps: ServerCommandDeps,
  siteId: string,
  officerId: string,
  now: number,
): Promise<{ code: string; expiresAt: number }> {
  return runServerCommand(deps, siteId, officerId, now, async (cmd) => {
    const made = await createEnrolmentCode(cmd.tx, siteId, officerId, now);
    cmd.audit({
      action: 'admin.enrolment.created',
      entity: 'site',
      entityId: siteId,
      details: { expiresAt: made.expiresAt },
    });
    return made;
  });
}

/**
 * A read of visitors' personal data (UU 27/2022: every view is traceable to an officer). Appended
 * outside the site's lock: it changes nothing kiosks pull, and must not queue behind their pushes.
 */
export async function auditRead(
  db: Kysely<ServerDb>,
  row: {
    siteId: string;
    officerId: string;
    action: string;
    entity: string;
    entityId: string;
    details: object;
  },
  now: number,
): Promise<void> {
  await db
    .insertInto('server_audit')
    .values({
      site_id: row.siteId,
      at: now,
      actor: row.officerId,
      action: row.action,
      entity: row.entity,
      entity_id: row.entityId,
      details: JSON.stringify(row.details),
      visitor_id: null,
    })
    .execute();
}
