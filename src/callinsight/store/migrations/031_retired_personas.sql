-- Personas the documents no longer define: a file that was read again without them, or a removed file in a
-- persona folder. They are kept (their versions, and the calls once mapped to them, stay queryable) but no
-- longer mapped, reported or proposed; a persona that comes back in a document is active again.

CREATE TABLE retired_personas (
    persona_id VARCHAR PRIMARY KEY,
    source     VARCHAR NOT NULL,              -- the file it was last read from
    reason     VARCHAR NOT NULL,              -- "no longer in personas/a.md", "personas/b.md was removed"
    run_id     VARCHAR,
    retired_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE OR REPLACE VIEW v_personas AS
SELECT p.persona_id, p.name AS persona, p.version, p.is_negative, p.source,
       p.version = max(p.version) OVER (PARTITION BY p.persona_id) AS is_latest,
       p.imported_at, p.content_hash,
       (SELECT count(*) FROM persona_concerns c WHERE c.persona_id = p.persona_id AND c.version = p.version) AS concerns,
       p.persona_id IN (SELECT persona_id FROM retired_personas) AS is_retired
FROM personas p;
