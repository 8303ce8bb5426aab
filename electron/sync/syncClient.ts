// The kiosk's sync loop (sync.md §3.3, §3.11): push the outbox in order in bounded batches, then pull
// the site's changes from the stored cursor. Timer-driven: every 15 s when idle, soon after a local
// change, and with jittered exponential backoff after a failure, so a queue never waits for the next
// visitor to move. Everything the kiosk does works without it; it only carries records to and fro.
import { fetchMissingFiles, uploadPendingFiles, type LetterSyncSetup } from './fileSync';
import { hostname } from 'node:os';
import type { Db } from '../../db/openDatabase';
import { prepared } from '../../db/statements';
import type { Clock, TimerHandle, Timers } from '../../shared/clock';
import type { z } from 'zod';
import type { refusedOperationSchema, SyncStatus } from '../../shared/contract/sync';
import {
  MAX_PULL_CHANGES,
  MAX_PUSH_AUDIT,
  MAX_PUSH_OPS,
  type PushResponse,
  type SyncError,
} from '../../shared/sync/protocol';
import { reject } from '../../shared/result';
import type { EventBus } from '../services/core/eventBus';
import type { Logger } from '../services/core/logger';
import { applyPage, retryDeferred, type ApplyOutcome } from './applyChanges';
import { pendingOperations, queueState, unpushedAudit } from './outbox';
import { httpTransport, type Fetch, type SyncTransport } from './transport';

type RefusedOperation = z.infer<typeof refusedOperationSchema>;

export const IDLE_INTERVAL_MS = 15_000;
/** How long one long poll may wait on the server for the site's next change. */
export const WAIT_MS = 25_000;
/** A local change is pushed this soon after it, batched with whatever follows it. */
export const NUDGE_DELAY_MS = 250;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 5 * 60_000;

export interface SyncDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly events: EventBus;
  readonly log: Logger;
  readonly deviceId: string;
  /** The setting records cached in memory read the settings table again after a pull changed it. */
  readonly reloadSettings: () => void;
  readonly fetch?: Fetch;
  /** 0 ≤ random() < 1, for the backoff's jitter; injected so tests are repeatable. */
  readonly random?: () => number;
  /** The uploaded letters' folder and the letters the records name (electron/sync/fileSync.ts). */
  readonly letters?: LetterSyncSetup;
}

interface SyncStateRow {
  server_url: string;
  site_id: string;
  site_name: string;
  secret: string;
  epoch: number;
  cursor: string | null;
  last_push_at: number | null;
  last_pull_at: number | null;
  clock_offset_ms: number | null;
}

const READ_STATE = 'SELECT * FROM sync_state WHERE id = 1';
const MARK = `UPDATE outbox SET pushed_at = ?, verdict = ?, verdict_code = ?, verdict_detail = ?
  WHERE seq = ? AND op_id = ? AND pushed_at IS NULL`;
const FORGET_VERSION = `DELETE FROM sync_versions WHERE (entity_type, entity_id) IN
  (SELECT entity_type, entity_id FROM outbox WHERE seq = ?)`;
const AUDIT_PUSHED = 'UPDATE sync_state SET audit_pushed_id = ? WHERE id = 1 AND audit_pushed_id < ?';
const PUSHED = 'UPDATE sync_state SET last_push_at = ?, clock_offset_ms = ? WHERE id = 1';
const REFUSED = `SELECT seq, op_type, verdict, verdict_code, verdict_detail, created_at, actor FROM outbox
  WHERE verdict IN ('rejected', 'merged') AND verdict_code IS NOT NULL ORDER BY seq DESC LIMIT 200`;
const REFUSED_COUNT = `SELECT count(*) FROM outbox WHERE verdict IN ('rejected', 'merged') AND verdict_code IS NOT NULL`;
const ANY_PENDING = 'SELECT 1 FROM outbox WHERE pushed_at IS NULL LIMIT 1';
const DEFERRED_COUNT = 'SELECT count(*) FROM sync_deferred';

/** Full jitter (sync.md §3.11): a random wait up to base·2^attempt, capped. */
export const jitteredBackoff = (attempt: number, random: () => number): number =>
  Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 20)));

export class SyncClient {
  #timer: TimerHandle | undefined;
  #running: Promise<void> | undefined;
  #failures = 0;
  #lastStatus: SyncStatus | undefined;
  #online = false;
  #stopReason: SyncStatus['stopReason'] = null;
  #started = false;
  #batch = MAX_PUSH_OPS;
  /** The long poll in flight while online, if any (aborted on stop). */
  #watching: AbortController | undefined;
  readonly #transportFor: (url: string) => SyncTransport;
  readonly #random: () => number;

  constructor(private readonly deps: SyncDeps) {
    this.#transportFor = (url) => httpTransport(url, deps.fetch);
    this.#random = deps.random ?? Math.random;
  }

  #state(): SyncStateRow | undefined {
    return prepared(this.deps.db, READ_STATE).get() as SyncStateRow | undefined;
  }

  status(): SyncStatus {
    const { db } = this.deps;
    // A cycle answered after the kiosk closed its database: what it last knew is all there is.
    if (!db.open && this.#lastStatus) return this.#lastStatus;
    const state = this.#state();
    const queue = queueState(db);
    return (this.#lastStatus = {
      state: !state ? 'not_joined' : this.#stopReason ? 'stopped' : this.#online ? 'online' : 'offline',
      stopReason: this.#stopReason,
      siteName: state?.site_name ?? null,
      serverUrl: state?.server_url ?? null,
      pending: queue.pending,
      oldestPendingAt: queue.oldestAt,
      lastSyncAt: state ? Math.max(state.last_push_at ?? 0, state.last_pull_at ?? 0) || null : null,
      clockOffsetMs: state?.clock_offset_ms ?? null,
      refused: prepared(db, REFUSED_COUNT).pluck().get() as number,
      deferred: prepared(db, DEFERRED_COUNT).pluck().get() as number,
    });
  }

  /**
   * Enrols this kiosk at a site with a one-time code and syncs once. A kiosk set up on its own keeps
   * its records: its whole outbox is pushed to the site.
   */
  async join(serverUrl: string, code: string): Promise<SyncStatus> {
    if (this.#state()) throw reject('conflict', 'errors.sync.alreadyJoined');
    const url = serverUrl.replace(/\/+$/, '');
    const answer = await this.#transportFor(url).enrol({
      code,
      deviceId: this.deps.deviceId,
      deviceName: hostname().slice(0, 80) || 'Loket',
    });
    if (!answer.ok) {
      if (answer.kind === 'retry') throw reject('device', 'errors.sync.unreachable');
      throw reject('rule', 'errors.sync.codeRefused');
    }
    const { value } = answer;
    this.deps.db
      .prepare(
        `INSERT INTO sync_state (id, server_url, site_id, site_name, secret, epoch, cursor, enrolled_at, public_url)
         VALUES (1, ?, ?, ?, ?, ?, NULL, ?, ?)`,
      )
      .run(
        url,
        value.siteId,
        value.siteName,
        value.secret,
        value.epoch,
        this.deps.clock.now(),
        value.publicUrl ? value.publicUrl.replace(/\/+$/, '') : null,
      );
    this.#stopReason = null;
    // The server already holds operations of this device (it joined before and was reinstalled):
    // this kiosk's numbers continue after them.
    if (value.lastSeq > 0) this.#renumber(value.lastSeq);
    this.deps.log.info({ site: value.siteId }, 'joined the site on the central server');
    await this.syncNow();
    return this.status();
  }

  /** Operations the server refused or changed, newest first, for the sync panel. */
  refused(): RefusedOperation[] {
    const rows = prepared(this.deps.db, REFUSED).all() as {
      seq: number;
      op_type: string;
      verdict: 'merged' | 'rejected';
      verdict_code: string;
      verdict_detail: string | null;
      created_at: number;
      actor: string;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      type: r.op_type,
      status: r.verdict,
      code: r.verdict_code,
      detail: r.verdict_detail === null ? null : (JSON.parse(r.verdict_detail) as Record<string, unknown>),
      at: r.created_at,
      actor: r.actor,
    }));
  }

  /** Starts the timer loop (hosts call it once the core is up). */
  start(): void {
    this.#started = true;
    this.#schedule(0);
  }

  stop(): void {
    this.#started = false;
    this.#watching?.abort();
    this.#watching = undefined;
    if (this.#timer !== undefined) this.deps.timers.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Something was committed: if it left operations to push, push them soon. */
  nudge(): void {
    if (!this.#started || this.#failures > 0 || this.#timer === undefined) return;
    if (prepared(this.deps.db, ANY_PENDING).get() !== undefined) this.#schedule(NUDGE_DELAY_MS);
  }

  #schedule(ms: number): void {
    if (!this.#started) return;
    if (this.#timer !== undefined) this.deps.timers.clearTimeout(this.#timer);
    this.#timer = this.deps.timers.setTimeout(() => {
      this.#timer = undefined;
      void this.syncNow();
    }, ms);
  }

  /** One push-and-pull cycle (never two at once); resolves when it is over, whatever happened. */
  syncNow(): Promise<SyncStatus> {
    this.#running ??= this.#cycle().finally(() => {
      this.#running = undefined;
    });
    return this.#running.then(() => this.status());
  }

  async #cycle(): Promise<void> {
    // The kiosk is shutting down (its core closed the database): there is nothing left to sync.
    if (!this.deps.db.open) return;
    const state = this.#state();
    if (!state || this.#stopReason) return;
    const before = this.status();
    let outcome: 'ok' | 'retry' | 'stopped';
    try {
      outcome = await this.#exchange(state);
    } catch (err) {
      if (!this.deps.db.open) return; // closed under it: not a failure of sync
      // A bug or a database error here must not end the loop: log it and try again later.
      this.deps.log.error({ err }, 'sync cycle failed');
      outcome = 'retry';
    }
    // Closed while the request was out (found by the fault harness: the status read after it threw
    // outside this try and ended the process): the answer has nowhere to go.
    if (!this.deps.db.open) return;
    if (outcome === 'ok') {
      this.#failures = 0;
      this.#online = true;
      this.#schedule(IDLE_INTERVAL_MS);
      this.#watch();
    } else if (outcome === 'retry') {
      this.#online = false;
      this.#schedule(jitteredBackoff(this.#failures++, this.#random));
    } else {
      this.#online = false;
    }
    const after = this.status();
    if (JSON.stringify(after) !== JSON.stringify(before)) this.deps.events.emit('sync.changed', after);
  }

  /**
   * While online, a long poll waits on the server for the site's next change (a reservation made on
   * the portal or at another kiosk) and starts a cycle as soon as there is one; the 15 s timer stays
   * as the fallback. A failed poll is left to that timer.
   */
  #watch(): void {
    const state = this.#state();
    if (!this.#started || this.#watching || !state?.cursor || this.#stopReason) return;
    const controller = new AbortController();
    this.#watching = controller;
    const auth = `Bearer ${this.deps.deviceId}:${state.secret}`;
    void this.#transportFor(state.server_url)
      .wait(auth, state.cursor, WAIT_MS, controller.signal)
      .then((answer) => {
        if (this.#watching !== controller) return;
        this.#watching = undefined;
        if (!this.#started || !answer.ok) return;
        if (answer.value.changed) void this.syncNow();
        else this.#watch();
      });
  }

  async #exchange(state: SyncStateRow): Promise<'ok' | 'retry' | 'stopped'> {
    const transport = this.#transportFor(state.server_url);
    const auth = `Bearer ${this.deps.deviceId}:${state.secret}`;
    // Letters first, so the server holds a letter before an operation names it. A refusal ('stopped')
    // goes on to the push, which reports it as the sync's own.
    if ((await uploadPendingFiles(this.deps, state.server_url, auth)).outcome === 'retry')
      return this.#unreachable('push', 'a letter could not be uploaded');
    const pushed = await this.#pushAll(transport, auth, state.epoch);
    if (pushed !== 'ok') return pushed;
    this.#announce(retryDeferred(this.deps.db, this.deps.clock.now()));
    const pulled = await this.#pullAll(transport, auth, state.cursor);
    if (pulled === 'ok') await fetchMissingFiles(this.deps, state.server_url, auth);
    return pulled;
  }

  async #pushAll(transport: SyncTransport, auth: string, epoch: number): Promise<'ok' | 'retry' | 'stopped'> {
    const { db, clock } = this.deps;
    for (;;) {
      const ops = pendingOperations(db, this.#batch);
      const audit = unpushedAudit(db, Math.min(this.#batch, MAX_PUSH_AUDIT));
      if (ops.length === 0 && audit.length === 0) return 'ok';
      const sentAt = clock.now();
      const answer = await transport.push(auth, {
        epoch,
        clientTime: sentAt,
        queue: queueState(db),
        ops,
        audit,
      });
      if (answer.ok) {
        const progressed = this.#record(answer.value, sentAt, audit.at(-1)?.id ?? 0);
        this.#batch = MAX_PUSH_OPS;
        if (!progressed) return 'retry';
        continue;
      }
      if (answer.kind === 'retry') return this.#unreachable('push', answer.message);
      const handled = this.#refused(answer.error, answer.status);
      if (handled !== 'again') return handled;
    }
  }

  /** Stores the server's answers; false when none of the batch (operations or audit) was taken. */
  #record(response: PushResponse, sentAt: number, auditSent: number): boolean {
    const { db, clock } = this.deps;
    const receivedAt = clock.now();
    return db
      .transaction(() => {
        let marked = 0;
        for (const r of response.results) {
          // Refused or merged: this kiosk's copy may be wrong; take the server's next copy whatever its version.
          if (r.status !== 'applied') prepared(db, FORGET_VERSION).run(r.seq);
          marked += prepared(db, MARK).run(
            receivedAt,
            r.status,
            r.code,
            r.detail === null ? null : JSON.stringify(r.detail),
            r.seq,
            r.opId,
          ).changes;
        }
        // The server's clock against ours, at the middle of the round trip.
        prepared(db, PUSHED).run(receivedAt, Math.round(response.serverTime - (sentAt + receivedAt) / 2));
        const auditUpTo = Math.min(response.auditUpTo, auditSent);
        const auditMoved = prepared(db, AUDIT_PUSHED).run(auditUpTo, auditUpTo).changes > 0;
        return marked > 0 || auditMoved;
      })
      .immediate();
  }

  /** What to do about an HTTP refusal: fix and go again, or stop until a person acts. */
  #refused(error: SyncError, status: number): 'again' | 'retry' | 'stopped' {
    const { log } = this.deps;
    if (error.error === 'too_large' && this.#batch > 1) {
      this.#batch = Math.max(1, Math.floor(this.#batch / 2));
      return 'again';
    }
    if (
      error.error === 'epoch_mismatch' &&
      error.lastSeq !== undefined &&
      error.epoch === this.#state()?.epoch
    ) {
      // Restored from a backup: the server holds numbers this kiosk is reusing. Renumber what waits.
      log.warn(
        { lastSeq: error.lastSeq },
        'the server holds newer operations of this kiosk: renumbering the queue',
      );
      this.#renumber(error.lastSeq);
      return 'again';
    }
    const reason = (['device_revoked', 'unauthorized', 'upgrade_required', 'epoch_mismatch'] as const).find(
      (r) => r === error.error,
    );
    this.#stopReason = reason ?? 'invalid';
    log.warn(
      { status, error: error.error },
      'the central server refused this kiosk: sync stopped, the queue is kept',
    );
    return 'stopped';
  }

  /** Gives the waiting operations the numbers after `lastSeq`, in their order (sync.md §3.9). */
  #renumber(lastSeq: number): void {
    const { db } = this.deps;
    db.transaction(() => {
      const waiting = db
        .prepare('SELECT seq FROM outbox WHERE pushed_at IS NULL ORDER BY seq')
        .pluck()
        .all() as number[];
      const top = (db.prepare('SELECT coalesce(max(seq), 0) FROM outbox').pluck().get() as number) + 1;
      // Through numbers above every existing one first, so no two rows ever share a number.
      const move = db.prepare('UPDATE outbox SET seq = ? WHERE seq = ?');
      waiting.forEach((seq, i) => move.run(top + lastSeq + i + 1, seq));
      waiting.forEach((_, i) => move.run(lastSeq + i + 1, top + lastSeq + i + 1));
      db.prepare(
        'UPDATE device_state SET next_seq = (SELECT coalesce(max(seq), 0) + 1 FROM outbox) WHERE id = 1',
      ).run();
    }).immediate();
  }

  async #pullAll(
    transport: SyncTransport,
    auth: string,
    from: string | null,
  ): Promise<'ok' | 'retry' | 'stopped'> {
    const { db, clock } = this.deps;
    let cursor = from;
    for (;;) {
      const answer =
        cursor === null
          ? await transport.snapshot(auth)
          : await transport.pull(auth, cursor, MAX_PULL_CHANGES);
      if (!answer.ok) {
        if (answer.kind === 'retry') return this.#unreachable('pull', answer.message);
        if (answer.error.error === 'cursor_expired') {
          // The server compacted its log past this cursor: start again from its snapshot. The outbox
          // is not touched; what waits there is pushed as before.
          cursor = null;
          continue;
        }
        return this.#refused(answer.error, answer.status) === 'stopped' ? 'stopped' : 'retry';
      }
      this.#announce(applyPage(db, answer.value.changes, answer.value.nextCursor, clock.now()));
      cursor = answer.value.nextCursor;
      if (!answer.value.hasMore) return 'ok';
    }
  }

  /** The server could not be reached or could not answer: logged once per outage, retried later. */
  #unreachable(step: 'push' | 'pull', message: string): 'retry' {
    if (this.#failures === 0)
      this.deps.log.info({ step, message }, 'central server unreachable: working offline');
    return 'retry';
  }

  #announce(outcome: ApplyOutcome): void {
    if (outcome.topics.size === 0) return;
    if (outcome.topics.has('settings') || outcome.topics.has('site')) this.deps.reloadSettings();
    this.deps.events.emit('data.changed', { topics: [...outcome.topics] });
  }
}
