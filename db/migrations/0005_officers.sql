-- Loket schema 5 (issue 8): named officers with their own PINs, roles and positions as data,
-- sign-in lockouts that survive a restart, audit rows that name the device and the visitor, and
-- desks and lockers with a zone.

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('role', 'position')),
  permissions TEXT NOT NULL CHECK (json_valid(permissions)),  -- JSON array of permission names
  built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE officers (
  id TEXT PRIMARY KEY,
  full_name TEXT NOT NULL,
  nip TEXT,                                     -- Nomor Induk Pegawai, 18 digits, when the officer has one
  position TEXT REFERENCES roles (id),          -- place in a disposition chain (a role of kind 'position')
  roles TEXT NOT NULL CHECK (json_valid(roles)),  -- JSON array of role ids
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  pin_salt TEXT NOT NULL,
  pin_hash TEXT NOT NULL,                       -- scrypt(pin, salt), hex
  must_change_pin INTEGER NOT NULL DEFAULT 0 CHECK (must_change_pin IN (0, 1)),
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX officers_active ON officers (active, full_name);

-- Wrong PINs per officer and device: a restart does not clear them, and a visitor hammering one
-- officer's name locks only that officer on this kiosk.
CREATE TABLE signin_lockouts (
  officer_id TEXT NOT NULL REFERENCES officers (id),
  device_id TEXT NOT NULL,
  failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  level INTEGER NOT NULL DEFAULT 0 CHECK (level >= 0),     -- how many lockouts in a row (1, 5, 15, 60 min)
  locked_until INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (officer_id, device_id)
) STRICT;

ALTER TABLE audit_log ADD COLUMN device_id TEXT;
ALTER TABLE audit_log ADD COLUMN visitor_id TEXT;  -- whose personal data the row is about
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_visitor ON audit_log (visitor_id, id) WHERE visitor_id IS NOT NULL;

ALTER TABLE desks ADD COLUMN zone TEXT;
ALTER TABLE lockers ADD COLUMN zone TEXT;

-- The retention job looks for visitors whose last reservation is past the site's retention period.
CREATE INDEX reservations_visitor_day ON reservations (visitor_id, day);
