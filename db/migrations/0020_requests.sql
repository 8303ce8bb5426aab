-- Loket schema 20 (issue 13): the requests (room loans, visits, video conferences, meetings with
-- internet access, application requests). `record` is the request as the server keeps it
-- (shared/requests/requestRecord.ts: intake, chain steps, schedule, decision, tasks, report); the
-- columns beside it are what the lists, the agenda and the clash check look it up by.
CREATE TABLE requests (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL,
  type_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('room', 'application')),
  status TEXT NOT NULL,
  -- The scheduled slot, else the one requested; NULL for an application or an intake without one.
  room_id TEXT,
  day TEXT,
  -- The event, and the room's blocked time around it (setting up, clearing), as epoch ms.
  starts_at INTEGER,
  ends_at INTEGER,
  block_start INTEGER,
  block_end INTEGER,
  entered_at INTEGER NOT NULL,
  attendance_token TEXT NOT NULL UNIQUE,
  -- The desk form's key: the same form sent twice files one request (NULL when pulled).
  request_key TEXT UNIQUE,
  record TEXT NOT NULL CHECK (json_valid(record)),
  updated_at INTEGER NOT NULL
) STRICT;
-- The clash check and the agenda: a room's bookings by time.
CREATE INDEX requests_room_time ON requests (room_id, block_start) WHERE room_id IS NOT NULL;
CREATE INDEX requests_day ON requests (day) WHERE day IS NOT NULL;
CREATE INDEX requests_status ON requests (status, entered_at);

-- One row per person counted in at an event (each scan its own row: never refused as a duplicate).
CREATE TABLE request_attendance (
  id TEXT PRIMARY KEY,
  request_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX request_attendance_request ON request_attendance (request_id, at);

CREATE TABLE request_letters (
  id TEXT PRIMARY KEY,
  request_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  year INTEGER NOT NULL,
  sequence INTEGER NOT NULL,
  number TEXT NOT NULL,
  record TEXT NOT NULL CHECK (json_valid(record)),
  issued_at INTEGER NOT NULL
) STRICT;
CREATE INDEX request_letters_request ON request_letters (request_id, issued_at);
CREATE INDEX request_letters_year ON request_letters (year, sequence);

-- The requests bring two permissions. Built-in roles gain them as in schema 17: the officer types
-- requests in and runs the room; the Kasi and the Kabid see them. (An officer placed in a chain by a
-- position — Sekretariat, Kepala Dinas — sees the requests and acts on their own steps without it.)
-- Roles a site made itself are left as they are.
UPDATE roles
SET permissions = (
  SELECT json_group_array(value) FROM (
    SELECT value FROM json_each(roles.permissions)
    UNION
    SELECT value FROM json_each(
      CASE roles.id
        WHEN 'petugas' THEN '["requests.read","requests.manage"]'
        WHEN 'admin' THEN '["requests.read","requests.manage"]'
        ELSE '["requests.read"]'
      END
    )
  )
)
WHERE built_in = 1 AND id IN ('petugas', 'admin', 'kasi', 'kabid');
