// Long-poll support: a kiosk that is online waits on the server for the site's next change instead
// of asking every 15 s, so a reservation made elsewhere reaches it within a moment. A commit in this
// process wakes its waiters at once; a commit by another server process on the same database is seen
// by a light query once a second.
import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import type { ServerDb } from '../db/schema';

/** The longest a wait is held open (below the kiosk's 30 s request deadline and common proxies' 60 s). */
export const MAX_WAIT_MS = 25_000;
const CROSS_PROCESS_POLL_MS = 1_000;

export class ChangeWaiters {
  readonly #signals = new EventEmitter();

  constructor(private readonly db: Kysely<ServerDb>) {
    this.#signals.setMaxListeners(0); // one per waiting kiosk
  }

  /** This process committed changes for the site: wake whoever waits on it. */
  notify(siteId: string): void {
    this.#signals.emit(siteId);
  }

  #hasChanges(siteId: string, after: number): Promise<boolean> {
    return this.db
      .selectFrom('change_log')
      .select('pos')
      .where('site_id', '=', siteId)
      .where('pos', '>', after)
      .limit(1)
      .executeTakeFirst()
      .then((row) => row !== undefined);
  }

  /** Resolves true as soon as the site has a change after `after`, false after `waitMs` without one. */
  async waitFor(siteId: string, after: number, waitMs: number, aborted: AbortSignal): Promise<boolean> {
    const deadline = Date.now() + Math.min(Math.max(waitMs, 0), MAX_WAIT_MS);
    for (;;) {
      if (await this.#hasChanges(siteId, after)) return true;
      const left = deadline - Date.now();
      if (left <= 0 || aborted.aborted) return false;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.#signals.off(siteId, done);
          aborted.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(left, CROSS_PROCESS_POLL_MS));
        this.#signals.on(siteId, done);
        aborted.addEventListener('abort', done);
      });
    }
  }
}
