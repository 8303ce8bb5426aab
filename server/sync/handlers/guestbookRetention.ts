// The guest book's part of the server's retention job (UU 27/2022): guest entries whose day is more
// than the site's retention period ago are anonymised through the same 'guest.anonymised' handler a
// kiosk's operation runs, so the server's older copies are blanked too and the site's kiosks pull the
// blank entry. The kiosks run the same rule on their own (electron/services/guestbook/guestRetention.ts);
// this covers entries of kiosks long gone or switched off.
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../../shared/clock';
import { addDays, localDay } from '../../../shared/rules/siteCalendar';
import type { ServerDb } from '../../db/schema';
import { readSiteFacts } from '../../portal/siteFacts';
import { runServerCommand, type ServerCommandDeps } from '../serverCommand';
import { GUEST } from './guestbook';

/** Entries anonymised per transaction: each holds the site's lock, and kiosks push in between. */
const BATCH = 50;

async function dueGuests(db: Kysely<ServerDb>, siteId: string, cutoffDay: string): Promise<string[]> {
  const rows = await db
    .selectFrom('records')
    .select('entity_id')
    .where('site_id', '=', siteId)
    .where('entity_type', '=', GUEST)
    .where(sql<string>`data ->> 'day'`, '<', cutoffDay)
    .where(sql`data -> 'anonymisedAt'`, '=', sql`'null'::jsonb`)
    .limit(BATCH)
    .execute();
  return rows.map((r) => r.entity_id);
}

/**
 * One pass over every site (or the one named): anonymises the guest entries past the site's
 * retention period and returns how many. The lead's retention job calls it beside runRetention.
 */
export async function anonymiseGuestsPastRetention(
  deps: ServerCommandDeps & { clock: Clock },
  onlySite?: string,
): Promise<number> {
  let done = 0;
  const sites = onlySite ? [{ id: onlySite }] : await deps.db.selectFrom('sites').select('id').execute();
  for (const { id: siteId } of sites) {
    const facts = await readSiteFacts(deps.db, siteId);
    if (!facts) continue;
    const timeZone = facts.rules?.calendar.timeZone ?? 'Asia/Jakarta';
    const now = deps.clock.now();
    const cutoffDay = addDays(localDay(now, timeZone), -facts.retentionDays);
    const reason = `retention:${facts.retentionDays}d`;
    for (;;) {
      const due = await dueGuests(deps.db, siteId, cutoffDay);
      if (due.length === 0) break;
      await runServerCommand(deps, siteId, 'system', now, async (cmd) => {
        for (const id of due) {
          await cmd.apply('guest.anonymised', { id, at: now, reason });
          cmd.audit({ action: 'guestbook.anonymise', entity: 'guest', entityId: id, details: { reason } });
        }
      });
      done += due.length;
    }
  }
  return done;
}
