// One visitor's personal data (UU 27/2022): found, exported for them, erased on request or when the
// site's retention period has passed. Erasing anonymises: the name, e-mail and phone are gone, free
// text about them too, while the counts the recaps need (reservations, visits, hours) stay.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { VisitorSummary } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import { addDays } from '../../../shared/rules/siteCalendar';
import type { TimerHandle, Timers } from '../../../shared/clock';
import { runCommand, type Actor, type CommandDeps } from '../core/command';
import { personMatch } from '../core/search';
import { toCsv } from '../core/csv';

interface SummaryRow {
  id: string;
  full_name: string;
  email: string;
  phone_e164: string;
  created_at: number;
  erased_at: number | null;
  reservations: number;
  last_day: string | null;
}

const SUMMARY = `SELECT v.id, v.full_name, v.email, v.phone_e164, v.created_at, v.erased_at,
    (SELECT count(*) FROM reservations r WHERE r.visitor_id = v.id) AS reservations,
    (SELECT max(r.day) FROM reservations r WHERE r.visitor_id = v.id) AS last_day
  FROM visitors v`;

const toSummary = (r: SummaryRow): VisitorSummary => ({
  id: r.id,
  fullName: r.full_name,
  email: r.email,
  phone: r.phone_e164,
  reservations: r.reservations,
  lastDay: r.last_day,
  createdAt: r.created_at,
  erasedAt: r.erased_at,
});

export function searchVisitors(db: Db, query: string): VisitorSummary[] {
  const match = personMatch('v', query);
  return (
    prepared(db, `${SUMMARY} WHERE ${match.clause} ORDER BY v.created_at DESC LIMIT 50`).all(
      match.params,
    ) as SummaryRow[]
  ).map(toSummary);
}

export function visitorSummary(db: Db, id: string): VisitorSummary | undefined {
  const row = prepared(db, `${SUMMARY} WHERE v.id = ?`).get(id) as SummaryRow | undefined;
  return row && toSummary(row);
}

const CONSENT = 'SELECT consent_at, consent_version FROM visitors WHERE id = ?';
const RESERVATIONS = `SELECT r.id, r.day, r.status, r.desk_number, r.source, r.created_at,
    vi.started_at, vi.ends_at, vi.closed_at, vi.close_kind, vi.desk_number AS visit_desk
  FROM reservations r LEFT JOIN visits vi ON vi.reservation_id = r.id
  WHERE r.visitor_id = ? ORDER BY r.day, r.created_at`;

/** Everything kept about one visitor, for them (JSON) or a spreadsheet (CSV, formula-safe). */
export function exportVisitor(db: Db, id: string, format: 'json' | 'csv') {
  const visitor = visitorSummary(db, id);
  if (!visitor) throw reject('not_found', 'errors.visitor.notFound');
  const consent = prepared(db, CONSENT).get(id) as { consent_at: number; consent_version: string };
  const rows = prepared(db, RESERVATIONS).all(id) as Record<string, unknown>[];
  const base = `pengunjung-${id.slice(0, 8)}`;
  if (format === 'json') {
    const content = JSON.stringify(
      {
        visitor: { ...visitor, consentAt: consent.consent_at, consentVersion: consent.consent_version },
        reservations: rows,
      },
      null,
      2,
    );
    return { filename: `${base}.json`, mime: 'application/json', content };
  }
  const person = { fullName: visitor.fullName, email: visitor.email, phone: visitor.phone };
  const lines = rows.length ? rows.map((r) => ({ ...person, ...r })) : [person];
  return { filename: `${base}.csv`, mime: 'text/csv', content: toCsv(lines) };
}

const ERASE_VISITOR =
  "UPDATE visitors SET full_name = '', email = '', phone_e164 = '', erased_at = ? WHERE id = ?";
const ERASE_RESERVATION_TEXT = 'UPDATE reservations SET cancel_reason = NULL WHERE visitor_id = ?';
const ERASE_VISIT_TEXT = `UPDATE visits SET manual_reason = NULL, officer_note = NULL
  WHERE reservation_id IN (SELECT id FROM reservations WHERE visitor_id = ?)`;
// A reservation made offline and not yet sent carries the visitor's name, e-mail and phone: the server
// receives it anonymised instead.
const ERASE_UNSENT = `UPDATE outbox SET payload = json_set(payload, '$.fullName', '', '$.email', '', '$.phone', '')
  WHERE pushed_at IS NULL AND op_type = 'reservation.created' AND json_extract(payload, '$.visitorId') = ?`;

function eraseWithin(deps: CommandDeps, id: string, reason: string, now: number) {
  const before = visitorSummary(deps.db, id);
  if (!before) throw reject('not_found', 'errors.visitor.notFound');
  if (before.erasedAt !== null) throw reject('conflict', 'errors.visitor.alreadyErased');
  const { db } = deps;
  prepared(db, ERASE_VISITOR).run(now, id);
  prepared(db, ERASE_RESERVATION_TEXT).run(id);
  prepared(db, ERASE_VISIT_TEXT).run(id);
  prepared(db, ERASE_UNSENT).run(id);
  return {
    audit: {
      entity: 'visitor',
      entityId: id,
      visitorId: id,
      details: { reason, reservations: before.reservations },
    },
    op: { type: 'visitor.erased' as const, payload: { id, erasedAt: now, reason } },
  };
}

export function eraseVisitor(deps: CommandDeps, actor: Actor, id: string, reason: string): VisitorSummary {
  return runCommand(deps, actor, 'visitors.erase', (now) => {
    const erased = eraseWithin(deps, id, reason, now);
    return {
      value: visitorSummary(deps.db, id)!,
      audit: erased.audit,
      ops: [erased.op],
      topics: ['visitors', 'reservations', 'visits'],
    };
  });
}

// Visitors with nothing on or after the cutoff day and registered before the cutoff.
const PAST_RETENTION = `SELECT v.id FROM visitors v WHERE v.erased_at IS NULL AND v.created_at < ?
  AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.visitor_id = v.id AND r.day >= ?) LIMIT ?`;

/**
 * The retention job: visitors whose last reservation is older than the retention period are
 * anonymised, a batch per command (one commit for the batch, one audit row per visitor), so a first
 * run over years of visitors never holds the kiosk for long. Returns how many it erased.
 */
export function erasePastRetention(
  deps: CommandDeps,
  today: string,
  retentionDays: number,
  batch = 25,
): number {
  const cutoffDay = addDays(today, -retentionDays);
  const cutoffMs = deps.clock.now() - retentionDays * 86_400_000;
  const ids = prepared(deps.db, PAST_RETENTION).pluck().all(cutoffMs, cutoffDay, batch) as string[];
  if (ids.length === 0) return 0;
  const reason = `retention:${retentionDays}d`;
  runCommand(deps, 'system', 'visitors.erase', (now) => {
    const erased = ids.map((id) => eraseWithin(deps, id, reason, now));
    return {
      value: undefined,
      audit: erased.map((e) => e.audit),
      ops: erased.map((e) => e.op),
      topics: ['visitors', 'reservations', 'visits'],
    };
  });
  return ids.length;
}

/**
 * Runs the retention job once a day: on the first tick of a new day it starts, and while visitors
 * past the period remain it takes one small batch at a time, a second apart, so scans are answered
 * in between (a kiosk that kept three years of visitors catches up in hours, never in one stall).
 */
export class RetentionJob {
  private doneFor: string | null = null;
  private again: TimerHandle | undefined;

  constructor(
    private readonly deps: CommandDeps,
    private readonly timers: Timers,
    private readonly today: () => string,
    private readonly retentionDays: () => number,
  ) {}

  tick(): void {
    const today = this.today();
    if (this.doneFor === today || this.again !== undefined) return;
    const erased = erasePastRetention(this.deps, today, this.retentionDays());
    if (erased === 0) {
      this.doneFor = today;
      return;
    }
    this.again = this.timers.setTimeout(() => {
      this.again = undefined;
      this.tick();
    }, 1_000);
  }

  stop(): void {
    if (this.again !== undefined) this.timers.clearTimeout(this.again);
    this.again = undefined;
  }
}
