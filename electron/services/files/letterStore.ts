// Uploaded letters on the kiosk's disk, beside the database: `<dbdir>/files/ab/abcdef…`, each file
// named by the SHA-256 of its bytes. A letter is written to a temporary file, flushed, then renamed
// into place, so a power cut leaves either the whole file or none; the same letter twice is one file.
// Reading checks the hash again, so a file damaged on disk is reported, never served or uploaded.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { checkLetterFile, isSha256Hex, type LetterErrorKey, type LetterFileRef } from '../../../shared/files';

/** The letters' folder beside a database file; a ':memory:' database has no folder, so it is given one. */
export function lettersDirFor(dbFile: string): string {
  if (dbFile === ':memory:' || dbFile === '') throw new Error('an in-memory database needs a letters folder');
  return join(dirname(dbFile), 'files');
}

/** Where the letter with this hash lives: a folder per first two hex digits keeps folders small. */
export function letterPath(dir: string, sha256: string): string {
  if (!isSha256Hex(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
  return join(dir, sha256.slice(0, 2), sha256);
}

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Flushes a folder's entry for a renamed file; Windows cannot open a folder for that, and need not. */
function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // not supported on this platform: the rename itself is still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export type LetterRead =
  | { readonly ok: true; readonly bytes: Buffer<ArrayBuffer> }
  | { readonly ok: false; readonly problem: 'missing' | 'corrupt' };

/** The letter's bytes, checked against its name; a missing or damaged file says which. */
export function readLetter(dir: string, sha256: string): LetterRead {
  let bytes: Buffer<ArrayBuffer>;
  try {
    bytes = readFileSync(letterPath(dir, sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, problem: 'missing' };
    throw error;
  }
  return sha256Of(bytes) === sha256 ? { ok: true, bytes } : { ok: false, problem: 'corrupt' };
}

/**
 * Puts bytes whose hash is `sha256` (already checked by the caller) in place: temporary file,
 * fsync, rename, fsync of the folder. An existing good copy is kept; a damaged one is replaced.
 */
export function writeLetterBytes(dir: string, sha256: string, bytes: Uint8Array): void {
  const target = letterPath(dir, sha256);
  if (readLetter(dir, sha256).ok) return;
  const folder = join(dir, sha256.slice(0, 2));
  mkdirSync(folder, { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx');
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDir(folder);
}

export type StoredLetter =
  ({ readonly ok: true } & LetterFileRef) | { readonly ok: false; readonly messageKey: LetterErrorKey };

/**
 * Checks an upload (size, type by content) and stores it; answers the reference the request keeps,
 * or the message key of what is wrong with it. Run `recordLetter` in the command that keeps the
 * request, so the file is queued for the server with it.
 */
export async function storeLetter(dir: string, bytes: Uint8Array, name: string): Promise<StoredLetter> {
  const check = await checkLetterFile(bytes, name);
  if (!check.ok) return check;
  writeLetterBytes(dir, check.sha256, bytes);
  return check;
}

/**
 * Removes the temporary files of writes a crash or power cut interrupted (never renamed into place,
 * so never a letter). For the core's start, before anything stores a letter.
 */
export function removeUnfinishedWrites(dir: string): number {
  let removed = 0;
  let folders: string[];
  try {
    folders = readdirSync(dir).filter((f) => /^[0-9a-f]{2}$/.test(f));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  for (const folder of folders)
    for (const file of readdirSync(join(dir, folder)))
      if (/^[0-9a-f]{64}\.[0-9a-f]+\.tmp$/.test(file)) {
        rmSync(join(dir, folder, file), { force: true });
        removed++;
      }
  return removed;
}
