-- Loket schema 1: visitors, reservations, desks, lockers, visits, settings, audit log, sync outbox.
-- Times are UTC epoch milliseconds; calendar days are 'YYYY-MM-DD' in the site's zone (Asia/Pontianak).

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,            -- JSON
  updated_at INTEGER NOT NULL
) STRICT;

-- SOP 97 step 1: a reservation needs name, e-mail and phone/WhatsApp. Nothing more is kept.
CREATE TABLE visitors (
  id TEXT PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone_e164 TEXT NOT NULL,
  consent_at INTEGER NOT NULL,    -- when the visitor agreed to the stated use of their data
  consent_version TEXT NOT NULL,  -- which wording they agreed to
  created_at INTEGER NOT NULL,
  erased_at INTEGER               -- set when an officer erases the visitor (UU 27/2022); fields blanked
) STRICT;
CREATE INDEX visitors_email ON visitors (email);
CREATE INDEX visitors_phone ON visitors (phone_e164);

CREATE TABLE desks (
  number INTEGER PRIMARY KEY CHECK (number > 0),
  label TEXT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE lockers (
  number INTEGER PRIMARY KEY CHECK (number > 0),
  label TEXT NOT NULL,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE reservations (
  id TEXT PRIMARY KEY,
  visitor_id TEXT NOT NULL REFERENCES visitors (id),
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  desk_number INTEGER REFERENCES desks (number),
  status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')),
  token TEXT NOT NULL UNIQUE,     -- the QR payload: 'LK1' + 26 Crockford base32 chars (128 random bits)
  source TEXT NOT NULL CHECK (source IN ('kiosk', 'officer', 'portal')),
  request_key TEXT UNIQUE,        -- the form's idempotency key: a double submit makes one reservation
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  cancel_reason TEXT
) STRICT;
CREATE INDEX reservations_day_status ON reservations (day, status);
CREATE INDEX reservations_visitor ON reservations (visitor_id);

CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  reservation_id TEXT NOT NULL UNIQUE REFERENCES reservations (id),
  desk_number INTEGER NOT NULL REFERENCES desks (number),
  locker_number INTEGER REFERENCES lockers (number),
  locker_key_out INTEGER NOT NULL DEFAULT 0 CHECK (locker_key_out IN (0, 1)),
  started_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'awaiting_check', 'closed')),
  checkout_requested_at INTEGER,
  checklist TEXT,                 -- JSON: what the visitor confirmed at check-out
  closed_at INTEGER,
  close_kind TEXT CHECK (close_kind IN ('confirmed', 'problem', 'left_without_checkout', 'auto_limit')),
  officer_note TEXT,
  check_in_method TEXT NOT NULL DEFAULT 'scan' CHECK (check_in_method IN ('scan', 'manual')),
  manual_reason TEXT
) STRICT;
-- A desk or locker has one holder: the database itself refuses a second open visit, so two
-- screens racing for the last desk cannot both win.
CREATE UNIQUE INDEX visits_open_desk ON visits (desk_number) WHERE status <> 'closed';
CREATE UNIQUE INDEX visits_open_locker ON visits (locker_number) WHERE status <> 'closed' AND locker_number IS NOT NULL;
CREATE INDEX visits_started ON visits (started_at);
CREATE INDEX visits_status ON visits (status) WHERE status <> 'closed';

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,            -- 'kiosk', 'officer:<name>', 'system'
  action TEXT NOT NULL,           -- the command, e.g. 'reservations.create'
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  details TEXT NOT NULL           -- JSON, without personal data beyond ids
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- Sync outbox: a per-device, gap-free sequence and an idempotency key per operation, so the central
-- server can apply a push twice without harm and notice a missing operation.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  op_id TEXT NOT NULL UNIQUE,
  device_id TEXT NOT NULL,
  op_type TEXT NOT NULL,
  payload TEXT NOT NULL,          -- JSON
  created_at INTEGER NOT NULL,
  pushed_at INTEGER
) STRICT;
CREATE INDEX outbox_unpushed ON outbox (seq) WHERE pushed_at IS NULL;
