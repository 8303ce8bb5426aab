import type { RulesSettings, Visit } from '../../shared/contract';
import { localDay } from '../../shared/rules/siteCalendar';
import type { StayWarningLevel } from '../../shared/rules/stayLimit';
import { runCommand, type CommandDeps } from './command';
import { closeAtLimit } from './checkout';
import type { EventBus } from './eventBus';
import { openVisits } from './visitQueries';
import { warningClock } from './visits';

/**
 * Watches the 7-hour limit (SOP 97 step 6) live: pushes a warning when an open visit crosses the
 * 30- and 10-minute marks and when it overstays; closes visits at the limit when the site chose
 * that; and after a day has passed, marks its reservations that never arrived as no-shows.
 * `tick()` is called by a timer in the hosts and by hand in tests.
 */
export class StayMonitor {
  private readonly announced = new Map<string, StayWarningLevel>();

  constructor(
    private readonly deps: CommandDeps,
    private readonly bus: EventBus,
    private readonly rules: () => RulesSettings,
  ) {}

  tick(): void {
    const rules = this.rules();
    const now = this.deps.clock.now();
    let changed = false;
    const open = openVisits(this.deps.db, warningClock(rules, now));
    const stillOpen = new Set(open.map((v) => v.id));
    for (const id of this.announced.keys()) if (!stillOpen.has(id)) this.announced.delete(id);

    for (const visit of open) {
      if (rules.autoCloseAtLimit && visit.status === 'open' && visit.warning === 'overstay') {
        closeAtLimit(this.deps, rules, visit.id);
        changed = true;
        continue;
      }
      changed = this.announce(visit) || changed;
    }
    changed = this.markNoShows(rules, now) || changed;
    if (changed) this.bus.emit('visits.changed', { visitId: null });
  }

  private announce(visit: Visit): boolean {
    if ((this.announced.get(visit.id) ?? 'none') === visit.warning) return false;
    this.announced.set(visit.id, visit.warning);
    if (visit.warning !== 'none') {
      this.bus.emit('visits.warning', {
        visitId: visit.id,
        deskNumber: visit.deskNumber,
        level: visit.warning,
      });
    }
    return true;
  }

  /** Reservations of days already over that were never checked in become no-shows, in one command. */
  private markNoShows(rules: RulesSettings, now: number): boolean {
    const today = localDay(now, rules.calendar.timeZone);
    const ids = this.deps.db
      .prepare("SELECT id FROM reservations WHERE status = 'booked' AND day < ?")
      .pluck()
      .all(today) as string[];
    if (ids.length === 0) return false;
    runCommand(this.deps, 'system', 'reservations.markNoShows', () => {
      const mark = this.deps.db.prepare(
        "UPDATE reservations SET status = 'no_show', updated_at = ? WHERE id = ?",
      );
      for (const id of ids) mark.run(now, id);
      return {
        value: undefined,
        audit: {
          entity: 'reservation',
          entityId: ids.length === 1 ? ids[0]! : `${ids.length} reservations`,
          details: { ids },
        },
        sync: { type: 'reservations.noShow', payload: { ids } },
      };
    });
    return true;
  }
}
