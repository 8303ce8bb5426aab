// The central table of uploaded letters (files named by their SHA-256), as Kysely sees it.
import type { ColumnType } from 'kysely';

// A type, not an interface: Kysely's withTables (server/files/serverLetters.ts) needs its index signature.
export type LetterFilesTable = {
  sha256: string;
  mime: 'application/pdf' | 'image/png' | 'image/jpeg';
  size: number;
  /** The display name the first upload gave it (shared/files/letterName.ts). */
  name: string;
  /** bytea: read back as a Buffer. */
  bytes: ColumnType<Buffer, Buffer, Buffer>;
  stored_at: number;
};

export interface FilesTables {
  letter_files: LetterFilesTable;
}
