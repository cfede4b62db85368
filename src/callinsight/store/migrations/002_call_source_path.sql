-- after: 010
-- v_calls.source_path: the recording or transcript file each call came from, so an analyst can go back
-- to it. Relative to the workspace (the folder holding this DuckDB file) when the file lies inside it,
-- else the absolute path as stored in calls.source_path. The column is added at the end: views only
-- gain columns. Marked "after: 010" because 010 redefines v_calls (adding stage and audience): on a
-- fresh database this runs after it, on an existing one it is simply the next missing migration.

CREATE OR REPLACE VIEW v_calls AS
WITH workspace AS (
    SELECT regexp_replace(path, '/[^/]*$', '') || '/' AS root
    FROM duckdb_databases()
    WHERE database_name = current_database() AND path IS NOT NULL AND path <> ''
)
SELECT c.call_id, c.source, c.started_at, c.duration_s, c.language, c.direction, c.kind,
       c.agent, c.account, c.status,
       s.stage, s.audience,
       CASE WHEN w.root IS NOT NULL AND starts_with(c.source_path, w.root)
            THEN substr(c.source_path, length(w.root) + 1)
            ELSE c.source_path END AS source_path
FROM calls c
LEFT JOIN call_stage s USING (call_id)
LEFT JOIN workspace w ON true;
