-- Loket schema 3: what the officer found at the desk check (SOP 97 step 7; the SOP warns that
-- equipment may be damaged or lost). JSON array of 'damage' | 'missing_item' | 'not_tidy'.
ALTER TABLE visits ADD COLUMN problems TEXT NOT NULL DEFAULT '[]';
