// The server's retention job (UU 27/2022): a visitor whose last reservation at a site is older than
// the site's retention period (Pengaturan › Privasi, synced from its kiosks) is erased, the same
// tombstone an officer's erasure is, so the site's kiosks blank their copies when they pull it. The
// kiosks run the same rule on their own data; this one covers what only the server holds (portal
// reservations, kiosks long gone). Guest-book entries and complainants' contacts follow the same period.
import type { Kysely } from 'kysely';
import type { Clock } from '../../shared/clock';
import { addDays, localDay } from '../../shared/rules/siteCalendar';
import type { ServerDb } from '../db/schema';
import { eraseExpiredComplaintContactsOnServer } from '../portal/complaints/complaintRetention';
import { readSiteFacts } from '../portal/siteFacts';
import { anonymiseGuestsPastRetention } from '../sync/handlers/guestbookRetention';
import { runServerCommand, type ServerCommandDeps } from '../sync/serverCommand';

/** Visitors erased per transaction: each holds the site's lock, and kiosks push in between. */
const BATCH = 50;

/** Visitors of the site past the period: nothing reserved on or after the cutoff day, not erased yet. */
async function dueVisitors(db: Kysely<ServerDb>, siteId: string, cutoffDay: string): Promise<string[]> {
  const rows = await db
    .selectFrom('reservations as r')
    .select('r.visitor_id')
    .where('r.site_id', '=', siteId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('erasures as e')
            .select('e.visitor_id')
            .whereRef('e.site_id', '=', 'r.site_id')
            .whereRef('e.visitor_id', '=', 'r.visitor_id'),
        ),
      ),
    )
    .groupBy('r.visitor_id')
    .having((eb) => eb.fn.max('r.day'), '<', cutoffDay)
    .limit(BATCH)
    .execute();
  return rows.map((r) => r.visitor_id);
}

/** One pass over every site; returns how many visitors it erased. */
export async function runRetention(deps: ServerCommandDeps & { clock: Clock }): Promise<number> {
  let erased = 0;
  const sites = await deps.db.selectFrom('sites').select('id').execute();
  for (const { id: siteId } of sites) {
    const facts = await readSiteFacts(deps.db, siteId);
    if (!facts) continue;
    const timeZone = facts.rules?.calendar.timeZone ?? 'Asia/Jakarta';
    const now = deps.clock.now();
    const cutoffDay = addDays(localDay(now, timeZone), -facts.retentionDays);
    for (;;) {
      const due = await dueVisitors(deps.db, siteId, cutoffDay);
      if (due.length === 0) break;
      await runServerCommand(deps, siteId, 'system', now, async (cmd) => {
        for (const visitorId of due) {
          await cmd.apply('visitor.erased', {
            id: visitorId,
            erasedAt: now,
            reason: `retention:${facts.retentionDays}d`,
          });
          cmd.audit({ action: 'visitors.erase', entity: 'visitor', entityId: visitorId, visitorId });
        }
      });
      erased += due.length;
    }
    // The guest book's guests past the same period lose their name and phone (UU 27/2022).
    erased += await anonymiseGuestsPastRetention(deps, siteId);
  }
  // Complainants' contacts, the same period after the complaint was closed (or filed).
  erased += await eraseExpiredComplaintContactsOnServer(deps);
  return erased;
}

/** Runs the job at start and then every `everyMs` (a day by default) until stopped. */
export function startRetentionJob(
  deps: ServerCommandDeps & { clock: Clock; log: { error: (o: object, m: string) => void } },
  everyMs = 86_400_000,
): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = () => {
    runRetention(deps)
      .catch((err: unknown) => deps.log.error({ err }, 'the retention job failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  tick();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
