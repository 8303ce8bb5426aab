import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../../db/openDatabase';
import type { Clock } from '../../../shared/clock';
import { readSetting, writeSetting } from '../core/settingsStore';

interface PinHash {
  readonly salt: string;
  readonly hash: string;
}

const SESSION_MS = 8 * 60 * 60 * 1000; // one working day
const MAX_FAILURES = 5;
const LOCKOUT_MS = 60_000;

export const hashPin = (pin: string, salt = randomBytes(16).toString('hex')): PinHash => ({
  salt,
  hash: scryptSync(pin, salt, 32).toString('hex'),
});

/**
 * The officer's desk sits behind a PIN. A session is a random bearer string held in memory only
 * (a restart locks the desk again). Repeated wrong PINs lock unlocking for a minute, so a visitor at
 * the touchscreen cannot try all 10 000 four-digit PINs.
 */
export class OfficerSessions {
  private readonly sessions = new Map<string, number>();
  private failures = 0;
  private lockedUntil = 0;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  unlock(pin: string): { session: string; expiresAt: number } | 'wrong_pin' | 'locked_out' {
    const now = this.clock.now();
    if (now < this.lockedUntil) return 'locked_out';
    const stored = readSetting<PinHash | null>(this.db, 'officer.pin', null);
    if (!stored || !this.matches(pin, stored)) {
      this.failures += 1;
      if (this.failures >= MAX_FAILURES) {
        this.failures = 0;
        this.lockedUntil = now + LOCKOUT_MS;
      }
      return 'wrong_pin';
    }
    this.failures = 0;
    const session = randomBytes(24).toString('base64url');
    const expiresAt = now + SESSION_MS;
    this.sessions.set(session, expiresAt);
    return { session, expiresAt };
  }

  isValid(session: string | undefined): boolean {
    if (!session) return false;
    const expiresAt = this.sessions.get(session);
    if (expiresAt === undefined) return false;
    if (expiresAt <= this.clock.now()) {
      this.sessions.delete(session);
      return false;
    }
    return true;
  }

  lock(session: string): void {
    this.sessions.delete(session);
  }

  setPin(pin: string, now: number): void {
    writeSetting(this.db, 'officer.pin', hashPin(pin), now);
  }

  private matches(pin: string, stored: PinHash): boolean {
    const candidate = scryptSync(pin, stored.salt, 32);
    const expected = Buffer.from(stored.hash, 'hex');
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  }
}
