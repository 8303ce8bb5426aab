import type { HandlersFor } from '../../../shared/contract';
import type { auditMethods } from '../../../shared/contract/audit';
import type { CommandDeps } from '../core/command';
import { toCsv } from '../core/csv';
import type { HandlerContext } from '../core/dispatch';
import type { RulesStore } from '../settings/rules';
import { listAudit } from './auditQueries';

/** At most this many rows in one export: a year of a busy desk, and still a file a spreadsheet opens. */
const EXPORT_ROWS = 100_000;

export const auditHandlers = (
  deps: CommandDeps,
  rules: RulesStore,
): HandlersFor<typeof auditMethods, HandlerContext> => ({
  'audit.list': ({ limit, before, ...filter }) => ({
    items: listAudit(deps.db, filter, rules.get().calendar.timeZone, { limit, before }),
  }),
  'audit.exportCsv': (filter) => {
    const tz = rules.get().calendar.timeZone;
    const entries = listAudit(deps.db, filter, tz, { limit: EXPORT_ROWS });
    const when = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone: tz });
    const csv = toCsv(
      entries.map((e) => ({
        waktu: when.format(e.at),
        petugas: e.actorName ?? e.actor,
        perangkat: e.deviceId ?? '',
        tindakan: e.action,
        objek: e.entity,
        id_objek: e.entityId,
        id_pengunjung: e.visitorId ?? '',
        rincian: JSON.stringify(e.details),
      })),
    );
    const day = when.format(deps.clock.now()).slice(0, 10);
    return { filename: `log-audit-${day}.csv`, csv, rows: entries.length };
  },
});
