-- Loket schema 9 (issue 11): buku tamu (service standard no. 15). One row per guest entry, made at a
-- kiosk under a client-made id (so kiosks offline register without clashing) or pulled from the
-- central server; it moves waiting → served → closed. Name and phone are personal data (UU 27/2022):
-- blanked (name '') and removed (phone NULL) with the free text when the entry is anonymised.

CREATE TABLE guests (
  id TEXT PRIMARY KEY,
  day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),  -- the site's day
  queue_prefix TEXT NOT NULL,                -- the registering kiosk's letter
  queue_seq INTEGER NOT NULL CHECK (queue_seq >= 1),
  queue_number TEXT NOT NULL,                -- 'B-012', as printed
  full_name TEXT NOT NULL,
  institution TEXT,                          -- NULL: "Pribadi", in a personal capacity
  phone_e164 TEXT,                           -- NULL once anonymised
  purpose_service TEXT,                      -- a service id (shared/serviceStandards/serviceIds.ts) …
  purpose_other TEXT,                        -- … or the guest's own words
  meet TEXT,                                 -- whom to meet; NULL: not sure yet
  with_letter INTEGER NOT NULL CHECK (with_letter IN (0, 1)),
  returning_guest INTEGER NOT NULL DEFAULT 0 CHECK (returning_guest IN (0, 1)),  -- name taken over from an earlier entry
  consent_version TEXT NOT NULL,
  registered_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'served', 'closed')),
  served_at INTEGER,
  served_by TEXT,                            -- officer id
  outcome TEXT CHECK (outcome IN ('served', 'directed')),
  service_note TEXT,
  closed_at INTEGER,
  closed_by TEXT,
  close_kind TEXT CHECK (close_kind IN ('done', 'left')),
  close_note TEXT,
  anonymised_at INTEGER,
  request_key TEXT,                          -- the kiosk form's key: a double tap registers once
  CHECK ((purpose_service IS NULL) <> (purpose_other IS NULL) OR anonymised_at IS NOT NULL),
  CHECK (status <> 'closed' OR close_kind IS NOT NULL)
) STRICT;

-- The officer's queue: the open entries, in the order guests came (closed ones leave it).
CREATE INDEX guests_open ON guests (registered_at, id) WHERE status IN ('waiting', 'served');
-- A day's or a month's list.
CREATE INDEX guests_day ON guests (day, registered_at);
-- The next queue number of a kiosk's letter on a day.
CREATE INDEX guests_queue ON guests (day, queue_prefix, queue_seq);
-- A returning guest, found by phone: their latest entry.
CREATE INDEX guests_phone ON guests (phone_e164, registered_at) WHERE phone_e164 IS NOT NULL;
-- The retention job walks the entries not anonymised yet, oldest day first.
CREATE INDEX guests_to_anonymise ON guests (day) WHERE anonymised_at IS NULL;
CREATE UNIQUE INDEX guests_request_key ON guests (request_key) WHERE request_key IS NOT NULL;
