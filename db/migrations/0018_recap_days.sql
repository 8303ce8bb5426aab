-- Loket schema 18 (issue 12): the recap's figures of each day that is over, kept so that a month's
-- report adds up some thirty rows instead of walking 20,000 visits and 90,000 reservations each time
-- it is opened (electron/services/recaps/recapDays.ts). Derived data, never synced: a row is made
-- the first time a report needs its day, and any change to that day's visits or reservations —
-- a command here, a change pulled from the server, an erasure — deletes it (the triggers below),
-- so the next report recomputes the day from the records themselves.
CREATE TABLE recap_days (
  day TEXT PRIMARY KEY,
  -- The zone the day was cut in: the figures of another zone's day are not these.
  time_zone TEXT NOT NULL,
  day_start INTEGER NOT NULL,
  day_end INTEGER NOT NULL,
  figures TEXT NOT NULL,
  -- [visitor id, visits, minutes] rows, which only a month's report lists; 'null' when the day was
  -- counted for a quarter or a year (a month's report then counts it again, with them).
  users TEXT NOT NULL
) STRICT;
CREATE INDEX recap_days_start ON recap_days (day_start);

-- A visit belongs to the day its start falls in. The window on day_start keeps the delete on the
-- index: no day is longer than 25 hours.
CREATE TRIGGER recap_days_visit_added AFTER INSERT ON visits BEGIN
  DELETE FROM recap_days WHERE day_start > NEW.started_at - 90000000 AND day_start <= NEW.started_at
    AND day_end > NEW.started_at;
END;
CREATE TRIGGER recap_days_visit_changed AFTER UPDATE ON visits BEGIN
  DELETE FROM recap_days WHERE day_start > NEW.started_at - 90000000 AND day_start <= NEW.started_at
    AND day_end > NEW.started_at;
  DELETE FROM recap_days WHERE day_start > OLD.started_at - 90000000 AND day_start <= OLD.started_at
    AND day_end > OLD.started_at;
END;
CREATE TRIGGER recap_days_visit_removed AFTER DELETE ON visits BEGIN
  DELETE FROM recap_days WHERE day_start > OLD.started_at - 90000000 AND day_start <= OLD.started_at
    AND day_end > OLD.started_at;
END;
CREATE TRIGGER recap_days_reservation_added AFTER INSERT ON reservations BEGIN
  DELETE FROM recap_days WHERE day = NEW.day;
END;
CREATE TRIGGER recap_days_reservation_changed AFTER UPDATE ON reservations BEGIN
  DELETE FROM recap_days WHERE day IN (NEW.day, OLD.day);
END;
CREATE TRIGGER recap_days_reservation_removed AFTER DELETE ON reservations BEGIN
  DELETE FROM recap_days WHERE day = OLD.day;
END;
