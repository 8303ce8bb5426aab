// The site's kiosks as the server last heard from them: when, what was still waiting in their queue,
// how far their clock is from the server's. A kiosk that has not called for a while, with a queue
// that is old, or with a clock off by more than two minutes is worth a look.
import type { Kysely } from 'kysely';
import type { ServerDb } from '../db/schema';

/** A clock further off than this is warned about: check-in times and audit rows would be off too. */
export const CLOCK_WARN_MS = 2 * 60_000;
/** Silent longer than this during the day: the kiosk is probably offline. */
export const SILENT_WARN_MS = 15 * 60_000;
/** An operation waiting longer than this has not reached the server for a while. */
export const PENDING_WARN_MS = 15 * 60_000;

export interface KioskHealth {
  readonly id: string;
  readonly name: string;
  readonly enrolledAt: number;
  readonly revokedAt: number | null;
  readonly lastContactAt: number | null;
  readonly pendingOps: number | null;
  readonly oldestPendingAt: number | null;
  readonly clockOffsetMs: number | null;
}

export async function siteKiosks(db: Kysely<ServerDb>, siteId: string): Promise<KioskHealth[]> {
  const rows = await db
    .selectFrom('devices')
    .select([
      'id',
      'name',
      'enrolled_at',
      'revoked_at',
      'last_contact_at',
      'pending_ops',
      'oldest_pending_at',
      'clock_offset_ms',
    ])
    .where('site_id', '=', siteId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    enrolledAt: r.enrolled_at,
    revokedAt: r.revoked_at,
    lastContactAt: r.last_contact_at,
    pendingOps: r.pending_ops,
    oldestPendingAt: r.oldest_pending_at,
    clockOffsetMs: r.clock_offset_ms,
  }));
}

export interface KioskWarnings {
  readonly silent: boolean;
  readonly oldQueue: boolean;
  readonly clockOff: boolean;
}

export function kioskWarnings(k: KioskHealth, now: number): KioskWarnings {
  if (k.revokedAt !== null) return { silent: false, oldQueue: false, clockOff: false };
  return {
    silent: k.lastContactAt === null || now - k.lastContactAt > SILENT_WARN_MS,
    oldQueue:
      k.oldestPendingAt !== null && (k.pendingOps ?? 0) > 0 && now - k.oldestPendingAt > PENDING_WARN_MS,
    clockOff: k.clockOffsetMs !== null && Math.abs(k.clockOffsetMs) > CLOCK_WARN_MS,
  };
}

export const needsLook = (w: KioskWarnings): boolean => w.silent || w.oldQueue || w.clockOff;
