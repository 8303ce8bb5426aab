-- Loket schema 15 (issue 12): the equipment inventory (inventaris, SOP 97). Every row is made at a
-- kiosk under a client-made id (kiosks offline never clash) or pulled from the central server.
-- Placements, stock changes and count lines are appended, never overwritten: a consumable's stock is
-- the SUM of its movements, so two kiosks changing it offline converge to the sum of both changes.

-- One item: an asset (a laptop, a chair) or a consumable counted in stock (paper, markers).
CREATE TABLE inventory_items (
  id TEXT PRIMARY KEY,
  asset_code TEXT NOT NULL,                  -- the office's kode barang or one Loket made; upper case
  name TEXT NOT NULL,
  category TEXT NOT NULL,                    -- free text the office uses ('Elektronik', 'Mebel', …)
  kind TEXT NOT NULL CHECK (kind IN ('asset', 'consumable')),
  unit TEXT NOT NULL DEFAULT '',             -- consumables: 'rim', 'buah', …
  location_kind TEXT NOT NULL CHECK (location_kind IN ('desk', 'room', 'store')),
  desk_number INTEGER,                       -- the desk it sits at (location_kind 'desk')
  room TEXT NOT NULL DEFAULT '',             -- the room's name (location_kind 'room')
  condition TEXT NOT NULL CHECK (condition IN ('baik', 'rusak_ringan', 'rusak_berat')),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'missing', 'written_off')),
  purchased_on TEXT CHECK (purchased_on IS NULL OR purchased_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,                  -- officer id
  updated_at INTEGER NOT NULL,
  CHECK ((location_kind = 'desk') = (desk_number IS NOT NULL))
) STRICT;
-- The scan path: a label's code finds its item in one lookup. Not unique: two kiosks offline could
-- both give one code; each kiosk refuses a duplicate itself, and the officer sees both to fix one.
CREATE INDEX inventory_items_code ON inventory_items (asset_code);
-- A desk's items (the check-out checklist, the item list by place).
CREATE INDEX inventory_items_desk ON inventory_items (desk_number) WHERE desk_number IS NOT NULL;
CREATE INDEX inventory_items_category ON inventory_items (category, name);

-- Where an item has been: one row per placement, the first made when the item is added (from_* NULL).
CREATE TABLE inventory_moves (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES inventory_items (id),
  from_kind TEXT CHECK (from_kind IN ('desk', 'room', 'store')),
  from_desk INTEGER,
  from_room TEXT,
  to_kind TEXT NOT NULL CHECK (to_kind IN ('desk', 'room', 'store')),
  to_desk INTEGER,
  to_room TEXT NOT NULL DEFAULT '',
  moved_at INTEGER NOT NULL,
  moved_by TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX inventory_moves_item ON inventory_moves (item_id, moved_at);

-- A consumable's stock changes, as deltas (never a count written over another kiosk's).
CREATE TABLE inventory_stock_moves (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES inventory_items (id),
  delta INTEGER NOT NULL CHECK (delta <> 0),
  reason TEXT NOT NULL CHECK (reason IN ('initial', 'restock', 'use', 'adjust', 'count')),
  note TEXT NOT NULL DEFAULT '',
  at INTEGER NOT NULL,
  by TEXT NOT NULL
) STRICT;
CREATE INDEX inventory_stock_moves_item ON inventory_stock_moves (item_id, at);

-- A problem with an item: damage or a missing item, from a check-out (visit_id) or found by an
-- officer; it goes reported → in_repair → fixed, or to written_off from either.
CREATE TABLE inventory_problems (
  id TEXT PRIMARY KEY,
  item_id TEXT NOT NULL REFERENCES inventory_items (id),
  visit_id TEXT,                             -- the visit at whose check-out it was found
  kind TEXT NOT NULL CHECK (kind IN ('damaged', 'missing')),
  severity TEXT CHECK (severity IN ('rusak_ringan', 'rusak_berat')),  -- damage only
  status TEXT NOT NULL CHECK (status IN ('reported', 'in_repair', 'fixed', 'written_off')),
  note TEXT NOT NULL DEFAULT '',
  reported_at INTEGER NOT NULL,
  reported_by TEXT NOT NULL,
  repair_started_at INTEGER,
  repair_note TEXT,
  resolved_at INTEGER,                       -- fixed or written off
  resolved_by TEXT,
  resolution_note TEXT,
  updated_at INTEGER NOT NULL,
  CHECK ((kind = 'damaged') = (severity IS NOT NULL)),
  CHECK (status NOT IN ('fixed', 'written_off') OR resolved_at IS NOT NULL)
) STRICT;
-- The problems of a period (reports, the monthly recap) and of one item (its history).
CREATE INDEX inventory_problems_reported ON inventory_problems (reported_at);
CREATE INDEX inventory_problems_item ON inventory_problems (item_id, reported_at);
CREATE INDEX inventory_problems_visit ON inventory_problems (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX inventory_problems_open ON inventory_problems (status) WHERE status IN ('reported', 'in_repair');

-- A stock count (opname): started, items checked, signed off by an officer. At sign-off its
-- differences are frozen (JSON) so a later change to an item never rewrites a signed count.
CREATE TABLE stock_counts (
  id TEXT PRIMARY KEY,
  note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('open', 'signed')),
  started_at INTEGER NOT NULL,
  started_by TEXT NOT NULL,
  signed_at INTEGER,
  signed_by TEXT,
  differences TEXT,                          -- JSON (shared/inventory/stockCountDiff.ts), once signed
  updated_at INTEGER NOT NULL,
  CHECK ((status = 'signed') = (signed_at IS NOT NULL))
) STRICT;
CREATE INDEX stock_counts_started ON stock_counts (started_at);

-- One item seen in a count: where, in what condition, how many (consumables). Checked again: the last wins.
CREATE TABLE stock_count_lines (
  count_id TEXT NOT NULL REFERENCES stock_counts (id),
  item_id TEXT NOT NULL,
  checked_at INTEGER NOT NULL,
  checked_by TEXT NOT NULL,
  location_kind TEXT NOT NULL CHECK (location_kind IN ('desk', 'room', 'store')),
  desk_number INTEGER,
  room TEXT NOT NULL DEFAULT '',
  condition TEXT NOT NULL CHECK (condition IN ('baik', 'rusak_ringan', 'rusak_berat')),
  quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),
  PRIMARY KEY (count_id, item_id)
) STRICT;

-- An item's history lists the visits at its desk while it was there.
CREATE INDEX visits_desk_started ON visits (desk_number, started_at);
