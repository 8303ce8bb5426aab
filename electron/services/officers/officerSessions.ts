// Signing in at the desk (issue 8): an officer picks their name and types their own PIN. Wrong PINs
// are counted per officer and device, in the database, so a restart does not forget them and a
// visitor hammering one name locks only that officer on this kiosk, for longer each time.
import { randomBytes } from 'node:crypto';
import { prepared } from '../../../db/statements';
import type { SecuritySettings } from '../../../shared/contract';
import { reject } from '../../../shared/result';
import { audit, runCommand, type CommandDeps } from '../core/command';
import type { Caller } from '../core/dispatch';
import type { PinHash, PinHasher } from './pin';
import { officerRow, pinOf, toOfficer } from './officerQueries';
import { permissionsOf } from './roles';

/** A session lasts a working day at most; the idle lock (settings.security) usually ends it sooner. */
const SESSION_MS = 8 * 60 * 60 * 1000;
const FAILURES_BEFORE_LOCKOUT = 5;
/** Each lockout in a row lasts longer: 1, 5, 15, then 60 minutes. */
export const LOCKOUT_MINUTES = [1, 5, 15, 60] as const;

interface Session {
  readonly officerId: string;
  readonly expiresAt: number;
  lastSeenAt: number;
}

interface LockoutRow {
  failures: number;
  level: number;
  locked_until: number;
}

const LOCKOUT =
  'SELECT failures, level, locked_until FROM signin_lockouts WHERE officer_id = ? AND device_id = ?';
const SAVE_LOCKOUT = `INSERT INTO signin_lockouts (officer_id, device_id, failures, level, locked_until) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (officer_id, device_id) DO UPDATE SET failures = excluded.failures, level = excluded.level,
    locked_until = excluded.locked_until`;

export class OfficerSessions {
  private readonly sessions = new Map<string, Session>();
  /** Checked against when the name is unknown, so a wrong name costs the same time as a wrong PIN. */
  private decoy: Promise<PinHash> | undefined;

  constructor(
    private readonly deps: CommandDeps,
    private readonly pins: PinHasher,
    private readonly security: () => SecuritySettings,
  ) {}

  async unlock(officerId: string, pin: string) {
    const { db, clock, deviceId } = this.deps;
    const row = officerRow(db, officerId);
    const lockout = row && (prepared(db, LOCKOUT).get(officerId, deviceId) as LockoutRow | undefined);
    if (lockout && lockout.locked_until > clock.now()) {
      audit(this.deps, 'kiosk', 'officer.signInRefused', {
        entity: 'officer',
        entityId: officerId,
        details: { lockedOut: true },
      });
      throw reject('forbidden', 'errors.officer.lockedOut', {
        params: { minutes: Math.ceil((lockout.locked_until - clock.now()) / 60_000) },
      });
    }
    const right = row
      ? row.active === 1 && (await this.pins.matches(pin, pinOf(row)))
      : await this.pins.matches(pin, await (this.decoy ??= this.pins.hash(randomBytes(8).toString('hex'))));
    if (!row || !right) throw this.failed(officerId, row !== undefined);

    runCommand(this.deps, `officer:${officerId}`, 'officer.signIn', () => {
      prepared(db, SAVE_LOCKOUT).run(officerId, deviceId, 0, 0, 0);
      return {
        value: undefined,
        audit: { entity: 'officer', entityId: officerId },
        ops: [],
        topics: ['audit'],
      };
    });
    return this.open(officerId);
  }

  /** A new session for an officer whose identity is proven (the PIN, or the setup that made them). */
  open(officerId: string) {
    const now = this.deps.clock.now();
    const session = randomBytes(24).toString('base64url');
    const expiresAt = now + SESSION_MS;
    this.sessions.set(session, { officerId, expiresAt, lastSeenAt: now });
    return { session, expiresAt, ...this.signedInInfo(officerId) };
  }

  /** Counts a wrong PIN (audited), locks the officer on this device at the fifth, and says so. */
  private failed(officerId: string, known: boolean) {
    const { db, deviceId } = this.deps;
    if (!known) {
      audit(this.deps, 'kiosk', 'officer.signInFailed', {
        entity: 'officer',
        entityId: officerId,
        details: { unknown: true },
      });
      return reject('unauthorized', 'errors.officer.wrongPin', {
        params: { attemptsLeft: FAILURES_BEFORE_LOCKOUT },
      });
    }
    const outcome = runCommand(this.deps, 'kiosk', 'officer.signInFailed', (now) => {
      const before = (prepared(db, LOCKOUT).get(officerId, deviceId) as LockoutRow | undefined) ?? {
        failures: 0,
        level: 0,
        locked_until: 0,
      };
      const failures = before.failures + 1;
      const lock = failures >= FAILURES_BEFORE_LOCKOUT;
      const level = lock ? before.level + 1 : before.level;
      const minutes = LOCKOUT_MINUTES[Math.min(level, LOCKOUT_MINUTES.length) - 1] ?? 0;
      const lockedUntil = lock ? now + minutes * 60_000 : before.locked_until;
      prepared(db, SAVE_LOCKOUT).run(officerId, deviceId, lock ? 0 : failures, level, lockedUntil);
      return {
        value: { lock, minutes, attemptsLeft: FAILURES_BEFORE_LOCKOUT - failures },
        audit: {
          entity: 'officer',
          entityId: officerId,
          details: lock ? { lockedMinutes: minutes } : { failures },
        },
        ops: [], // this kiosk's own guard
        topics: ['audit'],
      };
    });
    return outcome.lock
      ? reject('forbidden', 'errors.officer.lockedOut', { params: { minutes: outcome.minutes } })
      : reject('unauthorized', 'errors.officer.wrongPin', { params: { attemptsLeft: outcome.attemptsLeft } });
  }

  /** The officer behind a session, while it is valid: not expired, not idle too long, still active. */
  resolve(token: string | undefined): Caller | undefined {
    if (!token) return undefined;
    const session = this.sessions.get(token);
    if (!session) return undefined;
    const now = this.deps.clock.now();
    const idleMs = this.security().idleLockMinutes * 60_000;
    const row = officerRow(this.deps.db, session.officerId);
    if (session.expiresAt <= now || now - session.lastSeenAt > idleMs || row?.active !== 1) {
      this.sessions.delete(token);
      return undefined;
    }
    session.lastSeenAt = now;
    return {
      officerId: session.officerId,
      permissions: permissionsOf(this.deps.db, JSON.parse(row.roles) as string[]),
      mustChangePin: row.must_change_pin === 1,
    };
  }

  signedInInfo(officerId: string) {
    const row = officerRow(this.deps.db, officerId)!;
    return {
      officer: toOfficer(row),
      permissions: permissionsOf(this.deps.db, JSON.parse(row.roles) as string[]),
      idleLockMinutes: this.security().idleLockMinutes,
    };
  }

  lock(token: string): void {
    const session = this.sessions.get(token);
    if (!session) return;
    this.sessions.delete(token);
    audit(this.deps, `officer:${session.officerId}`, 'officer.lock', {
      entity: 'officer',
      entityId: session.officerId,
    });
  }

  /** A deactivated officer's sessions end at once, on this desk (others see the flag on their next call). */
  endAllOf(officerId: string): void {
    for (const [token, s] of this.sessions) if (s.officerId === officerId) this.sessions.delete(token);
  }

  /** Sample data left: nobody stays signed in with an account that no longer exists. */
  endAll(): void {
    this.sessions.clear();
  }
}
