-- Loket schema 8 (issue 10): the kiosk as a client of the central server. Its enrolment (server,
-- site, secret, epoch), its pull cursor, and each pushed operation's answer, kept beside the
-- operation so the sync panel can show what the server refused and why.

CREATE TABLE sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),   -- exactly one row, once the kiosk joined a site
  server_url TEXT NOT NULL,
  site_id TEXT NOT NULL,
  site_name TEXT NOT NULL,
  secret TEXT NOT NULL,                    -- the device's credential; the server keeps only a hash
  epoch INTEGER NOT NULL CHECK (epoch >= 1),
  cursor TEXT,                             -- where the next pull starts; null: take a snapshot first
  enrolled_at INTEGER NOT NULL,
  last_push_at INTEGER,
  last_pull_at INTEGER,
  clock_offset_ms INTEGER,                 -- server time minus this kiosk's, at the last exchange
  audit_pushed_id INTEGER NOT NULL DEFAULT 0  -- the audit log is pushed up to this row id
) STRICT;

ALTER TABLE outbox ADD COLUMN verdict TEXT CHECK (verdict IN ('applied', 'merged', 'rejected'));
ALTER TABLE outbox ADD COLUMN verdict_code TEXT;
ALTER TABLE outbox ADD COLUMN verdict_detail TEXT CHECK (verdict_detail IS NULL OR json_valid(verdict_detail));
CREATE INDEX outbox_refused ON outbox (seq) WHERE verdict IN ('rejected', 'merged') AND verdict_code IS NOT NULL;

-- The server's version of each record this kiosk mirrors: an older change arriving late is skipped.
CREATE TABLE sync_versions (
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (entity_type, entity_id)
) STRICT, WITHOUT ROWID;

-- Server changes that could not be applied yet: the record has operations of this kiosk still on
-- their way (the server's answer will bring a newer version), or it breaks a rule here for now
-- (a desk the server gave to someone this kiosk still seats). Retried on every pull.
CREATE TABLE sync_deferred (
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  row TEXT NOT NULL CHECK (json_valid(row)),
  reason TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_id)
) STRICT;
