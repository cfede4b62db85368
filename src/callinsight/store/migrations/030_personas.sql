-- Personas: imported persona documents (versioned), their documented concerns, the persona each call
-- maps to, documented-versus-heard concerns per period, and findings about the persona set itself.

CREATE TABLE personas (
    persona_id   VARCHAR NOT NULL,            -- slug of the name, or the document's `id`
    version      INTEGER NOT NULL,            -- 1, 2, ...: a new version only when the parsed content changed
    name         VARCHAR NOT NULL,
    is_negative  BOOLEAN NOT NULL,            -- a customer we do not want
    source       VARCHAR NOT NULL,            -- the file it came from
    content_hash VARCHAR NOT NULL,
    profile      JSON NOT NULL,               -- sections, unrecognised sections, attributes
    imported_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (persona_id, version)
);

CREATE TABLE persona_concerns (
    persona_id VARCHAR NOT NULL,
    version    INTEGER NOT NULL,
    concern_id INTEGER NOT NULL,              -- position in the document
    section    VARCHAR NOT NULL,              -- canonical section: pain_points / challenges / objections
    concern    VARCHAR NOT NULL,              -- the item as documented
    kind       VARCHAR NOT NULL,              -- pain_point / objection
    PRIMARY KEY (persona_id, version, concern_id)
);

-- One row per call: the persona it maps to, or persona_id NULL when no persona fits well enough.
CREATE TABLE call_personas (
    call_id         VARCHAR PRIMARY KEY,
    persona_id      VARCHAR,
    persona_version INTEGER,
    score           DOUBLE,
    margin          DOUBLE,                   -- lead over the runner-up persona
    runner_up       VARCHAR,
    method          VARCHAR NOT NULL,         -- metadata / similarity / threshold (unassigned) / no_content
    is_negative     BOOLEAN NOT NULL DEFAULT false,
    scores          JSON,                     -- persona_id -> score, to explain the decision
    centroid        FLOAT[],                  -- mean embedding of the customer's utterances (groups unassigned calls)
    run_id          VARCHAR,
    mapped_at       TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Customer utterances that voice a documented concern of some persona (any persona, so that calls
-- mapped elsewhere or unassigned still count in the persona-set checks).
CREATE TABLE call_concern_hits (
    call_id         VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    persona_id      VARCHAR NOT NULL,
    persona_version INTEGER NOT NULL,
    concern_id      INTEGER NOT NULL,
    similarity      DOUBLE NOT NULL
);

CREATE TABLE persona_drift (
    persona_id     VARCHAR NOT NULL,
    persona        VARCHAR NOT NULL,
    period         DATE NOT NULL,             -- first day of the week (or month)
    concern        VARCHAR NOT NULL,          -- the documented item, or the heard category
    status         VARCHAR NOT NULL,          -- documented-and-heard / documented-not-heard / new / growing / fading
    share          DOUBLE NOT NULL,           -- calls voicing it / the persona's calls in the period
    evidence_count INTEGER NOT NULL,          -- quotes (utterances) voicing it in the period
    calls          INTEGER NOT NULL,          -- the persona's calls voicing it in the period
    period_calls   INTEGER NOT NULL,          -- the persona's calls in the period
    documented     BOOLEAN NOT NULL,
    concern_kind   VARCHAR,                   -- pain_point / objection / the insight kind or 'topic'
    trend          VARCHAR,                   -- growing / fading / stable / insufficient
    p_value        DOUBLE,
    baseline_share DOUBLE
);

CREATE TABLE persona_evidence (
    persona_id VARCHAR NOT NULL,
    period     DATE NOT NULL,
    concern    VARCHAR NOT NULL,
    call_id    VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    quote      VARCHAR NOT NULL,
    start_s    DOUBLE,
    end_s      DOUBLE,
    similarity DOUBLE
);

-- Is the persona set right? overlap (two personas real calls cannot tell apart), missing_persona
-- (unassigned calls sharing concerns), negative_match (calls mapped to a negative persona).
CREATE TABLE persona_findings (
    kind        VARCHAR NOT NULL,
    personas    VARCHAR[] NOT NULL,
    score       DOUBLE NOT NULL,
    summary     VARCHAR NOT NULL,
    evidence    JSON NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE VIEW v_personas AS
SELECT p.persona_id, p.name AS persona, p.version, p.is_negative, p.source,
       p.version = max(p.version) OVER (PARTITION BY p.persona_id) AS is_latest,
       p.imported_at, p.content_hash,
       (SELECT count(*) FROM persona_concerns c WHERE c.persona_id = p.persona_id AND c.version = p.version) AS concerns
FROM personas p;

CREATE VIEW v_persona_concerns AS
SELECT c.persona_id, p.name AS persona, c.version, c.section, c.kind, c.concern
FROM persona_concerns c JOIN personas p USING (persona_id, version);

CREATE VIEW v_call_personas AS
SELECT cp.call_id, cp.persona_id,
       coalesce(p.name, CASE WHEN cp.persona_id IS NULL THEN 'unassigned' ELSE cp.persona_id END) AS persona,
       cp.score, cp.method, cp.margin, cp.runner_up, cp.is_negative, cp.persona_version, c.started_at
FROM call_personas cp
JOIN calls c USING (call_id)
LEFT JOIN personas p ON p.persona_id = cp.persona_id AND p.version = cp.persona_version;

CREATE VIEW v_persona_drift AS
SELECT d.persona, d.period, d.concern, d.status, d.share, d.evidence_count,
       d.persona_id, d.calls, d.period_calls, d.documented, d.concern_kind, d.trend, d.p_value, d.baseline_share
FROM persona_drift d;

CREATE VIEW v_persona_evidence AS
SELECT e.persona_id, e.period, e.concern, e.call_id, e.seq, e.quote, e.start_s, e.end_s, e.similarity
FROM persona_evidence e;

CREATE VIEW v_persona_findings AS
SELECT kind, personas, score, summary, evidence, computed_at FROM persona_findings;
