// Uploaded letters travel as files beside the operations, never inside them (shared/files). The sync
// loop uploads every letter the server has not confirmed before it pushes (so the server holds a
// letter before an operation names it), and after it pulls fetches the letters the pulled records name
// that this kiosk lacks. Both are bounded per call and never throw: a letter that cannot move now waits
// for the next cycle, and one that is damaged or refused goes behind the others, so it holds back
// neither the other letters nor the operations.
//
// Failures as transport.ts sorts them: network, timeout, 5xx and 429 are "try later" ('retry'); the
// server refusing this device (401/403) is 'stopped', which the push that follows reports properly.
// Every request has a deadline; PUT and GET are idempotent, so a request lost on a connection the
// server had just closed goes again at once.
import { existsSync } from 'node:fs';
import type { Db } from '../../db/openDatabase';
import type { Clock } from '../../shared/clock';
import { MAX_LETTER_BYTES, checkLetterFile, isSha256Hex, readAtMost } from '../../shared/files';
import type { Logger } from '../services/core/logger';
import {
  letterFile,
  markLetterProblem,
  markLetterUploaded,
  pendingLetterUploads,
  recordFetchedLetter,
} from '../services/files/letterFiles';
import { letterPath, readLetter, writeLetterBytes } from '../services/files/letterStore';
import type { Fetch } from './transport';

/** At most this many letters move each way per sync cycle: a backlog never starves the operations. */
export const MAX_LETTERS_PER_CALL = 8;
/** 5 MiB over a slow office line takes longer than a push: a letter's request gets two minutes. */
export const LETTER_REQUEST_TIMEOUT_MS = 120_000;
/** A letter the server did not have yet (its kiosk has not uploaded it) is asked for again after this. */
export const NOT_ON_SERVER_RETRY_MS = 60_000;
/** The display name's header, percent-encoded (server/files/fileRoutes.ts). */
const NAME_HEADER = 'x-letter-name';

export interface LetterSyncSetup {
  /** The letters' folder beside the database (letterStore.ts, lettersDirFor). */
  readonly dir: string;
  /** The letters the kiosk's records name (requests pulled from the server…): fetched when absent. */
  readonly referenced: () => readonly string[];
}

/** What the sync loop already has (SyncDeps satisfies it); without `letters`, nothing is done. */
export interface FileSyncDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly log: Logger;
  readonly fetch?: Fetch;
  readonly letters?: LetterSyncSetup;
}

export type FileSyncOutcome = 'ok' | 'retry' | 'stopped';

export type LetterTrouble =
  /** This kiosk's file is gone or no longer matches its hash: not uploaded. */
  | 'missing'
  | 'corrupt'
  /** The server refused the upload (400/413): it does not take this body as the letter. */
  | 'refused'
  /** The server's copy is not the letter its hash names (or not a letter): not stored. */
  | 'mismatch'
  /** The server does not have it yet: asked again later. */
  | 'notOnServer';

export interface FileSyncReport {
  readonly outcome: FileSyncOutcome;
  /** Letters uploaded, or fetched and stored. */
  readonly moved: readonly string[];
  readonly troubles: readonly { readonly sha256: string; readonly trouble: LetterTrouble }[];
}

const NOTHING: FileSyncReport = { outcome: 'ok', moved: [], troubles: [] };

/** Per database: when each letter the server lacked may be asked for again (kept across cycles). */
const notOnServerUntil = new WeakMap<Db, Map<string, number>>();
const absentMap = (db: Db): Map<string, number> => {
  let map = notOnServerUntil.get(db);
  if (!map) notOnServerUntil.set(db, (map = new Map()));
  return map;
};

/** A kept-alive connection the server had just closed: the request never reached it (transport.ts). */
const STALE_CONNECTION = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

type Answer =
  { readonly ok: true; readonly res: Response } | { readonly ok: false; readonly message: string };

async function send(fetchFn: Fetch, url: string, init: RequestInit): Promise<Answer> {
  const attempt = () => fetchFn(url, { ...init, signal: AbortSignal.timeout(LETTER_REQUEST_TIMEOUT_MS) });
  try {
    const res = await attempt().catch((error: unknown) => {
      const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
      if (STALE_CONNECTION.has(code)) return attempt();
      throw error;
    });
    return { ok: true, res };
  } catch (error) {
    const cause = (error as { cause?: { message?: string; code?: string } }).cause;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: cause ? `${message}: ${cause.code ?? cause.message}` : message };
  }
}

/** Whether an HTTP status means "try later" (as transport.ts has it) or "this device is refused". */
const failureOutcome = (status: number): FileSyncOutcome | null =>
  status >= 500 || status === 429 ? 'retry' : status === 401 || status === 403 ? 'stopped' : null;

const filesUrl = (serverUrl: string, sha256: string) =>
  `${serverUrl.replace(/\/+$/, '')}/v1/sync/files/${sha256}`;

/**
 * Uploads up to `limit` letters the server has not confirmed, oldest first, and marks each one the
 * server answered for. A network failure ends the call ('retry'); the letter stays waiting, and the
 * server keeping it twice is harmless (PUT is idempotent), so a reply lost after the server stored it
 * only means the same upload again next time.
 */
export async function uploadPendingFiles(
  deps: FileSyncDeps,
  serverUrl: string,
  auth: string,
  limit = MAX_LETTERS_PER_CALL,
): Promise<FileSyncReport> {
  const { db, clock, log, letters } = deps;
  if (!letters) return NOTHING;
  const fetchFn = deps.fetch ?? fetch;
  const moved: string[] = [];
  const troubles: { sha256: string; trouble: LetterTrouble }[] = [];
  const report = (outcome: FileSyncOutcome): FileSyncReport => ({ outcome, moved, troubles });
  for (const row of pendingLetterUploads(db, limit)) {
    const read = readLetter(letters.dir, row.sha256);
    if (!read.ok) {
      if (row.problem !== read.problem)
        log.error({ sha256: row.sha256, problem: read.problem }, 'a stored letter cannot be uploaded');
      markLetterProblem(db, row.sha256, read.problem);
      troubles.push({ sha256: row.sha256, trouble: read.problem });
      continue;
    }
    const answer = await send(fetchFn, filesUrl(serverUrl, row.sha256), {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': row.mime, [NAME_HEADER]: encodeURIComponent(row.name) },
      body: read.bytes,
    });
    if (!answer.ok) return report('retry');
    const { res } = answer;
    const body = (await res.json().catch(() => null)) as { sha256?: unknown } | null;
    if (res.status === 200) {
      if (body?.sha256 !== row.sha256) return report('retry'); // not an answer this kiosk can read
      markLetterUploaded(db, row.sha256, clock.now());
      moved.push(row.sha256);
      continue;
    }
    const failed = failureOutcome(res.status);
    if (failed) return report(failed);
    if (res.status === 400 || res.status === 413) {
      if (row.problem !== 'refused')
        log.warn({ sha256: row.sha256, status: res.status }, 'the central server refused a letter');
      markLetterProblem(db, row.sha256, 'refused');
      troubles.push({ sha256: row.sha256, trouble: 'refused' });
      continue;
    }
    // A server without the file API (404: older than this kiosk): the letters wait for its upgrade.
    return report('ok');
  }
  return report('ok');
}

/**
 * Up to `limit` referenced letters this kiosk does not hold whole and may ask for now, in the order
 * named; it stops looking once it has enough, so a long list costs no more than a few look-ups.
 */
function lettersToFetch(deps: FileSyncDeps, setup: LetterSyncSetup, limit: number): string[] {
  const now = deps.clock.now();
  const absent = absentMap(deps.db);
  const chosen = new Set<string>();
  for (const sha256 of setup.referenced()) {
    if (chosen.size >= limit) break;
    if (chosen.has(sha256) || !isSha256Hex(sha256) || (absent.get(sha256) ?? 0) > now) continue;
    const row = letterFile(deps.db, sha256);
    const damaged = row?.problem === 'missing' || row?.problem === 'corrupt';
    const held = row && !damaged && existsSync(letterPath(setup.dir, sha256));
    if (!held) chosen.add(sha256);
  }
  return [...chosen];
}

/**
 * Downloads up to `limit` letters that the kiosk's records name and it does not hold (or holds
 * damaged), each checked before it is stored: a body that is not the letter its hash names, or not a
 * letter at all, is not stored (the kiosk's own file, if any, is left as it was) and is reported.
 */
export async function fetchMissingFiles(
  deps: FileSyncDeps,
  serverUrl: string,
  auth: string,
  limit = MAX_LETTERS_PER_CALL,
): Promise<FileSyncReport> {
  const { db, clock, log, letters } = deps;
  if (!letters) return NOTHING;
  const fetchFn = deps.fetch ?? fetch;
  const absent = absentMap(db);
  const moved: string[] = [];
  const troubles: { sha256: string; trouble: LetterTrouble }[] = [];
  const report = (outcome: FileSyncOutcome): FileSyncReport => ({ outcome, moved, troubles });
  for (const sha256 of lettersToFetch(deps, letters, limit)) {
    const answer = await send(fetchFn, filesUrl(serverUrl, sha256), {
      method: 'GET',
      headers: { authorization: auth },
    });
    if (!answer.ok) return report('retry');
    const { res } = answer;
    if (res.status === 404) {
      await res.body?.cancel().catch(() => undefined);
      absent.set(sha256, clock.now() + NOT_ON_SERVER_RETRY_MS);
      troubles.push({ sha256, trouble: 'notOnServer' });
      continue;
    }
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      return report(failureOutcome(res.status) ?? 'retry');
    }
    let bytes: Uint8Array | null;
    try {
      // A server cannot make the kiosk read more than a letter.
      const body = await readAtMost(res.body, MAX_LETTER_BYTES);
      bytes = body === 'tooLarge' ? null : body;
    } catch {
      return report('retry'); // the connection broke half-way through the letter
    }
    let name = '';
    try {
      name = decodeURIComponent(res.headers.get(NAME_HEADER) ?? '');
    } catch {
      // an unreadable name: the letter is still the letter, shown under a plain one
    }
    const check = bytes ? await checkLetterFile(bytes, name) : null;
    if (!bytes || !check?.ok || check.sha256 !== sha256) {
      log.error(
        { sha256 },
        'the central server sent a letter that is not the one its hash names: not stored',
      );
      absent.set(sha256, clock.now() + NOT_ON_SERVER_RETRY_MS);
      troubles.push({ sha256, trouble: 'mismatch' });
      continue;
    }
    const { ok: _ok, ...ref } = check;
    writeLetterBytes(letters.dir, sha256, bytes);
    recordFetchedLetter(db, ref, clock.now());
    absent.delete(sha256);
    moved.push(sha256);
  }
  return report('ok');
}
