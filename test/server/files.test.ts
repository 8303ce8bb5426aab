// The central server's letters over real HTTP on loopback, on real PostgreSQL/PGlite: a kiosk enrolled
// at the site uploads a letter (PUT), reads it back (GET) and asks whether the server has it (HEAD);
// a body that is not the letter its address names, cut short, disguised or too large, is refused and
// nothing is kept; unknown and revoked devices are refused; the portal's store and the admin pages'
// read work on the same table, whose own CHECK refuses bytes stored under another hash.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LETTER_BYTES } from '../../shared/files';
import { bearerFor } from '../../server/devices/credentials';
import { readLetterOnServer, storeLetterOnServer } from '../../server/files/serverLetters';
import { startLetterCentral, type LetterCentral } from '../support/letterCentral';
import { samplePdf, samplePng, sampleJpeg, withTrailer } from '../support/letterSamples';

let central: LetterCentral;
let auth: string;
let deviceId: string;

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const at = (hash: string) => `${central.url}/v1/sync/files/${hash}`;
const put = (hash: string, body: BodyInit, headers: Record<string, string> = { authorization: auth }) =>
  fetch(at(hash), { method: 'PUT', headers, body, duplex: 'half' } as RequestInit);
const get = (hash: string, method: 'GET' | 'HEAD' = 'GET', authorization: string | null = auth) =>
  fetch(at(hash), { method, headers: authorization ? { authorization } : {} });
const rowCount = async () =>
  Number(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM letter_files`.execute(central.server.central.db))
      .rows[0]?.n,
  );

/** A chunked PUT of `total` bytes over its own socket; the status the server answered. */
function streamedPutStatus(hash: string, total: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      at(hash),
      { method: 'PUT', agent: false, headers: { authorization: auth } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024);
    let sent = 0;
    const more = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', more);
      }
      req.end();
    };
    more();
  });
}

beforeAll(async () => {
  central = await startLetterCentral();
  const enrolled = await central.server.enrol('kiosk-files');
  auth = enrolled.auth;
  deviceId = enrolled.deviceId;
});
afterAll(() => central.close());
afterEach(() => expect(central.errors).toEqual([]));

describe('PUT, GET and HEAD of a letter', () => {
  it('keeps an uploaded letter once and hands it back with its type and name', async () => {
    const pdf = samplePdf('Permohonan pinjam ruang');
    const hash = sha(pdf);
    const first = await put(hash, pdf, {
      authorization: auth,
      'x-letter-name': encodeURIComponent('Surat Dinas 📄.pdf'),
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ sha256: hash, mime: 'application/pdf', size: pdf.length });
    const before = await rowCount();
    // The same letter again (a retry whose answer was lost): 200, nothing new.
    const again = await put(hash, pdf);
    expect(again.status).toBe(200);
    expect(await rowCount()).toBe(before);

    const res = await get(hash);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Surat Dinas 📄.pdf')}`,
    );
    expect(decodeURIComponent(res.headers.get('x-letter-name') ?? '')).toBe('Surat Dinas 📄.pdf');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);

    const head = await get(hash, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(pdf.length));
    expect(head.headers.get('content-type')).toBe('application/pdf');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('takes a letter of exactly the limit and hands it back whole', async () => {
    const pdf = samplePdf('lima megabita');
    const big = new Uint8Array(MAX_LETTER_BYTES).fill(0x20);
    big.set(pdf.subarray(0, pdf.length - 6));
    big.set(new TextEncoder().encode('%%EOF\n'), MAX_LETTER_BYTES - 6);
    expect((await put(sha(big), big)).status).toBe(200);
    const back = new Uint8Array(await (await get(sha(big))).arrayBuffer());
    expect(back.length).toBe(MAX_LETTER_BYTES);
    expect(sha(back)).toBe(sha(big));
  });

  it('answers 404 for a letter it does not have, on GET and HEAD', async () => {
    const hash = sha(samplePng(9, 9));
    expect((await get(hash)).status).toBe(404);
    expect((await get(hash, 'HEAD')).status).toBe(404);
  });

  it('refuses a body that is not the letter its address names, keeping nothing', async () => {
    const before = await rowCount();
    const named = samplePng(5, 5);
    const forged = samplePng(6, 6);
    const refused = await put(sha(named), forged);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: 'invalid' });
    expect((await get(sha(named))).status).toBe(404);
    expect((await get(sha(forged))).status).toBe(404);

    const pdf = samplePdf('terpotong');
    const cut = pdf.slice(0, pdf.length - 20);
    expect((await put(sha(pdf), cut)).status).toBe(400);
    expect((await put(sha(cut), cut)).status).toBe(400); // its own hash, but not a whole letter

    const html = new TextEncoder().encode('<html><body onload="alert(1)">surat</body></html>');
    expect((await put(sha(html), html, { authorization: auth, 'x-letter-name': 'surat.pdf' })).status).toBe(
      400,
    );
    expect((await put(sha(new Uint8Array(0)), new Uint8Array(0))).status).toBe(400);
    expect(await rowCount()).toBe(before);
  });

  it('refuses a body over the limit with 413, whether its length is declared or streamed', async () => {
    const big = new Uint8Array(MAX_LETTER_BYTES + 1);
    big.set(samplePdf());
    const declared = await put(sha(big), big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: 'too_large' });
    // Streamed without a length, on a connection of its own (the server closes it after answering).
    expect(await streamedPutStatus(sha(big), MAX_LETTER_BYTES + 1024 * 1024)).toBe(413);
  });

  it('keeps nothing of an upload whose connection breaks half-way, and answers the next one', async () => {
    const pdf = samplePdf('setengah jalan');
    const answered = central.nextAnswer();
    const req = request(at(sha(pdf)), {
      method: 'PUT',
      agent: false,
      headers: { authorization: auth, 'content-length': String(pdf.length) },
    });
    req.on('error', () => undefined); // the kiosk's side of the broken connection
    req.write(pdf.subarray(0, pdf.length >> 1), () => req.destroy());
    expect(await answered).toBe(400);
    expect((await get(sha(pdf), 'HEAD')).status).toBe(404);
    expect((await put(sha(pdf), pdf)).status).toBe(200);
  });

  it('refuses an address that is not a lowercase SHA-256', async () => {
    const pdf = samplePdf();
    expect((await put(sha(pdf).toUpperCase(), pdf)).status).toBe(400);
    expect((await get('../../admin')).status).not.toBe(200);
    expect((await get('abc')).status).toBe(400);
  });

  it('refuses callers that are not an enrolled, unrevoked kiosk of the site', async () => {
    const jpeg = sampleJpeg('rahasia');
    const hash = sha(jpeg);
    expect((await put(hash, jpeg, {})).status).toBe(401);
    expect((await put(hash, jpeg, { authorization: bearerFor(deviceId, 'x'.repeat(43)) })).status).toBe(401);
    expect((await put(hash, jpeg)).status).toBe(200);
    expect((await get(hash, 'GET', null)).status).toBe(401);
    expect((await get(hash, 'HEAD', null)).status).toBe(401);
    expect((await get(hash, 'GET', 'Bearer nobody:abcdefghijklmnopqrstuvwxyz')).status).toBe(401);

    const other = await central.server.enrol('kiosk-revoked');
    await central.server.central.db
      .updateTable('devices')
      .set({ revoked_at: central.server.clock.now() })
      .where('id', '=', other.deviceId)
      .execute();
    const revoked = await get(hash, 'GET', other.auth);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: 'device_revoked' });
    expect((await put(hash, jpeg, { authorization: other.auth })).status).toBe(401);
  });
});

describe('the portal and admin pages on the same letters', () => {
  it('stores a letter from the web form and reads it back, checked against its hash', async () => {
    const png = withTrailer(samplePng(7, 7), '');
    const stored = await storeLetterOnServer(central.server.central.db, png, '/tmp/../lampiran.PNG', 5);
    expect(stored).toEqual({
      ok: true,
      ref: { sha256: sha(png), mime: 'image/png', size: png.length, name: 'lampiran.png' },
    });
    const read = await readLetterOnServer(central.server.central.db, sha(png));
    expect(read.ok && new Uint8Array(read.bytes)).toEqual(png);
    expect(read.ok && read.ref.name).toBe('lampiran.png');
    // The kiosks see the portal's letter at the same address.
    expect((await get(sha(png), 'HEAD')).status).toBe(200);
  });

  it('names what is wrong with a web upload, and reads nothing for an unknown or malformed hash', async () => {
    const db = central.server.central.db;
    expect(await storeLetterOnServer(db, new TextEncoder().encode('<svg/>'), 'x.pdf', 5)).toEqual({
      ok: false,
      messageKey: 'errors.files.notALetter',
    });
    expect(await storeLetterOnServer(db, new Uint8Array(0), 'x.pdf', 5)).toEqual({
      ok: false,
      messageKey: 'errors.files.empty',
    });
    expect(await readLetterOnServer(db, 'f'.repeat(64))).toEqual({ ok: false, problem: 'missing' });
    expect(await readLetterOnServer(db, "'; DROP TABLE letter_files; --")).toEqual({
      ok: false,
      problem: 'missing',
    });
  });

  it('has a table that refuses bytes under a name that is not their hash', async () => {
    const pdf = samplePdf('cek');
    const wrong = sql`INSERT INTO letter_files (sha256, mime, size, name, bytes, stored_at)
      VALUES (${'0'.repeat(64)}, 'application/pdf', ${pdf.length}, 'a.pdf', ${Buffer.from(pdf)}, 1)`;
    await expect(wrong.execute(central.server.central.db)).rejects.toThrow(/check constraint/);
  });
});
