-- Core tables: runs, calls, utterances, metrics, redaction counts, failures, per-stage progress.

CREATE TABLE runs (
    run_id      VARCHAR PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status      VARCHAR NOT NULL,          -- running / ok / partial / failed / interrupted
    command     VARCHAR,
    stages      VARCHAR[],
    calls_new   INTEGER DEFAULT 0,
    calls_failed INTEGER DEFAULT 0,
    audio_s     DOUBLE DEFAULT 0,
    message     VARCHAR
);

CREATE TABLE calls (
    call_id       VARCHAR PRIMARY KEY,     -- sha256 prefix of the recording's content, or the imported id
    source        VARCHAR NOT NULL,        -- audio / import
    source_path   VARCHAR NOT NULL,
    started_at    TIMESTAMPTZ,
    started_at_source VARCHAR,             -- sidecar / manifest / filename / mtime / import
    duration_s    DOUBLE,
    language      VARCHAR,
    direction     VARCHAR,
    kind          VARCHAR,
    agent         VARCHAR,
    account       VARCHAR,
    persona_hint  VARCHAR,
    tags          VARCHAR[],
    metadata      JSON,                    -- unknown metadata keys, kept as given
    channels      INTEGER,
    role_method   VARCHAR,                 -- channel / diarized / import / unknown
    role_confidence DOUBLE,
    model         VARCHAR,
    options       JSON,
    status        VARCHAR NOT NULL DEFAULT 'transcribed',
    run_id        VARCHAR,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE TABLE utterances (
    call_id    VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    role       VARCHAR NOT NULL,           -- agent / customer / unknown
    start_s    DOUBLE,
    end_s      DOUBLE,
    text       VARCHAR NOT NULL,           -- redacted
    words      JSON,                       -- [{start, end, word, probability}], redacted
    confidence DOUBLE,
    language   VARCHAR,
    channel    INTEGER,
    PRIMARY KEY (call_id, seq)
);

CREATE TABLE call_metrics (
    call_id VARCHAR PRIMARY KEY,
    duration_s DOUBLE,
    turn_count INTEGER,
    talk_s_agent DOUBLE,
    talk_s_customer DOUBLE,
    talk_ratio_agent DOUBLE,
    silence_share DOUBLE,
    overlap_count INTEGER,
    overlap_s DOUBLE,
    wpm_agent DOUBLE,
    wpm_customer DOUBLE,
    longest_monologue_s_agent DOUBLE,
    longest_monologue_s_customer DOUBLE,
    questions_agent INTEGER,
    questions_customer INTEGER
);

CREATE TABLE redactions (
    call_id VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (call_id, kind)
);

CREATE SEQUENCE failure_seq;
CREATE TABLE failures (
    failure_id  BIGINT PRIMARY KEY DEFAULT nextval('failure_seq'),
    run_id      VARCHAR,
    path        VARCHAR NOT NULL,
    content_key VARCHAR,                   -- size+mtime fingerprint: an unchanged bad file is not retried every night
    call_id     VARCHAR,
    stage       VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- Which stage has processed which call: each stage only does new work.
CREATE TABLE stage_done (
    call_id  VARCHAR NOT NULL,
    stage    VARCHAR NOT NULL,
    status   VARCHAR NOT NULL,             -- ok / skipped
    reason   VARCHAR,
    done_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (call_id, stage)
);

CREATE VIEW v_calls AS
SELECT c.call_id, c.source, c.started_at, c.duration_s, c.language, c.direction, c.kind,
       c.agent, c.account, c.status
FROM calls c;

CREATE VIEW v_utterances AS
SELECT u.call_id, u.seq, u.role, u.start_s, u.end_s, u.text, u.language
FROM utterances u;

CREATE VIEW v_failures AS
SELECT f.created_at, f.path, f.stage, f.reason, f.call_id, f.run_id FROM failures f;
