-- Loket schema 19 (issue 13): the uploaded letters this kiosk holds. The bytes are files beside the
-- database (<dbdir>/files/ab/abcdef…, named by their SHA-256: electron/services/files/letterStore.ts);
-- this table lists them and whether the central server has each one yet. Letters are synced as
-- files, before the operations that name them (electron/sync/fileSync.ts), never inside operations.
CREATE TABLE letter_files (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/png', 'image/jpeg')),
  size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 5242880),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  stored_at INTEGER NOT NULL,
  -- When the server confirmed it holds the file (it answered the upload, or the file came from it).
  uploaded_at INTEGER,
  -- Why the last upload did not happen: the file on disk is gone or damaged, or the server refused it.
  -- Such letters wait behind the others, so one bad file never holds back the rest.
  problem TEXT CHECK (problem IN ('missing', 'corrupt', 'refused'))
) STRICT;
-- What is still to upload, oldest first (the sync loop asks before every push).
CREATE INDEX letter_files_pending ON letter_files ((problem IS NOT NULL), stored_at) WHERE uploaded_at IS NULL;
