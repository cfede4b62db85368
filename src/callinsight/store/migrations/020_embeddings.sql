-- Sentence embeddings of content utterances (customer side, see callinsight.embed.select), computed
-- once per utterance and reused by every later run and stage. Normalised to unit length, so a dot
-- product is the cosine similarity.
CREATE TABLE utterance_embeddings (
    call_id   VARCHAR NOT NULL,
    seq       INTEGER NOT NULL,
    model     VARCHAR NOT NULL,             -- the configured embedder (models.embedder)
    embedding FLOAT[384] NOT NULL,
    PRIMARY KEY (call_id, seq)
);
