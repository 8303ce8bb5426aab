// Signing in to the admin pages: the officer picks their name and types the PIN they use at the
// kiosk, checked with the kiosk's own verifier against the hash the kiosk synced. An officer still
// on a temporary PIN (after an admin's reset) sets their own at the kiosk first, as the kiosk asks.
import type { Kysely } from 'kysely';
import { createPinHasher } from '../../electron/services/officers/pin';
import type { ServerDb } from '../db/schema';
import { clearWrongPins, countWrongPin, lockedUntil } from './pinLockout';
import { siteOfficer, type SiteOfficer } from './siteOfficers';

export type SignInOutcome =
  | { readonly ok: true; readonly officer: SiteOfficer }
  | { readonly ok: false; readonly reason: 'unknown' | 'wrong_pin' | 'must_change_pin' }
  | { readonly ok: false; readonly reason: 'locked'; readonly until: number };

// The cost is read from each stored hash, so kiosks with any cost are checked alike.
const verifier = createPinHasher();

export async function signIn(
  db: Kysely<ServerDb>,
  siteId: string,
  officerId: string,
  pin: string,
  now: number,
): Promise<SignInOutcome> {
  const officer = await siteOfficer(db, siteId, officerId);
  if (!officer || !officer.active || !officer.pin) return { ok: false, reason: 'unknown' };
  const locked = await lockedUntil(db, siteId, officerId, now);
  if (locked !== null) return { ok: false, reason: 'locked', until: locked };
  if (!(await verifier.matches(pin, officer.pin))) {
    const until = await countWrongPin(db, siteId, officerId, now);
    return until === null ? { ok: false, reason: 'wrong_pin' } : { ok: false, reason: 'locked', until };
  }
  await clearWrongPins(db, siteId, officerId);
  // Checked after the PIN, so the page does not tell a stranger who is on a temporary PIN.
  if (officer.mustChangePin) return { ok: false, reason: 'must_change_pin' };
  return { ok: true, officer };
}
