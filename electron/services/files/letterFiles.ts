// The table of letters this kiosk holds (letter_files, db/migrations/0019_files.sql): which are on
// disk, and which the central server has confirmed it holds. The bytes are in letterStore.ts.
import type { Db } from '../../../db/openDatabase';
import { prepared } from '../../../db/statements';
import type { LetterFileRef, LetterMime } from '../../../shared/files';

export type LetterProblem = 'missing' | 'corrupt' | 'refused';

export interface LetterFileRow {
  readonly sha256: string;
  readonly mime: LetterMime;
  readonly size: number;
  readonly name: string;
  readonly stored_at: number;
  readonly uploaded_at: number | null;
  readonly problem: LetterProblem | null;
}

const RECORD = `INSERT INTO letter_files (sha256, mime, size, name, stored_at, uploaded_at, problem)
  VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (sha256) DO NOTHING`;
const ROW = 'SELECT * FROM letter_files WHERE sha256 = ?';
const PENDING = `SELECT * FROM letter_files WHERE uploaded_at IS NULL
  ORDER BY (problem IS NOT NULL), stored_at LIMIT ?`;
const UPLOADED = 'UPDATE letter_files SET uploaded_at = ?, problem = NULL WHERE sha256 = ?';
const PROBLEM = 'UPDATE letter_files SET problem = ? WHERE sha256 = ?';
/** A letter fetched from the server: held, and the server has it. */
const FETCHED = `INSERT INTO letter_files (sha256, mime, size, name, stored_at, uploaded_at, problem)
  VALUES (?, ?, ?, ?, ?, ?, NULL)
  ON CONFLICT (sha256) DO UPDATE SET uploaded_at = coalesce(uploaded_at, excluded.uploaded_at), problem = NULL`;

/**
 * Lists a stored letter as held by this kiosk and waiting for the server (a second recording of the
 * same letter changes nothing). Meant to run inside the command that keeps the request naming it.
 */
export function recordLetter(db: Db, ref: LetterFileRef, now: number): void {
  prepared(db, RECORD).run(ref.sha256, ref.mime, ref.size, ref.name, now, null);
}

/** Lists a letter that came from the server (it has it already); repairs a damaged one's row. */
export function recordFetchedLetter(db: Db, ref: LetterFileRef, now: number): void {
  prepared(db, FETCHED).run(ref.sha256, ref.mime, ref.size, ref.name, now, now);
}

export const letterFile = (db: Db, sha256: string): LetterFileRow | undefined =>
  prepared(db, ROW).get(sha256) as LetterFileRow | undefined;

/** The letters the server has not confirmed yet, oldest first, the ones that failed last. */
export const pendingLetterUploads = (db: Db, limit: number): LetterFileRow[] =>
  prepared(db, PENDING).all(limit) as LetterFileRow[];

export const markLetterUploaded = (db: Db, sha256: string, now: number): void => {
  prepared(db, UPLOADED).run(now, sha256);
};

export const markLetterProblem = (db: Db, sha256: string, problem: LetterProblem): void => {
  prepared(db, PROBLEM).run(problem, sha256);
};
