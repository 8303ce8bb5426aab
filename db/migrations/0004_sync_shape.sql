-- Loket schema 4: the sync shape (../shared/reference/sync.md §3.2–3.3), fixed before more domains
-- write to the outbox. Every operation carries its type's payload schema version and the record it
-- is about; the device's gap-free sequence lives in device_state, so pruning pushed operations later
-- can never hand out a number twice.

CREATE TABLE device_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),   -- exactly one row
  device_id TEXT NOT NULL,
  next_seq INTEGER NOT NULL CHECK (next_seq >= 1)
) STRICT;

-- Operations written before this version were never pushed (there was no server yet) and used
-- older shapes; they are kept for the record, and the kiosk's first sync uploads its records whole.
ALTER TABLE outbox RENAME TO outbox_legacy;
DROP INDEX outbox_unpushed;

INSERT INTO device_state (id, device_id, next_seq)
  SELECT 1, json_extract(value, '$'), 1 FROM settings WHERE key = 'device.id';
DELETE FROM settings WHERE key = 'device.id';

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),     -- per device, gap-free, from device_state.next_seq
  op_id TEXT NOT NULL UNIQUE,                    -- UUIDv7: the idempotency key
  device_id TEXT NOT NULL,
  op_type TEXT NOT NULL,                         -- 'visit.started', … (shared/sync/operations.ts)
  schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  actor TEXT NOT NULL,                           -- 'kiosk', 'system', 'officer:<id>'
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at INTEGER NOT NULL,                   -- device time, for people only
  pushed_at INTEGER
) STRICT;
CREATE INDEX outbox_unpushed ON outbox (seq) WHERE pushed_at IS NULL;

-- The stay monitor asks every 15 s for bookings of days already over; without this index that walks
-- every past day's reservations, with it only the bookings still waiting.
CREATE INDEX reservations_booked ON reservations (day) WHERE status = 'booked';
