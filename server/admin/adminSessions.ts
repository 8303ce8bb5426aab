// Sessions of the central admin pages, kept in the database so any server process answers them. The
// cookie holds a random token; the database only its sha256, so a copy of it signs no one in. A
// session ends after a while without a request (idle) and in any case some hours after sign-in
// (absolute), both on the server's injected clock.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDb } from '../db/schema';

export interface SessionLimits {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export interface AdminSession {
  readonly siteId: string;
  readonly officerId: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export async function startSession(
  db: Kysely<ServerDb>,
  who: AdminSession,
  limits: SessionLimits,
  now: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('admin_sessions')
    .values({
      token_hash: hashToken(token),
      site_id: who.siteId,
      officer_id: who.officerId,
      created_at: now,
      last_seen_at: now,
      expires_at: now + limits.absoluteMs,
      ended_at: null,
    })
    .execute();
  return token;
}

/** The session a token opens, now counted as active; null when there is none or it has ended. */
export async function resumeSession(
  db: Kysely<ServerDb>,
  token: string | undefined,
  limits: SessionLimits,
  now: number,
): Promise<AdminSession | null> {
  if (!token || !TOKEN.test(token)) return null;
  const row = await db
    .updateTable('admin_sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('ended_at', 'is', null)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', now - limits.idleMs)
    .returning(['site_id', 'officer_id'])
    .executeTakeFirst();
  return row ? { siteId: row.site_id, officerId: row.officer_id } : null;
}

export async function endSession(
  db: Kysely<ServerDb>,
  token: string | undefined,
  now: number,
): Promise<void> {
  if (!token || !TOKEN.test(token)) return;
  await db
    .updateTable('admin_sessions')
    .set({ ended_at: now })
    .where('token_hash', '=', hashToken(token))
    .where('ended_at', 'is', null)
    .execute();
}
