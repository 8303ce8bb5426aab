-- Loket schema 12 (issue 11): complaints (pengaduan). One row per complaint, filed at this kiosk or
-- pulled from the central server (another kiosk, the portal). The contact is optional and is blanked
-- (contact_erased_at set) when the retention period has passed or the complainant asks; the access
-- code is never kept, only the hash that opens the status page.

CREATE TABLE complaints (
  id TEXT PRIMARY KEY,
  ticket TEXT NOT NULL,                         -- ADU-XXXX-XXXX-C (shared/complaints/ticketNumber.ts)
  secret_hash TEXT NOT NULL,                    -- sha256 of ticket + access code, hex
  service_id TEXT,                              -- one of the 15 services; NULL: not chosen
  body TEXT NOT NULL,
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',       -- E.164
  consent_version TEXT,                         -- the consent wording shown, when a contact was given
  contact_erased_at INTEGER,
  channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'portal')),
  lang TEXT NOT NULL CHECK (lang IN ('id', 'en')),
  status TEXT NOT NULL CHECK (status IN ('new', 'assigned', 'answered', 'closed')),
  filed_at INTEGER NOT NULL,
  assigned_to TEXT,                             -- officer id
  assigned_at INTEGER,
  answer TEXT,
  answered_by TEXT,                             -- officer id
  answered_at INTEGER,
  closed_by TEXT,
  closed_at INTEGER,
  close_note TEXT,
  lapor_id TEXT,                                -- SP4N-LAPOR! tracking number
  lapor_linked_at INTEGER,
  request_key TEXT UNIQUE,                      -- the kiosk form's key: a double tap files once
  updated_at INTEGER NOT NULL,
  CHECK (status <> 'assigned' OR assigned_to IS NOT NULL),
  CHECK (status <> 'answered' OR answer IS NOT NULL),
  CHECK (status <> 'closed' OR closed_at IS NOT NULL)
) STRICT;
-- The officer's list: open complaints first, newest first.
CREATE INDEX complaints_status_filed ON complaints (status, filed_at);
-- The quarter counts walk a year of complaints by filing time.
CREATE INDEX complaints_filed ON complaints (filed_at);
CREATE INDEX complaints_ticket ON complaints (ticket);
-- The retention job finds contacts past the period.
CREATE INDEX complaints_contact_due ON complaints (filed_at)
  WHERE contact_erased_at IS NULL AND (contact_email <> '' OR contact_phone <> '' OR contact_name <> '');
-- Erasing a contact blanks the filing's operation in the outbox, sent or not: found by its complaint.
CREATE INDEX outbox_complaint_filed ON outbox (entity_id) WHERE op_type = 'complaint.filed';
