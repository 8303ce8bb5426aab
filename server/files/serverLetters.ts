// The central server's letters: stored once per SHA-256 whoever sends them (a kiosk's upload, the
// portal's form), checked like everywhere else (size, type by content), and read back only when the
// bytes still match their name. The table's own CHECK refuses bytes under a name that is not their hash.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { checkLetterFile, isSha256Hex, type LetterErrorKey, type LetterFileRef } from '../../shared/files';
import type { ServerDb } from '../db/schema';
import type { FilesTables, LetterFilesTable } from '../db/schema/files';

/** The database with the letters' table (ServerDb holds it once the lead merges FilesTables). */
const withLetters = (db: Kysely<ServerDb>): Kysely<ServerDb & FilesTables> =>
  db.withTables<{ letter_files: LetterFilesTable }>();

export type ServerLetterStored =
  | { readonly ok: true; readonly ref: LetterFileRef }
  | { readonly ok: false; readonly messageKey: LetterErrorKey };

/** Keeps a letter already checked (checkLetterFile); one already held is not written again. */
export async function keepLetterOnServer(
  db: Kysely<ServerDb>,
  ref: LetterFileRef,
  bytes: Uint8Array,
  now: number,
): Promise<void> {
  await withLetters(db)
    .insertInto('letter_files')
    .values({
      sha256: ref.sha256,
      mime: ref.mime,
      size: ref.size,
      name: ref.name,
      bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      stored_at: now,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

/**
 * Checks an uploaded letter (the portal's form) and keeps it. Answers the reference a request keeps
 * (with this upload's display name), or the message key of what is wrong with the file.
 */
export async function storeLetterOnServer(
  db: Kysely<ServerDb>,
  bytes: Uint8Array,
  name: string,
  now: number,
): Promise<ServerLetterStored> {
  const check = await checkLetterFile(bytes, name);
  if (!check.ok) return check;
  const { ok: _ok, ...ref } = check;
  await keepLetterOnServer(db, ref, bytes, now);
  return { ok: true, ref };
}

export type ServerLetterRead =
  | { readonly ok: true; readonly ref: LetterFileRef; readonly bytes: Buffer }
  | { readonly ok: false; readonly problem: 'missing' | 'corrupt' };

/** A letter's description and bytes for the admin pages and the kiosks, checked against its hash. */
export async function readLetterOnServer(db: Kysely<ServerDb>, sha256: string): Promise<ServerLetterRead> {
  if (!isSha256Hex(sha256)) return { ok: false, problem: 'missing' };
  const row = await withLetters(db)
    .selectFrom('letter_files')
    .select(['sha256', 'mime', 'size', 'name', 'bytes'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!row) return { ok: false, problem: 'missing' };
  if (createHash('sha256').update(row.bytes).digest('hex') !== sha256)
    return { ok: false, problem: 'corrupt' };
  const { bytes, ...ref } = row;
  return { ok: true, ref, bytes };
}

/** Whether the server holds a letter, and what it is, without its bytes (HEAD). */
export async function letterOnServer(
  db: Kysely<ServerDb>,
  sha256: string,
): Promise<LetterFileRef | undefined> {
  if (!isSha256Hex(sha256)) return undefined;
  return withLetters(db)
    .selectFrom('letter_files')
    .select(['sha256', 'mime', 'size', 'name'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}
