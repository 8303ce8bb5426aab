// Complaints on the central server for the reports and the retention job: the count per service and
// quarter of a site (the same counting as the kiosk's complaintCountsByQuarter), and the contacts
// past the site's retention period blanked with the same operation an officer's erasure makes, so
// the site's kiosks blank their copies when they pull it (UU 27/2022). The kiosks run the same rule on
// their own data; this covers what only the server holds (portal complaints, kiosks long gone).
import { sql, type Kysely } from 'kysely';
import type { Clock } from '../../../shared/clock';
import type { ComplaintQuarterCounts } from '../../../shared/contract/complaints';
import { localDayRange } from '../../../shared/rules/siteCalendar';
import { isServiceId, serviceIds, type ServiceId } from '../../../shared/serviceStandards/serviceIds';
import type { ServerDb } from '../../db/schema';
import { runServerCommand, type ServerCommandDeps } from '../../sync/serverCommand';
import { readSiteFacts } from '../siteFacts';

/** "Prevalensi jumlah aduan" of one site: complaints filed per service and quarter of `year`, in `timeZone`. */
export async function siteComplaintCountsByQuarter(
  db: Kysely<ServerDb>,
  siteId: string,
  timeZone: string,
  year: number,
): Promise<ComplaintQuarterCounts> {
  const bounds = [1, 4, 7, 10].map(
    (m) => localDayRange(`${year}-${String(m).padStart(2, '0')}-01`, timeZone).start,
  );
  bounds.push(localDayRange(`${year + 1}-01-01`, timeZone).start);
  const rows = await db
    .selectFrom('complaint_tickets')
    .select(['service_id', 'filed_at'])
    .where('site_id', '=', siteId)
    .where('filed_at', '>=', bounds[0]!)
    .where('filed_at', '<', bounds[4]!)
    .execute();
  const perService = new Map<ServiceId | null, [number, number, number, number]>();
  const quarters: [number, number, number, number] = [0, 0, 0, 0];
  for (const r of rows) {
    const q = [0, 1, 2, 3].find((i) => r.filed_at >= bounds[i]! && r.filed_at < bounds[i + 1]!)!;
    const service = isServiceId(r.service_id) ? r.service_id : null;
    const counts = perService.get(service) ?? [0, 0, 0, 0];
    counts[q]! += 1;
    perService.set(service, counts);
    quarters[q]! += 1;
  }
  const services = [...serviceIds, null]
    .filter((s) => perService.has(s))
    .map((serviceId) => {
      const q = perService.get(serviceId)!;
      return { serviceId, quarters: q, total: q[0] + q[1] + q[2] + q[3] };
    });
  return { year, services, quarters, total: rows.length };
}

/** Complaints erased per transaction: each holds the site's lock, and kiosks push in between. */
const BATCH = 50;

/**
 * One pass over every site: contacts kept longer than the site's retention period after the
 * complaint was closed (or, never closed, after it was filed) are erased. Returns how many.
 */
export async function eraseExpiredComplaintContactsOnServer(
  deps: ServerCommandDeps & { clock: Clock },
): Promise<number> {
  let erased = 0;
  const sites = await deps.db.selectFrom('sites').select('id').execute();
  for (const { id: siteId } of sites) {
    const facts = await readSiteFacts(deps.db, siteId);
    if (!facts) continue;
    const now = deps.clock.now();
    const cutoff = now - facts.retentionDays * 86_400_000;
    for (;;) {
      const due = await deps.db
        .selectFrom('records')
        .select('entity_id')
        .where('site_id', '=', siteId)
        .where('entity_type', '=', 'complaint')
        .where(sql<boolean>`data -> 'contact' IS NOT NULL AND data -> 'contact' <> 'null'::jsonb`)
        .where(
          sql<boolean>`coalesce((data ->> 'closedAt')::bigint, (data ->> 'filedAt')::bigint) < ${cutoff}`,
        )
        .limit(BATCH)
        .execute();
      if (due.length === 0) break;
      await runServerCommand(deps, siteId, 'system', now, async (cmd) => {
        for (const { entity_id: id } of due) {
          await cmd.apply('complaint.contactErased', {
            id,
            erasedAt: now,
            reason: `retention:${facts.retentionDays}d`,
          });
          cmd.audit({ action: 'complaints.eraseContact', entity: 'complaint', entityId: id });
        }
      });
      erased += due.length;
    }
  }
  return erased;
}
