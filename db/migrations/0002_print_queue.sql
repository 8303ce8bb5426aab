-- Loket schema 2: the durable print queue. A job is committed here before a byte goes to the
-- printer, so a crash or power cut never loses a slip, and a job caught mid-send is never
-- printed again unseen: it waits as 'interrupted' for the officer (electron/services/printQueue.ts).

CREATE TABLE print_jobs (
  id TEXT PRIMARY KEY,
  printer_id TEXT NOT NULL,
  kind TEXT NOT NULL,              -- 'checkIn', 'walkIn', 'dailyRecap', 'testPage', …
  doc TEXT NOT NULL,               -- ReceiptDoc JSON (shared/receipt.ts); masked names only
  rendered BLOB,                   -- the exact ESC/POS bytes, rendered at enqueue; NULL for the OS printer
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'interrupted', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at INTEGER NOT NULL,
  last_error_key TEXT,             -- 'errors.printer.paperOut', … for the officer's screen
  reprint_of TEXT REFERENCES print_jobs (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- The worker's hot query: the oldest queued job per printer (covering, so no sort step).
CREATE INDEX print_jobs_queued ON print_jobs (printer_id, created_at, id) WHERE state = 'queued';
-- The officer's list, newest first, and recovery of 'sending' jobs at startup.
CREATE INDEX print_jobs_state_created ON print_jobs (state, created_at);
CREATE INDEX print_jobs_created ON print_jobs (created_at);
