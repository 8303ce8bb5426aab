// Letters on the kiosk's disk: content-addressed files written whole or not at all, the same letter
// kept once, a damaged or missing file reported rather than served, and the table that says which
// letters still wait for the server (on a real, fully migrated SQLite database).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import { loadMigrations, migrate } from '../../db/migrate';
import {
  lettersDirFor,
  letterPath,
  readLetter,
  removeUnfinishedWrites,
  storeLetter,
  writeLetterBytes,
} from '../../electron/services/files/letterStore';
import {
  letterFile,
  markLetterProblem,
  markLetterUploaded,
  pendingLetterUploads,
  recordFetchedLetter,
  recordLetter,
} from '../../electron/services/files/letterFiles';
import { samplePdf, samplePng, withTrailer } from '../support/letterSamples';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Every file under `dir`, relative. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile())
    : [];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'loket-letters-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the letter store', () => {
  it('keeps a letter under its hash, beside the database, and reads it back', async () => {
    expect(lettersDirFor('/data/loket/kiosk.db')).toBe(join('/data/loket', 'files'));
    expect(() => lettersDirFor(':memory:')).toThrow(/needs a letters folder/);
    const pdf = samplePdf();
    const stored = await storeLetter(dir, pdf, 'C:\\Surat\\undangan.pdf');
    expect(stored).toEqual({
      ok: true,
      sha256: sha(pdf),
      mime: 'application/pdf',
      size: pdf.length,
      name: 'undangan.pdf',
    });
    const path = letterPath(dir, sha(pdf));
    expect(path).toBe(join(dir, sha(pdf).slice(0, 2), sha(pdf)));
    expect(new Uint8Array(readFileSync(path))).toEqual(pdf);
    const read = readLetter(dir, sha(pdf));
    expect(read.ok && new Uint8Array(read.bytes)).toEqual(pdf);
    expect(filesUnder(dir)).toEqual([join(sha(pdf).slice(0, 2), sha(pdf))]);
  });

  it('stores the same letter once, keeping the existing file', async () => {
    const png = samplePng();
    await storeLetter(dir, png, 'a.png');
    const before = statSync(letterPath(dir, sha(png)));
    const again = await storeLetter(dir, png, 'another name.png');
    expect(again.ok).toBe(true);
    const after = statSync(letterPath(dir, sha(png)));
    expect(after.ino).toBe(before.ino);
    expect(filesUnder(dir)).toHaveLength(1);
  });

  it('writes nothing for an upload that is not a letter, empty, or too large', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    expect(await storeLetter(dir, html, 'surat.pdf')).toEqual({
      ok: false,
      messageKey: 'errors.files.notALetter',
    });
    expect(await storeLetter(dir, new Uint8Array(0), 'x.pdf')).toEqual({
      ok: false,
      messageKey: 'errors.files.empty',
    });
    expect(await storeLetter(dir, new Uint8Array(5 * 1024 * 1024 + 1), 'x.pdf')).toEqual({
      ok: false,
      messageKey: 'errors.files.tooLarge',
    });
    expect(filesUnder(dir)).toEqual([]);
  });

  it('reports a damaged file instead of serving it, and a fresh copy repairs it', async () => {
    const pdf = samplePdf('rusak');
    await storeLetter(dir, pdf, 'a.pdf');
    const path = letterPath(dir, sha(pdf));
    const damaged = new Uint8Array(pdf);
    damaged[20]! ^= 0xff;
    writeFileSync(path, damaged);
    expect(readLetter(dir, sha(pdf))).toEqual({ ok: false, problem: 'corrupt' });
    writeLetterBytes(dir, sha(pdf), pdf);
    expect(readLetter(dir, sha(pdf)).ok).toBe(true);
  });

  it('reports a missing file, and does not take a temporary file left by a power cut for the letter', () => {
    const pdf = samplePdf('hilang');
    expect(readLetter(dir, sha(pdf))).toEqual({ ok: false, problem: 'missing' });
    const path = letterPath(dir, sha(pdf));
    writeLetterBytes(dir, sha(pdf), pdf);
    rmSync(path);
    writeFileSync(`${path}.abc.tmp`, pdf.slice(0, 10));
    expect(readLetter(dir, sha(pdf))).toEqual({ ok: false, problem: 'missing' });
    // The next start clears it away, and nothing else.
    const other = samplePng();
    writeLetterBytes(dir, sha(other), other);
    expect(removeUnfinishedWrites(dir)).toBe(1);
    expect(filesUnder(dir)).toEqual([join(sha(other).slice(0, 2), sha(other))]);
    expect(removeUnfinishedWrites(join(dir, 'not-there'))).toBe(0);
  });

  it('refuses a name that is not a SHA-256, so no path can be reached through it', () => {
    for (const bad of ['../../etc/passwd', 'AB'.repeat(32), `${'a'.repeat(63)}/`, ''])
      expect(() => letterPath(dir, bad)).toThrow(/not a SHA-256/);
  });
});

describe('the table of letters', () => {
  const migrated = () => {
    const db = openDatabase(':memory:');
    migrate(db, loadMigrations());
    return db;
  };

  it('lists a stored letter once as waiting for the server, until it is confirmed', async () => {
    const db = migrated();
    const first = await storeLetter(dir, samplePdf('satu'), 'satu.pdf');
    const second = await storeLetter(dir, samplePng(), 'dua.png');
    if (!first.ok || !second.ok) throw new Error('not stored');
    const { ok: _a, ...ref1 } = first;
    const { ok: _b, ...ref2 } = second;
    recordLetter(db, ref1, 100);
    recordLetter(db, ref2, 200);
    recordLetter(db, { ...ref1, name: 'again.pdf' }, 300);
    expect(letterFile(db, ref1.sha256)).toMatchObject({
      name: 'satu.pdf',
      stored_at: 100,
      uploaded_at: null,
    });
    expect(pendingLetterUploads(db, 10).map((r) => r.sha256)).toEqual([ref1.sha256, ref2.sha256]);
    // A letter that failed goes behind the others.
    markLetterProblem(db, ref1.sha256, 'corrupt');
    expect(pendingLetterUploads(db, 1).map((r) => r.sha256)).toEqual([ref2.sha256]);
    markLetterUploaded(db, ref2.sha256, 400);
    markLetterUploaded(db, ref1.sha256, 500);
    expect(pendingLetterUploads(db, 10)).toEqual([]);
    expect(letterFile(db, ref1.sha256)).toMatchObject({ uploaded_at: 500, problem: null });
  });

  it('lists a letter fetched from the server as already there, and repairs a damaged one', () => {
    const db = migrated();
    const pdf = withTrailer(samplePdf(), '\n');
    const ref = { sha256: sha(pdf), mime: 'application/pdf' as const, size: pdf.length, name: 'a.pdf' };
    recordLetter(db, ref, 1);
    markLetterProblem(db, ref.sha256, 'corrupt');
    recordFetchedLetter(db, ref, 9);
    expect(letterFile(db, ref.sha256)).toMatchObject({ stored_at: 1, uploaded_at: 9, problem: null });
    const other = { ...ref, sha256: 'ef'.repeat(32) };
    recordFetchedLetter(db, other, 10);
    expect(letterFile(db, other.sha256)).toMatchObject({ stored_at: 10, uploaded_at: 10 });
  });
});
