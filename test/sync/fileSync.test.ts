// Letters between kiosks and the central server over real HTTP on loopback (real SQLite on the kiosks,
// real PostgreSQL/PGlite on the server), with faults injected at the network edge: an upload cut off
// half-way, a reply lost after the server stored the letter, a forged or damaged download, a download
// cut off half-way. Nothing is lost, nothing wrong is stored, and each failure is retried or reported.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';
import { ManualClock } from '../../shared/clock';
import { letterFile, recordLetter } from '../../electron/services/files/letterFiles';
import { letterPath, readLetter, storeLetter } from '../../electron/services/files/letterStore';
import {
  MAX_LETTERS_PER_CALL,
  NOT_ON_SERVER_RETRY_MS,
  fetchMissingFiles,
  uploadPendingFiles,
  type FileSyncDeps,
} from '../../electron/sync/fileSync';
import type { Fetch } from '../../electron/sync/transport';
import { startLetterCentral, type LetterCentral } from '../support/letterCentral';
import { samplePdf, samplePng, sampleJpeg } from '../support/letterSamples';
import { createTestLog, type TestLog } from '../support/testLog';
import { MONDAY_9AM } from '../support/testCore';

let central: LetterCentral;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const realFetch: Fetch = (input, init) => fetch(input, init);

beforeAll(async () => {
  central = await startLetterCentral();
});
afterAll(() => central.close());

interface Kiosk {
  readonly db: Db;
  readonly dir: string;
  readonly clock: ManualClock;
  readonly log: TestLog;
  readonly auth: string;
  referenced: string[];
  deps(fetchFn?: Fetch): FileSyncDeps;
  /** Stores and records a letter as an intake would; its hash. */
  keep(bytes: Uint8Array, name?: string): Promise<string>;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanups.splice(0)) clean();
});

let kiosks = 0;
async function kiosk(options: { allowErrors?: boolean } = {}): Promise<Kiosk> {
  const db = openDatabase(':memory:');
  migrate(db, loadMigrations());
  const dir = mkdtempSync(join(tmpdir(), 'loket-filesync-'));
  cleanups.push(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const clock = new ManualClock(MONDAY_9AM);
  const log = createTestLog(options);
  const { auth } = await central.server.enrol(`kiosk-letters-${++kiosks}`);
  const k: Kiosk = {
    db,
    dir,
    clock,
    log,
    auth,
    referenced: [],
    deps: (fetchFn = realFetch) => ({
      db,
      clock,
      log: log.log,
      fetch: fetchFn,
      letters: { dir, referenced: () => k.referenced },
    }),
    async keep(bytes, name = 'surat.pdf') {
      const stored = await storeLetter(dir, bytes, name);
      if (!stored.ok) throw new Error(stored.messageKey);
      const { ok: _ok, ...ref } = stored;
      recordLetter(db, ref, clock.now());
      return ref.sha256;
    },
  };
  return k;
}

const up = (k: Kiosk, fetchFn?: Fetch, limit?: number) =>
  uploadPendingFiles(k.deps(fetchFn), central.url, k.auth, limit);
const down = (k: Kiosk, fetchFn?: Fetch) => fetchMissingFiles(k.deps(fetchFn), central.url, k.auth);
const onServer = async (hash: string) =>
  Number(
    (
      await sql<{ n: number }>`SELECT count(*)::int AS n FROM letter_files WHERE sha256 = ${hash}`.execute(
        central.server.central.db,
      )
    ).rows[0]?.n,
  );

/** Sends the first half of an upload's body, then the connection breaks. */
const cutMidUpload: Fetch = (input, init) => {
  if (init.method !== 'PUT') return realFetch(input, init);
  const body = init.body as Uint8Array;
  const half = body.subarray(0, Math.floor(body.length / 2));
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(half);
    },
    pull(controller) {
      controller.error(new Error('network cable pulled'));
    },
  });
  return realFetch(input, { ...init, body: stream, duplex: 'half' } as RequestInit);
};

/** The server answers (it has stored the letter), but the answer never reaches the kiosk. */
const loseReply: Fetch = async (input, init) => {
  const res = await realFetch(input, init);
  await res.arrayBuffer();
  throw new TypeError('fetch failed', { cause: { code: 'ETIMEDOUT' } });
};

/** Downloads arrive with one byte changed (a forged or damaged copy), headers as the server sent them. */
const tamperDownloads: Fetch = async (input, init) => {
  const res = await realFetch(input, init);
  if (init.method !== 'GET' || res.status !== 200) return res;
  const bytes = new Uint8Array(await res.arrayBuffer());
  bytes[bytes.length >> 1]! ^= 0x01;
  return new Response(bytes, { status: 200, headers: res.headers });
};

/** Downloads break half-way through the body. */
const cutMidDownload: Fetch = async (input, init) => {
  const res = await realFetch(input, init);
  if (init.method !== 'GET' || res.status !== 200) return res;
  const bytes = new Uint8Array(await res.arrayBuffer());
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.subarray(0, bytes.length >> 1));
    },
    pull(controller) {
      controller.error(new TypeError('terminated'));
    },
  });
  return new Response(stream, { status: 200, headers: res.headers });
};

describe('a letter from one kiosk to the server and another kiosk', () => {
  it('is uploaded once, marked, and fetched whole by the kiosk whose records name it', async () => {
    const a = await kiosk();
    const b = await kiosk();
    const pdf = samplePdf('Pinjam ruang rapat');
    const hash = await a.keep(pdf, 'Surat Permohonan.pdf');
    expect(await up(a)).toEqual({ outcome: 'ok', moved: [hash], troubles: [] });
    expect(letterFile(a.db, hash)?.uploaded_at).toBe(MONDAY_9AM);
    expect(await up(a)).toEqual({ outcome: 'ok', moved: [], troubles: [] });
    expect(await onServer(hash)).toBe(1);

    b.referenced = [hash, hash];
    expect(await down(b)).toEqual({ outcome: 'ok', moved: [hash], troubles: [] });
    const read = readLetter(b.dir, hash);
    expect(read.ok && new Uint8Array(read.bytes)).toEqual(pdf);
    expect(letterFile(b.db, hash)).toMatchObject({
      name: 'Surat Permohonan.pdf',
      uploaded_at: MONDAY_9AM,
      problem: null,
    });
    // Held now: nothing to fetch, and nothing for b to upload (the server has it).
    expect(await down(b)).toEqual({ outcome: 'ok', moved: [], troubles: [] });
    expect(await up(b)).toEqual({ outcome: 'ok', moved: [], troubles: [] });
  });

  it('moves at most a bounded number of letters per call, the rest next time', async () => {
    const a = await kiosk();
    const hashes: string[] = [];
    for (let i = 0; i < MAX_LETTERS_PER_CALL + 2; i++) {
      hashes.push(await a.keep(samplePng(3 + i, 2), `scan-${i}.png`));
      a.clock.advance(1000);
    }
    const first = await up(a);
    expect(first.moved).toEqual(hashes.slice(0, MAX_LETTERS_PER_CALL));
    expect((await up(a)).moved).toEqual(hashes.slice(MAX_LETTERS_PER_CALL));
  });
});

describe('faults on the way up', () => {
  it('an upload cut off half-way keeps nothing on the server and goes again next time', async () => {
    const a = await kiosk();
    const hash = await a.keep(samplePdf('Putus di tengah jalan'));
    expect((await up(a, cutMidUpload)).outcome).toBe('retry');
    expect(letterFile(a.db, hash)?.uploaded_at).toBeNull();
    expect(await onServer(hash)).toBe(0);
    expect(await up(a)).toMatchObject({ outcome: 'ok', moved: [hash] });
    expect(await onServer(hash)).toBe(1);
  });

  it('a reply lost after the server stored the letter: the retry is answered 200 and nothing doubles', async () => {
    const a = await kiosk();
    const hash = await a.keep(sampleJpeg('balasan hilang'), 'foto surat.jpg');
    expect((await up(a, loseReply)).outcome).toBe('retry');
    expect(letterFile(a.db, hash)?.uploaded_at).toBeNull();
    expect(await onServer(hash)).toBe(1); // committed, unanswered
    expect(await up(a)).toMatchObject({ outcome: 'ok', moved: [hash] });
    expect(await onServer(hash)).toBe(1);
    expect(letterFile(a.db, hash)?.uploaded_at).toBe(MONDAY_9AM);
  });

  it('a server out of reach is "try later", with every letter still waiting', async () => {
    const a = await kiosk();
    const hash = await a.keep(samplePdf('server mati'));
    const refused = await uploadPendingFiles(a.deps(), 'http://127.0.0.1:9', a.auth);
    expect(refused.outcome).toBe('retry');
    expect(letterFile(a.db, hash)).toMatchObject({ uploaded_at: null, problem: null });
  });

  it('a damaged file is not uploaded, is reported, and waits behind the good ones', async () => {
    const a = await kiosk({ allowErrors: true });
    const bad = await a.keep(samplePdf('rusak di disk'));
    a.clock.advance(1000);
    const good = await a.keep(samplePng(11, 11), 'baik.png');
    const damaged = readFileSync(letterPath(a.dir, bad));
    damaged[12]! ^= 0xff;
    writeFileSync(letterPath(a.dir, bad), damaged);
    expect(await up(a)).toEqual({
      outcome: 'ok',
      moved: [good],
      troubles: [{ sha256: bad, trouble: 'corrupt' }],
    });
    expect(await onServer(bad)).toBe(0);
    expect(letterFile(a.db, bad)).toMatchObject({ uploaded_at: null, problem: 'corrupt' });
    expect(a.log.errors().map((l) => l.msg)).toEqual(['a stored letter cannot be uploaded']);
  });

  it('a revoked kiosk is stopped and marks nothing', async () => {
    const a = await kiosk();
    const hash = await a.keep(samplePdf('dicabut'));
    const deviceId = /^Bearer ([^:]+):/.exec(a.auth)?.[1] ?? '';
    await central.server.central.db
      .updateTable('devices')
      .set({ revoked_at: 1 })
      .where('id', '=', deviceId)
      .execute();
    expect((await up(a)).outcome).toBe('stopped');
    expect(letterFile(a.db, hash)?.uploaded_at).toBeNull();
  });
});

describe('faults on the way down', () => {
  it("a forged or damaged download is not stored, the kiosk's own copy is left as it was, and it is reported", async () => {
    const a = await kiosk();
    const b = await kiosk({ allowErrors: true });
    const pdf = samplePdf('salinan palsu');
    const hash = await a.keep(pdf);
    await up(a);
    // b holds a damaged copy and asks the server for a good one; the one it gets has been tampered with.
    await b.keep(pdf);
    const mine = readFileSync(letterPath(b.dir, hash));
    mine[40]! ^= 0xff;
    writeFileSync(letterPath(b.dir, hash), mine);
    await up(b); // finds its copy damaged
    b.referenced = [hash];
    expect(await down(b, tamperDownloads)).toEqual({
      outcome: 'ok',
      moved: [],
      troubles: [{ sha256: hash, trouble: 'mismatch' }],
    });
    expect(readFileSync(letterPath(b.dir, hash))).toEqual(mine);
    expect(b.log.errors().map((l) => l.msg)).toContain(
      'the central server sent a letter that is not the one its hash names: not stored',
    );
    // A good copy later repairs it.
    b.clock.advance(NOT_ON_SERVER_RETRY_MS);
    expect(await down(b)).toMatchObject({ outcome: 'ok', moved: [hash] });
    expect(new Uint8Array(readFileSync(letterPath(b.dir, hash)))).toEqual(pdf);
    expect(letterFile(b.db, hash)).toMatchObject({
      problem: null,
      uploaded_at: MONDAY_9AM + NOT_ON_SERVER_RETRY_MS,
    });
  });

  it('a download cut off half-way stores nothing and is tried again', async () => {
    const a = await kiosk();
    const b = await kiosk();
    const hash = await a.keep(samplePng(20, 20), 'denah.png');
    await up(a);
    b.referenced = [hash];
    expect((await down(b, cutMidDownload)).outcome).toBe('retry');
    expect(letterFile(b.db, hash)).toBeUndefined();
    expect(readLetter(b.dir, hash)).toEqual({ ok: false, problem: 'missing' });
    expect(await down(b)).toMatchObject({ outcome: 'ok', moved: [hash] });
  });

  it('a letter the server does not have yet is asked for again only after a while', async () => {
    const b = await kiosk();
    const later = samplePdf('belum diunggah');
    let asked = 0;
    const counting: Fetch = (input, init) => {
      asked++;
      return realFetch(input, init);
    };
    b.referenced = [sha(later), 'not-a-hash'];
    expect(await down(b, counting)).toEqual({
      outcome: 'ok',
      moved: [],
      troubles: [{ sha256: sha(later), trouble: 'notOnServer' }],
    });
    expect(await down(b, counting)).toEqual({ outcome: 'ok', moved: [], troubles: [] });
    expect(asked).toBe(1);
    // Its kiosk uploads it; after the pause b fetches it.
    const a = await kiosk();
    await a.keep(later);
    await up(a);
    b.clock.advance(NOT_ON_SERVER_RETRY_MS);
    expect(await down(b, counting)).toMatchObject({ moved: [sha(later)] });
    expect(asked).toBe(2);
  });
});
