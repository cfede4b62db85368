"""What the report says about a known story, and that missing pieces become sentences, not crashes."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from callinsight.errors import ConfigError
from callinsight.report.build import build_report
from callinsight.store.db import connect

SECTION_TITLES = ("What changed", "Pain points and objections", "Topics over time", "Personas", "Competitors",
                  "Calls", "Data quality", "Evidence")


def test_the_story_in_the_data_is_told(populated: Any) -> None:
    paths = build_report(populated, "week")
    d = paths.data
    assert "week ending 14 Feb 2025" in d.title
    assert d.window.until == date(2025, 2, 14) and d.window.since == date(2025, 2, 8)  # ends on the latest call
    assert (d.calls_now, d.calls_prev) == (8, 8)
    movers = {(m.status, m.subject) for m in d.changes.movers}
    assert ("growing", "price objections") in movers
    assert ("watch", "cancel churn signals") in movers  # a period move v_drift does not flag is only watched
    assert ("new", "topic “cancellation”") in movers
    assert len(d.changes.movers) == 3  # v_drift's category row repeats the price objection: not listed twice
    assert [(r.label, r.status) for r in d.topics.drift] == [("price (objection)", "growing"), ("cancellation", "new"),
                                                              ("reporting exports", "stable")]  # biggest change first; no segment rows
    price = next(m for m in d.changes.movers if m.subject == "price objections")
    assert "6 of 8 calls (75%)" in price.sentence and "2 of 8 (25%)" in price.sentence
    # every evidence link points at a quote or a section that is in the page
    html = paths.html.read_text()
    for m in d.changes.movers:
        assert m.evidence and f'id="{m.evidence}"' in html
    # Freshdesk faded to nothing: still listed with its weekly trend
    fresh = next(r for r in d.competitors.rows if r.name == "Freshdesk")
    assert fresh.calls == 0 and sum(fresh.weekly) > 0
    zendesk = next(r for r in d.competitors.rows if r.name == "Zendesk")
    assert any("renewal" in label for label, _ in zendesk.contexts)
    # personas: what customers say that the doc doesn't, and what the doc claims that nobody says
    fiona = next(p for p in d.personas.personas if p.persona == "Founder Fiona")
    assert [f.concern for f in fiona.said_not_documented] == ["price"]
    assert [f.concern for f in fiona.documented_not_said] == ["too many tools"]
    assert d.personas.unassigned == 1 and d.quality.unassigned == 1
    assert d.quality.failures_total == 1 and d.quality.skipped
    assert d.calls.groups and sum(g.calls for g in d.calls.groups) == 8
    assert d.topics.series and len(d.topics.week_labels) == 6


def test_quotes_are_the_stored_words_with_call_and_time(populated: Any) -> None:
    d = build_report(populated, "week").data
    assert d.quotes
    con = connect(populated.database_path)
    try:
        for q in d.quotes:
            text, start = con.execute("SELECT text, start_s FROM v_utterances WHERE call_id = ? AND seq = ?",
                                      [q.call_id, q.seq]).fetchone()
            assert q.text in text and q.context == text
            assert re.fullmatch(r"\d\d:\d\d", q.timestamp) and int(q.timestamp[:2]) * 60 + int(q.timestamp[3:]) == int(start)
    finally:
        con.close()
    html = build_report(populated, "week").html.read_text()
    assert all(f'id="{q.anchor}"' in html for q in d.quotes)


def test_html_is_self_contained(populated: Any) -> None:
    html = build_report(populated, "month").html.read_text()
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    for title in SECTION_TITLES:
        assert f">{title}</h2>" in html
    assert html.count("<svg") >= 5


def test_month_and_explicit_dates(populated: Any) -> None:
    d = build_report(populated, "month").data
    assert (d.window.until - d.window.since).days == 29 and d.calls_now == 8 * 4 + 2  # + Thu, Fri of the week of 13 Jan
    paths = build_report(populated, "week", since=date(2025, 1, 6), until=date(2025, 1, 19))
    assert paths.folder.name == "week" and paths.data.calls_now == 16 and paths.data.calls_prev == 0
    assert "No calls in the previous" in paths.data.changes.note
    with pytest.raises(ConfigError, match="after"):
        build_report(populated, "week", since=date(2025, 2, 1), until=date(2025, 1, 1))
    with pytest.raises(ConfigError, match="period"):
        build_report(populated, "year")


def test_no_database_gives_an_honest_empty_report(config: Any) -> None:
    assert not config.database_path.exists()
    paths = build_report(config)
    assert not config.database_path.exists()  # a report never creates the store
    html = paths.html.read_text()
    assert "No calls yet" in html and "Not enough calls yet" in html
    assert "<svg" not in html  # no empty charts
    for title in SECTION_TITLES:
        assert f">{title}</h2>" in html
    assert "Not enough calls yet" in paths.markdown.read_text()


def test_tiny_database_says_not_enough_calls(populated: Any) -> None:
    con = connect(populated.database_path)
    con.execute("DELETE FROM calls WHERE call_id NOT IN ('call-5-00', 'call-5-01')")
    con.close()
    d = build_report(populated).data
    assert d.calls_now == 2 and not d.enough_calls
    assert "Not enough calls yet" in d.changes.note and not d.changes.movers
    assert "anecdotes" in d.insights.note and d.insights.rows


def test_stages_not_run_yet_become_sentences(populated: Any) -> None:
    con = connect(populated.database_path)
    for view in ("v_drift", "v_topic_weekly", "v_topics", "v_persona_drift", "v_call_personas", "v_personas"):
        con.execute(f"DROP VIEW {view}")
    # a view from an older stage version, missing a column the report reads
    con.execute("CREATE OR REPLACE VIEW v_call_sentiment AS SELECT call_id, role, quarter FROM call_sentiment")
    con.close()
    paths = build_report(populated)
    d = paths.data
    assert "has not run yet" in d.topics.note and not d.topics.series
    assert "personas import" in d.personas.note
    assert d.calls.note.startswith("Not available") and not d.calls.groups
    assert d.insights.rows and d.changes.movers  # the rest of the report is intact
    assert d.quality.unassigned is None


def test_since_alone_covers_one_period_from_that_day(populated: Any) -> None:
    d = build_report(populated, "week", since=date(2025, 1, 13)).data
    assert (d.window.since, d.window.until) == (date(2025, 1, 13), date(2025, 1, 19)) and d.calls_now == 8


def test_persona_proposals_are_shown_as_escaped_html(populated: Any) -> None:
    from callinsight.report.html import mini_markdown

    proposal = populated.reports_dir / "personas" / "founder.md"
    proposal.parent.mkdir(parents=True, exist_ok=True)
    proposal.write_text("# Proposal: Founder\n\n## Add\n\n- **price** <script>x</script>: 3 of 4 calls\n  > \"too high\" — call `c1`\n", encoding="utf-8")
    paths = build_report(populated)
    fiona = next(p for p in paths.data.personas.personas if p.persona_id == "founder")
    assert fiona.suggestion.startswith("# Proposal") and fiona.suggestion_path == str(proposal)
    html = mini_markdown(fiona.suggestion)
    assert "<ul><li><b>price</b> &lt;script&gt;x&lt;/script&gt;: 3 of 4 calls<blockquote>" in html and "</blockquote></li></ul>" in html
    assert "<code>c1</code>" in html and "<script>" not in paths.html.read_text()


def test_a_v_drift_flag_over_the_last_weeks_is_a_mover_with_its_numbers(populated: Any) -> None:
    # HubSpot: 2+2+1 mentions over the last three weeks, none in the six before; the latest week alone
    # (and so the period comparison) shows too little, v_drift's pooled window is what tells it.
    con = connect(populated.database_path)
    try:
        week = con.execute("SELECT max(week) FROM drift").fetchone()[0]
        con.execute(
            """INSERT INTO drift (week, subject_type, subject, label, segment_type, segment, status, n, total, share,
                   baseline_n, baseline_total, baseline_share, effect, p_value, p_adjusted, test, window_weeks)
               VALUES (?, 'category', 'competitor:HubSpot', NULL, 'all', '', 'new', 5, 60, 0.083, 0, 120, 0.0,
                       0.58, 0.003, 0.02, 'fisher', 3),
                      (?, 'category', 'feature_request:feature_request', NULL, 'all', '', 'fading', 1, 60, 0.017,
                       14, 120, 0.117, -0.43, 0.004, 0.03, 'fisher', 3)""",
            [week, week],
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
    d = build_report(populated, "week").data
    movers = {m.subject: m for m in d.changes.movers}
    hubspot = movers["mentions of HubSpot"]
    assert hubspot.status == "new" and hubspot.evidence
    assert "5 of 60 customer findings (8%) in the last 3 weeks" in hubspot.sentence
    assert "none in the weeks before (120 customer findings)" in hubspot.sentence
    assert "p = 0.003" in hubspot.sentence and "0.02 after correcting" in hubspot.sentence
    requests = movers["feature requests"]  # kind and category are the same word: said once
    assert requests.status == "fading" and "down from 14 of 120 (12%)" in requests.sentence
    assert all("none this period" not in m.sentence and "feature request feature" not in m.sentence.lower()
               for m in d.changes.movers)
    # v_drift's flags come before the period-over-period comparison
    subjects = [m.subject for m in d.changes.movers]
    assert set(subjects[:4]) == {"price objections", "topic “cancellation”", "feature requests", "mentions of HubSpot"}
    assert subjects[4:] == ["cancel churn signals"]
