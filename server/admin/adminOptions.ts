// What the admin pages need from the server and how they are tuned.
import type { Kysely } from 'kysely';
import type { Clock } from '../../shared/clock';
import type { ServerDb } from '../db/schema';
import type { ChangeWaiters } from '../sync/changeWaiters';

export interface AdminDeps {
  readonly db: Kysely<ServerDb>;
  readonly clock: Clock;
  readonly waiters: ChangeWaiters;
}

export interface AdminOptions {
  /** The address officers use (the CSRF origin); null: the request's own. */
  readonly publicUrl: string | null;
  readonly trustProxy: boolean;
  /** Sign-in posts per client address per window, whoever they name. */
  readonly signInLimit: number;
  readonly signInWindowMs: number;
  /** A session ends after this long without a request… */
  readonly idleMs: number;
  /** …and this long after sign-in in any case (a working day). */
  readonly absoluteMs: number;
  readonly maxFormBytes: number;
}

export const defaultAdminOptions: AdminOptions = {
  publicUrl: null,
  trustProxy: false,
  signInLimit: 20,
  signInWindowMs: 10 * 60_000,
  idleMs: 30 * 60_000,
  absoluteMs: 10 * 60 * 60_000,
  maxFormBytes: 4 * 1024,
};

export const SESSION_COOKIE = 'loket_admin';
