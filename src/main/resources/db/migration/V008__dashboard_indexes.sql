-- The dashboard's aggregates (DashboardService) at district scale read indexes only:
-- per village the state today and the period's openings/closings,
CREATE INDEX ix_clearance_item_dashboard ON clearance_item (township_id, village_id, status, deadline, created_at, closed_at);
-- the 12-month trend of items opened and closed (one range on the date, the township checked in the index),
CREATE INDEX ix_clearance_item_created ON clearance_item (created_at, township_id, village_id);
CREATE INDEX ix_clearance_item_closed ON clearance_item (closed_at, township_id, village_id);
-- items by source and category, grouped in index order,
CREATE INDEX ix_clearance_item_source ON clearance_item (source, category, township_id, village_id);
-- talks and accountability by form within a period.
CREATE INDEX ix_archive_entry_activity ON archive_entry (kind, entry_date, township_id, village_id, revoked, discipline_form);
