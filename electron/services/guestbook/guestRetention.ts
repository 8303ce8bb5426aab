// The guest book's part of the retention job (UU 27/2022): an entry whose day is more than the site's
// retention period ago keeps its counts (day, queue number, purpose, how it was served) and loses the
// guest's name, phone and free text. Small steps, like the visitors' job (visitors/visitorData.ts),
// so a kiosk with years of guests answers scans in between.
import { prepared } from '../../../db/statements';
import { addDays } from '../../../shared/rules/siteCalendar';
import { runCommand, type CommandDeps } from '../core/command';
import { anonymiseWithin } from './guestbookCommands';

const DUE = 'SELECT id FROM guests WHERE anonymised_at IS NULL AND day < ? ORDER BY day LIMIT ?';

/**
 * Anonymises up to `batch` entries from before `today` − `retentionDays` in one command (an audit row
 * and a 'guest.anonymised' operation each, so the server and the other kiosks blank theirs too).
 * Returns how many it anonymised: fewer than `batch` means none are left for today.
 */
export function guestRetentionStep(
  deps: CommandDeps,
  today: string,
  retentionDays: number,
  { batch = 20 } = {},
): number {
  const cutoffDay = addDays(today, -retentionDays);
  const due = prepared(deps.db, DUE).pluck().all(cutoffDay, batch) as string[];
  if (due.length === 0) return 0;
  const reason = `retention:${retentionDays}d`;
  runCommand(deps, 'system', 'guestbook.anonymise', (now) => {
    const done = due.map((id) => anonymiseWithin(deps, id, reason, now));
    return {
      value: undefined,
      audit: done.map((d) => d.audit),
      ops: done.map((d) => d.op),
      topics: ['guestbook'],
    };
  });
  return due.length;
}
