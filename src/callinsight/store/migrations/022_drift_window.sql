-- Drift rows can come from the pooled recent window (callinsight.drift: recent_weeks) rather than the
-- single week: window_weeks says how many weeks n / total / share were pooled over (1 = the week alone);
-- the baseline is then the weeks before that window.
ALTER TABLE drift ADD COLUMN window_weeks INTEGER NOT NULL DEFAULT 1;

CREATE OR REPLACE VIEW v_drift AS
SELECT week, subject_type, subject, status, share, baseline_share, p_value,
       label, effect, p_adjusted, n, total, baseline_n, baseline_total, segment_type, segment, test,
       model_version, computed_at, window_weeks
FROM drift;
