-- Which calls were mined, and which were skipped and why (e.g. "language ko not covered by taxonomy"),
-- so reports can say how many calls the insights leave out.
CREATE OR REPLACE VIEW v_mining_status AS
SELECT s.call_id, s.status, s.reason, s.done_at, c.language, c.started_at
FROM stage_done s
JOIN calls c USING (call_id)
WHERE s.stage = 'mine';
