-- Multilingual sentence embeddings (callinsight.lang, issue 17). English content utterances keep MiniLM
-- (utterance_embeddings, FLOAT[384]); utterances in any other language (Korean...) are embedded with the
-- multilingual Universal Sentence Encoder (models.multilingual_embedder, 512 dimensions) and stored here.
-- Unit length, so a dot product is the cosine similarity. An utterance is in one of the two tables.
CREATE TABLE utterance_embeddings_ml (
    call_id   VARCHAR NOT NULL,
    seq       INTEGER NOT NULL,
    model     VARCHAR NOT NULL,             -- the configured multilingual embedder
    language  VARCHAR,                      -- the utterance's language when it was embedded (ko, ...)
    embedding FLOAT[512] NOT NULL,
    PRIMARY KEY (call_id, seq)
);

-- Topics are fitted per embedding space and share one model version: 'minilm' topics (English) keep
-- their centroid in `centroid`, 'multilingual' topics (other languages) in `centroid_ml`.
ALTER TABLE topics ADD COLUMN space VARCHAR DEFAULT 'minilm';
ALTER TABLE topics ADD COLUMN centroid_ml FLOAT[512];

CREATE OR REPLACE VIEW v_topics AS
SELECT t.topic_id, t.label, t.keywords,
       (SELECT count(*) FROM v_utterance_topics a WHERE a.topic_id = t.topic_id) AS size,
       t.size AS fit_size, t.matched_from, t.match_similarity, t.model_version,
       coalesce(t.space, 'minilm') AS space
FROM topics t
WHERE t.model_version = (SELECT max(version) FROM topic_models);
