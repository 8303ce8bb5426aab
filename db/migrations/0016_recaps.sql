-- Loket schema 16 (issue 12): the monthly, quarterly and yearly reports and their review trail.
-- One row per revision; `record` is the revision as the server keeps it (shared/recaps/recapRecord.ts:
-- frozen figures, signers, trail), the columns beside it are what the lists look it up by.
CREATE TABLE recaps (
  id TEXT PRIMARY KEY,
  period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
  period_key TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 1),
  supersedes TEXT,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'returned', 'forwarded', 'acknowledged', 'set_aside')),
  record TEXT NOT NULL CHECK (json_valid(record)),
  submitted_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX recaps_period ON recaps (period_key, revision);
CREATE INDEX recaps_submitted ON recaps (submitted_at);

-- The report's hot queries read a month or a year of visits by start time: this index holds every
-- column they need, so they never touch the table (plans asserted in test/db/recaps.queryPlans.test.ts).
CREATE INDEX visits_recap ON visits (started_at, desk_number, ends_at, closed_at, close_kind, problems, reservation_id);
-- Who came in a period (the reservations that became visits) with their visitor, read from the
-- index alone (status in it too, or SQLite reads the row to check it): the month's users and the
-- quarter's and year's count of different visitors.
CREATE INDEX reservations_came ON reservations (day, visitor_id, id, status) WHERE status IN ('checked_in', 'completed');
