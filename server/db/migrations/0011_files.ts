// Central schema 11 (issue 13): the uploaded letters, as files named by their SHA-256. Kiosks upload
// them before the operations that name them (PUT /v1/sync/files/:sha256) and the portal stores the
// letters requesters attach; a request record keeps only the reference (shared/files). The bytes are
// stored once, whoever sends them again.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE letter_files (
      sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      mime text NOT NULL CHECK (mime IN ('application/pdf', 'image/png', 'image/jpeg')),
      size integer NOT NULL CHECK (size BETWEEN 1 AND 5242880),
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
      -- The database itself refuses bytes stored under a name that is not their hash.
      bytes bytea NOT NULL CHECK (octet_length(bytes) = size AND encode(sha256(bytes), 'hex') = sha256),
      stored_at bigint NOT NULL
    );
  `.execute(db);
}
