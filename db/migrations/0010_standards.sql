-- Loket schema 10 (issue 11): the service standards of decree 18/2024. The catalogue itself ships
-- with the app (shared/serviceStandards); this table holds the officers' corrections of it, one per
-- service, field and language, made here or pulled from the central server (the last one the server
-- received wins). text NULL: the field was reset to the decree's text.

CREATE TABLE service_standard_corrections (
  service_id TEXT NOT NULL,                 -- shared/serviceStandards/serviceIds.ts
  field TEXT NOT NULL,                      -- shared/serviceStandards/catalogue.ts entryFields
  lang TEXT NOT NULL CHECK (lang IN ('id', 'en')),
  text TEXT,                                -- clean text, one item per line; NULL: the decree's text again
  catalogue_version INTEGER NOT NULL CHECK (catalogue_version >= 1),  -- the shipped text it corrected
  corrected_at INTEGER NOT NULL,
  PRIMARY KEY (service_id, field, lang)
) STRICT, WITHOUT ROWID;
