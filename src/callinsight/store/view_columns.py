"""A one-line meaning for each column of each analyst view (``v_*``), for ``docs/views.md``.

``report/viewdocs.py`` renders these next to each column's type, and its test fails when a view's
column has no meaning here: a migration that adds a view column adds its line here too. Columns that
mean the same in every view they appear in (``call_id``, ``seq`` …) are described once in ``COMMON``.
"""

from __future__ import annotations

COMMON = {
    "call_id": "The call: sha256 prefix of the recording's content, or the imported transcript's id.",
    "seq": "The utterance's position in its call (0, 1, …); with call_id it names one turn.",
    "role": "Who spoke: agent / customer / unknown.",
    "start_s": "Seconds from the call's start where the words begin (NULL for untimed transcripts).",
    "end_s": "Seconds from the call's start where the words end.",
    "started_at": "When the call started (from the sidecar, manifest, file name or file time).",
    "quote": "The exact (redacted) words, a substring of the stored utterance text.",
    "model_version": "The topic model version the row belongs to (the views show the current one).",
    "persona_id": "The persona: a slug of its name, or the document's own id.",
    "persona": "The persona's name ('unassigned' where no persona fits).",
    "week": "ISO week start (Monday) of the calls counted.",
    "p_value": "Significance test p-value of the change (small = unlikely to be chance).",
    "computed_at": "When the row was computed.",
    "language": "Language code (e.g. en, ko), detected or from metadata.",
}

COLUMNS: dict[str, dict[str, str]] = {
    "v_calls": {
        "source": "How the call arrived: audio (transcribed here) or import (a transcript file).",
        "duration_s": "Length of the call in seconds.",
        "direction": "inbound or outbound, from metadata.",
        "kind": "sales or support (or another label), from metadata.",
        "agent": "The agent, from metadata (kept as given when listed in redaction.keep_fields).",
        "account": "The customer account, from metadata (redacted if it holds PII such as an e-mail).",
        "status": "Processing status of the call (transcribed, …).",
        "stage": "Journey stage mining inferred: awareness / consideration / decision / onboarding / everyday_use / "
        "renewal / cancellation.",
        "audience": "prospect or customer, inferred with the stage.",
        "source_path": "The recording or transcript file the call came from: relative to the workspace (the folder "
        "holding the store) when inside it, else absolute.",
    },
    "v_utterances": {
        "text": "What was said, redacted (PII replaced by placeholders such as [PHONE]).",
        "sentiment": "Sentiment of the turn, -1 (negative) .. +1 (positive), once mined.",
        "sentiment_label": "negative / neutral / positive.",
    },
    "v_insights": {
        "kind": "objection / pain_point / churn_signal / feature_request / competitor.",
        "category": "Taxonomy category id (price, billing, cancel, …) or the competitor's name.",
        "method": "How it was found: rule / semantic / fuzzy (competitor aliases).",
        "confidence": "How sure the miner is, 0..1.",
        "agent_response": "For customer findings: answered / acknowledged / ignored / no_reply.",
        "char_start": "Where the quote starts in the utterance text (characters).",
        "char_end": "Where the quote ends in the utterance text (characters).",
        "evidence": "The pattern or example sentence that matched (explains the hit).",
        "stage": "The call's journey stage (as in v_calls).",
    },
    "v_topics": {
        "topic_id": "Stable topic id across refits; -1 = outliers.",
        "label": "Short human-readable name of the topic.",
        "keywords": "The words that characterise the topic (c-TF-IDF).",
        "size": "Customer utterances assigned to the topic now.",
        "fit_size": "Documents in the topic when the model was fitted.",
        "matched_from": "The previous version's topic this one continues (same id), if any.",
        "match_similarity": "Cosine similarity between this topic's and the previous topic's centroids.",
        "space": "Embedding space the topic was fitted in: minilm (English) or multilingual (Korean and other languages).",
    },
    "v_utterance_topics": {
        "topic_id": "The topic the utterance belongs to.",
        "similarity": "Cosine similarity of the utterance to the topic centroid.",
        "assigned_by": "fit (when the model was fitted) or assign (nightly, to the existing model).",
    },
    "v_topic_weekly": {
        "topic_id": "The topic.",
        "n": "Customer utterances of the topic that week.",
        "share": "n / total: the topic's share of the week's assigned utterances.",
        "total": "Assigned customer utterances that week.",
    },
    "v_drift": {
        "subject_type": "topic, or category (an insight kind:category).",
        "subject": "The topic id (of a concern: its smallest topic id), or kind:category.",
        "status": "new / growing / fading / stable.",
        "share": "The subject's share in the week (or pooled window).",
        "baseline_share": "Its share in the trailing baseline weeks.",
        "label": "Readable name of the subject.",
        "effect": "Effect size of the change (Cohen's h).",
        "p_adjusted": "p-value adjusted for many subjects (Benjamini-Hochberg within the week).",
        "n": "Utterances or findings of the subject in the week/window.",
        "total": "All utterances or findings of that type in the week/window.",
        "baseline_n": "The subject's count in the baseline.",
        "baseline_total": "All counts in the baseline.",
        "segment_type": "all / direction / kind / persona: how the calls were segmented.",
        "segment": "The segment ('' for all), e.g. inbound or a persona id.",
        "test": "The test used: trend or trend-exact (the default), z or fisher (drift_method = window).",
        "window_weeks": "Weeks pooled for n/total/share (1 = the week alone).",
        "history_weeks": "Weeks of history the trend test used (empty for the window comparison).",
        "topics": "For a topic row: every topic of its concern (near-duplicate topics grouped).",
        "categories": "For a topic row: insight categories whose findings lie mostly in its concern.",
        "examples": "Up to three customer quotes of a flagged subject from the weeks n/total describe (fading: the weeks before).",
    },
    "v_call_personas": {
        "score": "Similarity of the call to the persona.",
        "method": "How it was decided: metadata / similarity / threshold (unassigned) / no_content.",
        "margin": "Lead of the score over the runner-up persona.",
        "runner_up": "The second-best persona.",
        "is_negative": "Whether the persona is a customer the company does not want.",
        "persona_version": "The version of the persona document used.",
    },
    "v_persona_drift": {
        "period": "First day of the week (or month).",
        "concern": "The documented item, or the heard category.",
        "status": "documented-and-heard / documented-not-heard / new / growing / fading.",
        "share": "Calls voicing it / the persona's calls in the period.",
        "evidence_count": "Quotes (utterances) voicing it in the period.",
        "calls": "The persona's calls voicing it in the period.",
        "period_calls": "The persona's calls in the period.",
        "documented": "Whether the concern is in the persona document.",
        "concern_kind": "pain_point / objection / the insight kind or 'topic'.",
        "trend": "growing / fading / stable / insufficient.",
        "baseline_share": "Its share in the periods before.",
    },
    "v_call_sentiment": {
        "quarter": "1..4: the quarter of the call (1 = how it started, 4 = how it ended).",
        "sentiment": "Average sentiment of the role's turns in that quarter, -1..+1.",
        "n_utterances": "Turns averaged.",
    },
    "v_competitor_candidates": {
        "name": "The organisation name heard (neither the company nor a configured competitor).",
    },
    "v_distribution_shift": {
        "previous_week": "The week compared with.",
        "subject_type": "topic or category.",
        "segment_type": "all / direction / kind / persona.",
        "segment": "The segment ('' for all).",
        "js_divergence": "Jensen-Shannon divergence between the two weeks' distributions (bits, 0..1).",
        "shifted": "Whether the shift is significant.",
        "n": "Items in the week.",
        "previous_n": "Items in the previous week.",
    },
    "v_failures": {
        "created_at": "When the failure was recorded.",
        "path": "The input file that failed.",
        "stage": "The stage it failed in (ingest, import, …).",
        "reason": "Why, in one line.",
        "run_id": "The run that recorded it.",
    },
    "v_mining_status": {
        "status": "ok (mined) or skipped.",
        "reason": "Why it was skipped (e.g. a language the taxonomy does not cover).",
        "done_at": "When mining processed the call.",
    },
    "v_persona_concerns": {
        "version": "The persona document version.",
        "section": "Canonical section: pain_points / challenges / objections.",
        "kind": "pain_point or objection.",
        "concern": "The item as documented.",
    },
    "v_persona_evidence": {
        "period": "First day of the week (or month).",
        "concern": "The documented concern voiced.",
        "similarity": "How close the quote is to the concern (cosine).",
    },
    "v_persona_findings": {
        "kind": "overlap / missing_persona / negative_match.",
        "personas": "The personas concerned.",
        "score": "Strength of the finding.",
        "summary": "One sentence saying what was found.",
        "evidence": "Calls or quotes that support it.",
    },
    "v_personas": {
        "version": "1, 2, …: a new version only when the parsed content changed.",
        "is_negative": "A customer the company does not want.",
        "source": "The file it came from.",
        "is_latest": "Whether this is the persona's latest version.",
        "imported_at": "When this version was imported.",
        "content_hash": "Hash of the parsed content (unchanged documents are not re-imported).",
        "concerns": "Pain points and objections this version lists.",
        "is_retired": "No document defines it any more (its file was read without it, or removed); not mapped.",
    },
    "v_topic_models": {
        "version": "The model version (the highest is current).",
        "fitted_at": "When it was fitted.",
        "n_docs": "Documents it was fitted on.",
        "method": "bertopic / kmeans-fallback / taxonomy-fallback.",
        "note": "What happened: first fit / refit: n kept, n new, n retired / fallback reason.",
        "path": "Folder of the saved model, relative to models/.",
        "params": "The effective fit parameters, so a fit can be reproduced.",
        "is_current": "Whether this version is the one the views show.",
    },
}


def meaning(view: str, column: str) -> str | None:
    """The column's one-line meaning in that view, or None when none is written yet."""
    return COLUMNS.get(view, {}).get(column) or COMMON.get(column)
