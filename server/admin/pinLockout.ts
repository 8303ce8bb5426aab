// Wrong PINs on the admin pages, counted per officer in the database (so every server process sees
// the same count): five in a row lock the officer out of these pages for five minutes. A right PIN
// clears the count. The kiosk keeps its own count for its keypad.
import type { Kysely } from 'kysely';
import type { ServerDb } from '../db/schema';

export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 5 * 60_000;

/** When the officer may try again, or null when they may try now. */
export async function lockedUntil(
  db: Kysely<ServerDb>,
  siteId: string,
  officerId: string,
  now: number,
): Promise<number | null> {
  const row = await db
    .selectFrom('admin_pin_failures')
    .select('locked_until')
    .where('site_id', '=', siteId)
    .where('officer_id', '=', officerId)
    .executeTakeFirst();
  return row?.locked_until != null && row.locked_until > now ? row.locked_until : null;
}

/**
 * Counts one wrong PIN, atomically (concurrent attempts each count); returns the lockout's end when
 * this one reached the limit. A lockout that has passed starts the count again from one.
 */
export async function countWrongPin(
  db: Kysely<ServerDb>,
  siteId: string,
  officerId: string,
  now: number,
): Promise<number | null> {
  return db.transaction().execute(async (tx) => {
    await tx
      .insertInto('admin_pin_failures')
      .values({ site_id: siteId, officer_id: officerId, failures: 0, locked_until: null })
      .onConflict((oc) => oc.columns(['site_id', 'officer_id']).doNothing())
      .execute();
    const row = await tx
      .selectFrom('admin_pin_failures')
      .select(['failures', 'locked_until'])
      .where('site_id', '=', siteId)
      .where('officer_id', '=', officerId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const lapsed = row.locked_until !== null && row.locked_until <= now;
    const failures = (lapsed ? 0 : row.failures) + 1;
    const until = failures >= MAX_WRONG_PINS ? now + LOCKOUT_MS : lapsed ? null : row.locked_until;
    await tx
      .updateTable('admin_pin_failures')
      .set({ failures: failures >= MAX_WRONG_PINS ? 0 : failures, locked_until: until })
      .where('site_id', '=', siteId)
      .where('officer_id', '=', officerId)
      .execute();
    return failures >= MAX_WRONG_PINS ? until : null;
  });
}

export async function clearWrongPins(db: Kysely<ServerDb>, siteId: string, officerId: string): Promise<void> {
  await db
    .deleteFrom('admin_pin_failures')
    .where('site_id', '=', siteId)
    .where('officer_id', '=', officerId)
    .execute();
}
