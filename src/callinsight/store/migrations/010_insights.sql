-- Mining: insights with their evidence, sentiment per utterance and per call quarter, journey stage,
-- and organisation names the NER found that are not configured competitors.

-- One finding = one quote. The quote is always text[char_start:char_end] of the stored (redacted)
-- utterance text, so an analyst can click from a chart to the exact words.
CREATE TABLE insights (
    call_id        VARCHAR NOT NULL,
    seq            INTEGER NOT NULL,          -- utterance seq in the call
    role           VARCHAR NOT NULL,          -- agent / customer / unknown (of the utterance)
    kind           VARCHAR NOT NULL,          -- objection / pain_point / churn_signal / feature_request / competitor
    category       VARCHAR NOT NULL,          -- taxonomy id (price, billing, cancel, ...) or competitor name
    quote          VARCHAR NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    start_s        DOUBLE,                    -- from the words covering the quote, else the utterance's
    end_s          DOUBLE,
    method         VARCHAR NOT NULL,          -- rule / semantic / fuzzy (competitor aliases)
    confidence     DOUBLE NOT NULL,
    agent_response VARCHAR,                   -- customer findings: answered / acknowledged / ignored / no_reply
    response_seq   INTEGER,                   -- the agent turn that followed, when there was one
    evidence       VARCHAR,                   -- the pattern or example sentence that matched (explains the hit)
    run_id         VARCHAR
);

CREATE TABLE utterance_sentiment (
    call_id   VARCHAR NOT NULL,
    seq       INTEGER NOT NULL,
    sentiment DOUBLE NOT NULL,                -- -1 (negative) .. +1 (positive)
    label     VARCHAR NOT NULL,               -- negative / neutral / positive
    PRIMARY KEY (call_id, seq)
);

-- How each role's mood moved through the call: quarter 1 = the first quarter of the call's time
-- (or of its turns, when untimed), quarter 4 = how it ended.
CREATE TABLE call_sentiment (
    call_id      VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    quarter      INTEGER NOT NULL,
    sentiment    DOUBLE,
    n_utterances INTEGER NOT NULL,
    PRIMARY KEY (call_id, role, quarter)
);

CREATE TABLE call_stage (
    call_id    VARCHAR PRIMARY KEY,
    audience   VARCHAR NOT NULL,              -- prospect / customer
    stage      VARCHAR NOT NULL,              -- awareness / consideration / decision / onboarding / everyday_use / renewal / cancellation
    confidence DOUBLE NOT NULL,
    evidence   VARCHAR                        -- why: metadata and the cue phrases that decided it
);

-- Organisation names the NER found that are neither the company nor a configured competitor:
-- candidates for the competitor list, never counted as competitors.
CREATE TABLE competitor_candidates (
    call_id    VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,
    role       VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    quote      VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    start_s    DOUBLE,
    end_s      DOUBLE
);

CREATE OR REPLACE VIEW v_insights AS
SELECT i.call_id, i.seq, i.role, i.kind, i.category, i.quote, i.start_s, i.end_s, i.method, i.confidence,
       i.agent_response, i.char_start, i.char_end, i.evidence, c.started_at, s.stage
FROM insights i
JOIN calls c USING (call_id)
LEFT JOIN call_stage s USING (call_id);

CREATE OR REPLACE VIEW v_competitor_candidates AS
SELECT k.call_id, k.seq, k.role, k.name, k.quote, k.start_s, k.end_s, c.started_at
FROM competitor_candidates k
JOIN calls c USING (call_id);

CREATE OR REPLACE VIEW v_call_sentiment AS
SELECT call_id, role, quarter, sentiment, n_utterances FROM call_sentiment;

CREATE OR REPLACE VIEW v_calls AS
SELECT c.call_id, c.source, c.started_at, c.duration_s, c.language, c.direction, c.kind,
       c.agent, c.account, c.status,
       s.stage, s.audience
FROM calls c
LEFT JOIN call_stage s USING (call_id);

CREATE OR REPLACE VIEW v_utterances AS
SELECT u.call_id, u.seq, u.role, u.start_s, u.end_s, u.text, u.language,
       us.sentiment, us.label AS sentiment_label
FROM utterances u
LEFT JOIN utterance_sentiment us USING (call_id, seq);
