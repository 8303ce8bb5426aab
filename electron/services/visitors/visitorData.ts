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

// The next window of visitors after the cursor, each marked due when they are past the retention
// period: registered before the cutoff, not erased, nothing reserved on or after the cutoff day.
// Walking a window from a cursor keeps every step the same small size, however many visitors there
// are and however many of them the job has already erased or kept.
const RETENTION_WINDOW = `SELECT v.rowid AS rid, v.id,
    (v.erased_at IS NULL AND v.created_at < :cutoffMs
      AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.visitor_id = v.id AND r.day >= :cutoffDay)) AS due
  FROM visitors v WHERE v.rowid > :after ORDER BY v.rowid LIMIT :window`;

export interface RetentionStep {
  readonly erased: number;
  /** Where the next step starts; null when this step reached the last visitor. */
  readonly next: number | null;
}

/**
 * One step of the retention job: looks at up to `window` visitors after `after` and anonymises the
 * first `batch` of them that are due (one commit, one audit row per visitor).
 */
export function retentionStep(
  deps: CommandDeps,
  today: string,
  retentionDays: number,
  after: number,
  // Sized so a step stays a couple of milliseconds at 1M reservations even with the disk's occasional
  // slow fsync on top (issue 9's day simulation: 500 and 5 made steps of 4 ms, with spikes past 16).
  { window = 100, batch = 2 } = {},
): RetentionStep {
  const cutoffDay = addDays(today, -retentionDays);
  const cutoffMs = deps.clock.now() - retentionDays * 86_400_000;
  const rows = prepared(deps.db, RETENTION_WINDOW).all({ cutoffMs, cutoffDay, after, window }) as {
    rid: number;
    id: string;
    due: 0 | 1;
  }[];
  const due: string[] = [];
  let next: number | null = rows.length < window ? null : rows.at(-1)!.rid;
  for (const row of rows) {
    if (row.due !== 1) continue;
    due.push(row.id);
    if (due.length === batch) {
      next = row.rid;
      break;
    }
  }
  if (due.length) {
    const reason = `retention:${retentionDays}d`;
    runCommand(deps, 'system', 'visitors.erase', (now) => {
      const erased = due.map((id) => eraseWithin(deps, id, reason, now));
      return {
        value: undefined,
        audit: erased.map((e) => e.audit),
        ops: erased.map((e) => e.op),
        topics: ['visitors', 'reservations', 'visits'],
      };
    });
  }
  return { erased: due.length, next };
}

/** How long the retention job waits between two steps: the kiosk answers scans in between. */
export const RETENTION_STEP_MS = 100;

/**
 * Another domain's part of the retention job (the guest book's guests, complainants' contacts): one
 * small step; true while more are due today.
 */
export type RetentionPart = (today: string, retentionDays: number) => boolean;

/**
 * Runs the retention job once a day: on the first tick of a new day it walks every visitor, then
 * each other domain's part, a small step at a time (a few milliseconds each) with a pause between,
 * so scans are answered in between; a kiosk that kept three years of visitors catches up within the
 * hour, never in one stall.
 */
export class RetentionJob {
  private doneFor: string | null = null;
  private again: TimerHandle | undefined;
  /** The day being worked through, the cursor among the visitors, and the part after them (-1: none yet). */
  private run: { day: string; after: number; part: number } | null = null;

  constructor(
    private readonly deps: CommandDeps,
    private readonly timers: Timers,
    private readonly today: () => string,
    private readonly retentionDays: () => number,
    private readonly parts: readonly RetentionPart[] = [],
  ) {}

  tick(): void {
    const today = this.today();
    if (this.doneFor === today || this.again !== undefined) return;
    // Each day the walk starts again from the first visitor.
    if (this.run?.day !== today) this.run = { day: today, after: 0, part: -1 };
    const run = this.run;
    const days = this.retentionDays();
    let more = false;
    if (run.part < 0) {
      const { next } = retentionStep(this.deps, today, days, run.after);
      if (next === null) run.part = 0;
      else {
        run.after = next;
        more = true;
      }
    }
    // A part with nothing due costs one query: the next one goes in the same tick.
    while (!more && run.part < this.parts.length) {
      if (this.parts[run.part]!(today, days)) more = true;
      else run.part++;
    }
    if (!more) {
      this.doneFor = today;
      this.run = null;
      return;
    }
    this.again = this.timers.setTimeout(() => {
      this.again = undefined;
      this.tick();
    }, RETENTION_STEP_MS);
  }

  stop(): void {
    if (this.again !== undefined) this.timers.clearTimeout(this.again);
    this.again = undefined;
  }
}
