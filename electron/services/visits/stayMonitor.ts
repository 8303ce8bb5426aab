import { prepared } from '../../../db/statements';
import type { RulesSettings, Visit } from '../../../shared/contract';
import type { StayWarningLevel } from '../../../shared/rules/stayLimit';
import { runCommand, type CommandDeps } from '../core/command';
import { siteDay, type RulesStore } from '../settings/rules';
import { closeAtLimit } from './checkout';
import { openVisits, warningClock } from './visitQueries';

// A batch per tick: after a long weekend or a kiosk that was off, thousands may be waiting, and
// marking them all in one command would hold the kiosk's only thread (the next ticks take the rest).
// 50 a tick (≈3 ms at 1M; 200 took 11–21 ms, issue 9's day simulation) still marks a busy day's
// 2,500 within a quarter of an hour.
const NO_SHOW_BATCH = 50;
const PAST_BOOKED = `SELECT id, day FROM reservations WHERE status = 'booked' AND day < ? LIMIT ${NO_SHOW_BATCH}`;
const MARK_NO_SHOW =
  "UPDATE reservations SET status = 'no_show', updated_at = ? WHERE id = ? AND status = 'booked'";

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
    private readonly rules: RulesStore,
  ) {}

  tick(): void {
    const rules = this.rules.get();
    const now = this.deps.clock.now();
    const open = openVisits(this.deps.db, warningClock(rules, now));
    const stillOpen = new Set(open.map((v) => v.id));
    for (const id of this.announced.keys()) if (!stillOpen.has(id)) this.announced.delete(id);

    let warningsMoved = false;
    for (const visit of open) {
      if (rules.autoCloseAtLimit && visit.status === 'open' && visit.warning === 'overstay') {
        closeAtLimit(this.deps, rules, visit.id);
        continue;
      }
      warningsMoved = this.announce(visit) || warningsMoved;
    }
    this.markNoShows(rules, now);
    // Time alone moved a visit to its next warning: the board shows it, though no command ran.
    if (warningsMoved) this.deps.events.emit('data.changed', { topics: ['visits'] });
  }

  private announce(visit: Visit): boolean {
    if ((this.announced.get(visit.id) ?? 'none') === visit.warning) return false;
    this.announced.set(visit.id, visit.warning);
    if (visit.warning !== 'none') {
      this.deps.events.emit('visits.warning', {
        visitId: visit.id,
        deskNumber: visit.deskNumber,
        level: visit.warning,
      });
    }
    return true;
  }

  /** Reservations of days already over that were never checked in become no-shows, a batch per command. */
  private markNoShows(rules: RulesSettings, now: number): void {
    const today = siteDay(rules, now);
    const past = prepared(this.deps.db, PAST_BOOKED).all(today) as { id: string; day: string }[];
    if (past.length === 0) return;
    runCommand(this.deps, 'system', 'reservations.markNoShows', () => {
      const mark = prepared(this.deps.db, MARK_NO_SHOW);
      for (const { id } of past) mark.run(now, id);
      return {
        value: undefined,
        audit: {
          entity: 'reservation',
          entityId: past.length === 1 ? past[0]!.id : `${past.length} reservations`,
          details: { ids: past.map((r) => r.id) },
        },
        ops: past.map((r) => ({ type: 'reservation.noShow' as const, payload: r })),
        topics: ['reservations', 'visits'],
      };
    });
  }
}
