-- Loket schema 11 (issue 11): the satisfaction survey (SKM, PermenPANRB 14/2017).
--
-- survey_responses holds one row per survey slot: a slot opened for a service event (a coworking
-- visit, a guest entry) is 'issued' until its one answer makes it 'answered'; an answer given at the
-- kiosk from the home screen is a slot of its own, answered at once. Rows of other kiosks and of the
-- portal arrive by sync. No name, NIK or phone is kept (UU 27/2022): the slot's id is a hash of its
-- event, and the screens never show which event an answer came from.
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('issued', 'answered')),
  token_hash TEXT,                           -- sha-256 of the slot's token; null for a home-screen answer
  issued_at INTEGER,
  issued_day TEXT,                           -- local day in the site's time zone
  answered_at INTEGER,
  answered_day TEXT,
  channel TEXT CHECK (channel IN ('kiosk', 'portal')),
  device_id TEXT,                            -- the kiosk that took the answer; null on the portal
  u1 INTEGER CHECK (u1 BETWEEN 1 AND 4),
  u2 INTEGER CHECK (u2 BETWEEN 1 AND 4),
  u3 INTEGER CHECK (u3 BETWEEN 1 AND 4),
  u4 INTEGER CHECK (u4 BETWEEN 1 AND 4),
  u5 INTEGER CHECK (u5 BETWEEN 1 AND 4),
  u6 INTEGER CHECK (u6 BETWEEN 1 AND 4),
  u7 INTEGER CHECK (u7 BETWEEN 1 AND 4),
  u8 INTEGER CHECK (u8 BETWEEN 1 AND 4),
  u9 INTEGER CHECK (u9 BETWEEN 1 AND 4),
  profile TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(profile)),
  suggestion TEXT,
  questionnaire_version TEXT,
  CHECK (status = 'issued' OR (answered_at IS NOT NULL AND answered_day IS NOT NULL AND u1 IS NOT NULL
    AND u2 IS NOT NULL AND u3 IS NOT NULL AND u4 IS NOT NULL AND u5 IS NOT NULL AND u6 IS NOT NULL
    AND u7 IS NOT NULL AND u8 IS NOT NULL AND u9 IS NOT NULL))
) STRICT;
-- The index per service and period, and the population (slots issued) per service and period.
CREATE INDEX survey_responses_answered ON survey_responses (answered_day, service_id) WHERE status = 'answered';
CREATE INDEX survey_responses_issued ON survey_responses (issued_day, service_id) WHERE issued_day IS NOT NULL;
CREATE INDEX survey_responses_token ON survey_responses (token_hash) WHERE token_hash IS NOT NULL;
-- The kiosk's cool-down: its latest answer given without a token.
CREATE INDEX survey_responses_cooldown ON survey_responses (device_id, answered_at) WHERE token_hash IS NULL;

-- The tokens this kiosk issued, in the clear (printed as a QR, or handed to its own screen): device-
-- local, never synced; the server knows only their hashes.
CREATE TABLE survey_tokens (
  token TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  response_id TEXT NOT NULL UNIQUE,
  service_id TEXT NOT NULL,
  issued_at INTEGER NOT NULL
) STRICT;
