-- Topic models, one row per fitted version; topics and assignments are rows per version. The views
-- show the current version (the highest). Topic ids are stable across versions where a topic persists
-- (centroid matching on refit); -1 is the outlier topic.
CREATE TABLE topic_models (
    version    INTEGER PRIMARY KEY,
    fitted_at  TIMESTAMPTZ NOT NULL,
    n_docs     INTEGER NOT NULL,
    method     VARCHAR NOT NULL,             -- bertopic / kmeans-fallback / taxonomy-fallback
    params     JSON,                         -- the effective fit parameters, so a fit can be reproduced
    path       VARCHAR,                      -- folder of the saved model (safetensors), relative to models/
    note       VARCHAR,                      -- what happened: first fit / refit: n kept, n new, n retired / fallback reason
    run_id     VARCHAR
);

CREATE TABLE topics (
    model_version INTEGER NOT NULL,
    topic_id      INTEGER NOT NULL,          -- stable id; -1 = outliers
    label         VARCHAR NOT NULL,          -- short human-readable name
    keywords      VARCHAR[] NOT NULL,
    size          INTEGER NOT NULL,          -- documents at fit time
    centroid      FLOAT[384],                -- unit-length mean embedding: nightly assignment and id matching
    matched_from  INTEGER,                   -- the previous version's topic this one continues (same id), if any
    match_similarity DOUBLE,                 -- cosine between the two centroids
    PRIMARY KEY (model_version, topic_id)
);

CREATE TABLE utterance_topics (
    model_version INTEGER NOT NULL,
    call_id       VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    topic_id      INTEGER NOT NULL,
    similarity    DOUBLE,                    -- cosine to the topic centroid
    assigned_by   VARCHAR NOT NULL,          -- fit / assign (nightly, to the existing model)
    run_id        VARCHAR,
    PRIMARY KEY (model_version, call_id, seq)
);

-- Drift: every (week, segment, subject) compared with its trailing baseline (callinsight.drift),
-- recomputed from the stored rows after each run. status: new / growing / fading / stable.
CREATE TABLE drift (
    week           DATE NOT NULL,            -- ISO week start (Monday) of calls.started_at
    subject_type   VARCHAR NOT NULL,         -- topic / category (an insight kind:category)
    subject        VARCHAR NOT NULL,         -- topic id, or kind:category
    label          VARCHAR,
    segment_type   VARCHAR NOT NULL,         -- all / direction / kind / persona
    segment        VARCHAR NOT NULL,         -- '' for all, else the direction / kind / persona
    status         VARCHAR NOT NULL,
    n              INTEGER NOT NULL,
    total          INTEGER NOT NULL,
    share          DOUBLE NOT NULL,
    baseline_n     INTEGER NOT NULL,
    baseline_total INTEGER NOT NULL,
    baseline_share DOUBLE NOT NULL,
    effect         DOUBLE NOT NULL,          -- Cohen's h
    p_value        DOUBLE NOT NULL,
    p_adjusted     DOUBLE NOT NULL,          -- Benjamini-Hochberg within the week
    test           VARCHAR NOT NULL,         -- z / fisher
    model_version  INTEGER,
    run_id         VARCHAR,
    computed_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Week-over-week shift of the whole distribution (Jensen-Shannon divergence, chi-square test).
CREATE TABLE distribution_shift (
    week           DATE NOT NULL,
    previous_week  DATE NOT NULL,
    subject_type   VARCHAR NOT NULL,         -- topic / category
    segment_type   VARCHAR NOT NULL,
    segment        VARCHAR NOT NULL,
    js_divergence  DOUBLE NOT NULL,          -- bits, 0..1
    p_value        DOUBLE NOT NULL,
    n              INTEGER NOT NULL,
    previous_n     INTEGER NOT NULL,
    shifted        BOOLEAN NOT NULL,
    model_version  INTEGER,
    run_id         VARCHAR
);

CREATE VIEW v_topic_models AS
SELECT version, fitted_at, n_docs, method, note, path, params,
       version = (SELECT max(version) FROM topic_models) AS is_current
FROM topic_models;

CREATE VIEW v_utterance_topics AS
SELECT a.call_id, a.seq, a.topic_id, a.similarity, a.assigned_by, a.model_version
FROM utterance_topics a
WHERE a.model_version = (SELECT max(version) FROM topic_models);

CREATE VIEW v_topics AS
SELECT t.topic_id, t.label, t.keywords,
       (SELECT count(*) FROM v_utterance_topics a WHERE a.topic_id = t.topic_id) AS size,
       t.size AS fit_size, t.matched_from, t.match_similarity, t.model_version
FROM topics t
WHERE t.model_version = (SELECT max(version) FROM topic_models);

CREATE VIEW v_topic_weekly AS
WITH dated AS (
    SELECT CAST(date_trunc('week', CAST(c.started_at AS TIMESTAMP)) AS DATE) AS week, a.topic_id
    FROM v_utterance_topics a JOIN calls c USING (call_id)
    WHERE c.started_at IS NOT NULL
)
SELECT week, topic_id, count(*) AS n,
       count(*) / sum(count(*)) OVER (PARTITION BY week) AS share,
       sum(count(*)) OVER (PARTITION BY week) AS total
FROM dated
GROUP BY week, topic_id;

CREATE VIEW v_drift AS
SELECT week, subject_type, subject, status, share, baseline_share, p_value,
       label, effect, p_adjusted, n, total, baseline_n, baseline_total, segment_type, segment, test,
       model_version, computed_at
FROM drift;

CREATE VIEW v_distribution_shift AS
SELECT week, previous_week, subject_type, segment_type, segment, js_divergence, p_value, shifted, n, previous_n
FROM distribution_shift;
