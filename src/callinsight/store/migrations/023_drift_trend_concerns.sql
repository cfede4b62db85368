-- Drift from the whole-history trend test and over concerns (callinsight.drift.trend, topics.concerns):
-- history_weeks: weeks of history the trend test used for the row (NULL for the window comparison);
-- topics: for a topic row, every topic of its concern (near-duplicate topics grouped; subject is the
--   smallest of them); categories: the insight categories whose findings lie mostly in that concern;
-- examples: up to three customer quotes of the subject from the recent weeks the row describes.
-- Columns are added at the end of v_drift: views only gain columns.
ALTER TABLE drift ADD COLUMN history_weeks INTEGER;
ALTER TABLE drift ADD COLUMN topics INTEGER[];
ALTER TABLE drift ADD COLUMN categories VARCHAR[];
ALTER TABLE drift ADD COLUMN examples VARCHAR[];

CREATE OR REPLACE VIEW v_drift AS
SELECT week, subject_type, subject, status, share, baseline_share, p_value,
       label, effect, p_adjusted, n, total, baseline_n, baseline_total, segment_type, segment, test,
       model_version, computed_at, window_weeks, history_weeks, topics, categories, examples
FROM drift;
