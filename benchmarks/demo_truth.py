"""Scorecard of a demo run against the sample set's ground truth.

    .venv/bin/callinsight run                                   # make demo: fills callinsight.duckdb
    .venv/bin/python benchmarks/demo_truth.py                   # the repository's demo database
    .venv/bin/python benchmarks/demo_truth.py --db /tmp/demo/callinsight.duckdb --report /tmp/demo/reports/week

Reads the stored results (read-only) and compares them with ``recordings/samples/ground_truth.csv`` and
``reference_scripts.jsonl`` (the generator's exact words per turn): calls stored and failed, word error
rate, role accuracy (stereo channels and the one mono call), each planted change of
``recordings/samples/README.md`` (Slack integration growing, HubSpot new from week 5, onboarding
confusion fading) in the weekly data, ``v_drift``, ``v_persona_drift`` and the report's ``summary.md``,
and persona mapping against the truth. Each planted change ends with a PASS or MISS line; the exit status
is the number of MISS lines (0 = all surfaced), so the script can gate a quiet-machine re-check.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
STALE_CONCERNS = {  # documented in personas/samples but never voiced by the generated callers
    "it-director": ("on-premise", "on premise"),
    "support-team-lead": ("fax",),
    "startup-founder": ("offline", "desktop"),
    "ops-manager": ("paper", "print"),
}
GROWING_WEEKS = (7, 8, 9)  # where the Slack complaints double (README: 2/2, 2/3, 2/2)
SLACK_TERMS = ("slack",)
ONBOARDING_TERMS = ("setup", "set up", "onboard", "confusing")


# ---------------------------------------------------------------- small helpers


def words(text: str) -> list[str]:
    """Lower-case word tokens; placeholders such as [PHONE] become one token so they count once."""
    text = text.lower().replace("-", " ")
    return re.findall(r"\[[a-z_]+\]|[a-z0-9']+", text)


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Levenshtein distance over words (one row at a time: calls are a few hundred words)."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def verdict(ok: bool, name: str, why: str) -> bool:
    print(f"  {'PASS' if ok else 'MISS'}  {name}: {why}")
    return ok


def has_any(text: str, terms: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(t in low for t in terms)


def table_exists(con: Any, name: str) -> bool:
    q = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
    return bool(con.execute(q, [name]).fetchone()[0])


def section(title: str) -> None:
    print(f"\n== {title}")


# ---------------------------------------------------------------- inputs


def load_truth(path: Path) -> dict[str, dict[str, str]]:
    with path.open(newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f)}


def load_scripts(path: Path) -> dict[str, list[dict[str, Any]]]:
    if not path.exists():
        return {}
    with path.open() as f:
        return {d["file"]: d["turns"] for d in (json.loads(line) for line in f if line.strip())}


class Demo:
    """The stored results, keyed the way the ground truth is (recording file name, week 1..9)."""

    def __init__(self, con: Any, truth: dict[str, dict[str, str]]) -> None:
        self.con = con
        self.truth = truth
        self.first_monday = min(date.fromisoformat(r["week_start"]) for r in truth.values())
        rows = con.execute(
            "SELECT call_id, source_path, channels, role_method, role_confidence, status FROM calls"
        ).fetchall()
        self.file_of = {r[0]: Path(r[1]).name for r in rows}
        self.call_of = {Path(r[1]).name: r[0] for r in rows}
        self.calls = {Path(r[1]).name: r for r in rows}

    def week_no(self, d: date) -> int:
        return (d - self.first_monday).days // 7 + 1

    def week_of_call(self, call_id: str) -> int:
        return int(self.truth[self.file_of[call_id]]["week"]) if self.file_of.get(call_id) in self.truth else 0

    def truth_weeks(self, column: str) -> Counter[int]:
        return Counter(int(r["week"]) for r in self.truth.values() if r[column] == "1")

    def drift(self, subject_type: str, subject: str) -> dict[int, tuple[str, float, float, float]]:
        """week -> (status, share, baseline_share, p_adjusted) for one subject, overall segment."""
        if not table_exists(self.con, "drift"):
            return {}
        rows = self.con.execute(
            """SELECT week, status, share, baseline_share, p_adjusted FROM v_drift
               WHERE subject_type = ? AND subject = ? AND segment_type = 'all' ORDER BY week""",
            [subject_type, subject],
        ).fetchall()
        return {self.week_no(r[0]): (r[1], r[2], r[3], r[4] if r[4] is not None else float("nan")) for r in rows}


def print_drift(label: str, flags: dict[int, tuple[str, float, float, float]]) -> None:
    if not flags:
        print(f"  {label}: no v_drift rows")
        return
    cells = [f"w{w}:{s[0][:4]}" if s[0] != "stable" else f"w{w}:-" for w, s in sorted(flags.items())]
    print(f"  {label} drift: {' '.join(cells)}")
    for w, (status, share, base, p) in sorted(flags.items()):
        if status != "stable":
            print(f"    week {w}: {status} share {pct(share)} vs baseline {pct(base)} (p_adj {p:.3g})")


# ---------------------------------------------------------------- sections


def calls_section(demo: Demo) -> None:
    section("Calls")
    expected = set(demo.truth)
    stored = set(demo.call_of) & expected
    print(f"  stored {len(stored)}/{len(expected)} expected calls ({len(demo.call_of)} calls in the store)")
    for name in sorted(expected - stored):
        print(f"    missing: {name}")
    failures = demo.con.execute("SELECT stage, path, reason FROM v_failures ORDER BY created_at").fetchall()
    print(f"  failures recorded: {len(failures)}")
    for stage, path, reason in failures[:10]:
        print(f"    {stage}: {Path(path).name}: {reason[:120]}")
    skipped = demo.con.execute(
        "SELECT stage, count(*), any_value(reason) FROM stage_done WHERE status <> 'ok' GROUP BY stage ORDER BY stage"
    ).fetchall()
    for stage, n, reason in skipped:
        print(f"  {stage}: {n} call(s) skipped, e.g. {reason}")


def transcription_section(demo: Demo, scripts: dict[str, list[dict[str, Any]]]) -> None:
    section("Transcription (word error rate against the generator's script text)")
    if not scripts:
        print("  no reference_scripts.jsonl next to the ground truth: skipped")
        return
    errors: Counter[str] = Counter()
    ref_words: Counter[str] = Counter()
    worst: list[tuple[float, str]] = []
    term_hits: dict[str, list[int]] = {
        t: [0, 0] for t in ("northwind", "slack", "hubspot", "zendesk", "salesforce", "setup")
    }
    for name, turns in scripts.items():
        call_id = demo.call_of.get(name)
        if call_id is None:
            continue
        utts = demo.con.execute(
            "SELECT role, text FROM utterances WHERE call_id = ? ORDER BY start_s, seq", [call_id]
        ).fetchall()
        pii = demo.truth.get(name, {}).get("pii") == "1"
        ref = words(" ".join(t["text"] for t in sorted(turns, key=lambda t: t["start_s"])))
        hyp = words(" ".join(u[1] for u in utts))
        e = edit_distance(ref, hyp)
        bucket = "pii" if pii else "clean"
        errors[bucket] += e
        ref_words[bucket] += len(ref)
        worst.append((e / max(len(ref), 1), name))
        ref_text, hyp_text = " ".join(ref), " ".join(hyp).replace(" ", "")
        for term, hits in term_hits.items():
            n = ref_text.count(term)
            hits[0] += n
            hits[1] += min(n, hyp_text.count(term))  # spaces dropped: "hub spot" counts as heard
        for role in ("agent", "customer"):  # per-role WER: low only if roles and words are both right
            r = words(" ".join(t["text"] for t in turns if t["role"] == role))
            h = words(" ".join(u[1] for u in utts if u[0] == role))
            errors[role] += edit_distance(r, h)
            ref_words[role] += len(r)
    total_e = errors["clean"] + errors["pii"]
    total_w = ref_words["clean"] + ref_words["pii"]
    print(f"  WER all calls      {pct(total_e / max(total_w, 1))}  ({total_e} errors / {total_w} reference words)")
    print(
        f"  WER calls w/o PII  {pct(errors['clean'] / max(ref_words['clean'], 1))}  (PII calls: spoken numbers become [PHONE]/[EMAIL])"
    )
    for role in ("agent", "customer"):
        print(f"  WER {role:8} side  {pct(errors[role] / max(ref_words[role], 1))}")
    worst.sort(reverse=True)
    print("  worst calls: " + ", ".join(f"{n.split('_')[-1]} {pct(w).strip()}" for w, n in worst[:3]))
    print(
        "  key terms heard (exact spelling, spaces ignored): "
        + ", ".join(f"{t} {h}/{n}" for t, (n, h) in term_hits.items() if n)
    )


def _truth_role(turns: list[dict[str, Any]], channel: int | None, start: float, end: float) -> str:
    """Stereo: the role the script puts on that channel. Mono: the role speaking most within [start, end]."""
    if channel is not None:
        on_channel = {t["role"] for t in turns if t["channel"] == channel}
        if len(on_channel) == 1:
            return on_channel.pop()
    spoken: Counter[str] = Counter()
    for t in turns:
        spoken[t["role"]] += max(0.0, min(end, t["end_s"]) - max(start, t["start_s"]))
    return spoken.most_common(1)[0][0]


def roles_section(demo: Demo, scripts: dict[str, list[dict[str, Any]]]) -> None:
    section("Roles (stereo: the script's role on the utterance's channel; mono: the role speaking most in it)")
    seconds: dict[str, Counter[str]] = defaultdict(Counter)  # "stereo"/"mono" -> right/wrong/unknown
    spanning: list[str] = []  # utterances that run across a whole turn of the other party
    for name, turns in scripts.items():
        call_id = demo.call_of.get(name)
        if call_id is None:
            continue
        kind = "stereo" if demo.truth[name]["channels"] == "2" else "mono"
        for role, channel, start, end in demo.con.execute(
            "SELECT role, channel, start_s, end_s FROM utterances WHERE call_id = ?", [call_id]
        ).fetchall():
            if start is None or end is None:
                continue
            truth = _truth_role(turns, channel if kind == "stereo" else None, start, end)
            outcome = "unknown" if role == "unknown" else ("right" if role == truth else "wrong")
            seconds[kind][outcome] += end - start
            inside = [t for t in turns if t["role"] != truth and start < t["start_s"] and t["end_s"] < end]
            if inside:
                spanning.append(f"{name.split('_')[-1]} {start:.0f}-{end:.0f}s")
    for kind, c in sorted(seconds.items()):
        total = sum(c.values()) or 1
        print(
            f"  {kind:6}: right {pct(c['right'] / total)}  wrong {pct(c['wrong'] / total)}  unknown {pct(c['unknown'] / total)}"
            f"  (by speech seconds, {total:.0f} s)"
        )
    for name, row in demo.calls.items():
        if demo.truth.get(name, {}).get("channels") == "1":
            print(f"  mono call {name}: role_method {row[3]}, role_confidence {row[4]}")
    # one utterance holding two turns with the other party's turn between them: transcript order is off there
    print(f"  utterances spanning a whole turn of the other party: {len(spanning)} ({', '.join(spanning[:6])})")
    if "stereo" in seconds:
        c = seconds["stereo"]
        bad = c["wrong"] + c["unknown"]
        why = (
            "every stereo utterance has its channel's role"
            if bad == 0
            else f"{bad:.0f} s of stereo speech wrong or unknown"
        )
        verdict(bad == 0, "stereo roles", why)


PII_SAID = re.compile(r"\bexample dot com\b|five five five")
PII_LEFT = re.compile(r"example|\bdot com\b|\.com\b|@|\d{3}|five five", re.IGNORECASE)


def redaction_section(demo: Demo, scripts: dict[str, list[dict[str, Any]]]) -> None:
    section("Redaction (turns where the script reads out an e-mail or phone number)")
    redacted, leaked = 0, []  # leaked: (file, why, stored text)
    for name, turns in scripts.items():
        call_id = demo.call_of.get(name)
        if call_id is None:
            continue
        utts = demo.con.execute("SELECT start_s, end_s, text FROM utterances WHERE call_id = ?", [call_id]).fetchall()
        for turn in turns:
            if not PII_SAID.search(turn["text"]):
                continue
            heard = " ".join(
                u[2] for u in utts if u[0] is not None and min(u[1], turn["end_s"]) - max(u[0], turn["start_s"]) > 0
            )
            if PII_LEFT.search(heard) or "[" not in heard:
                # a domain or digits left over is a leak; no placeholder and no trace is a mishearing
                leaked.append((name, "LEAK" if PII_LEFT.search(heard) else "garbled, no placeholder", heard))
            else:
                redacted += 1
    print(f"  redacted {redacted}/{redacted + len(leaked)} spoken e-mails/phone numbers")
    for name, why, heard in leaked:
        print(f"    {why}: {name.split('_')[-1]}: {heard[-100:]!r}")


def weekly_line(label: str, per_week: dict[int, Any], weeks: range) -> None:
    print(f"  {label:34}" + " ".join(f"{per_week.get(w, 0)!s:>6}" for w in weeks))


def _insight_weeks(demo: Demo, kind: str, category: str) -> tuple[Counter[int], set[str]]:
    if not table_exists(demo.con, "insights"):
        return Counter(), set()
    rows = demo.con.execute(
        "SELECT call_id FROM v_insights WHERE kind = ? AND category = ? AND role <> 'agent'", [kind, category]
    ).fetchall()
    return Counter(demo.week_of_call(r[0]) for r in rows), {demo.file_of.get(r[0], "") for r in rows}


def _customer_utterances(demo: Demo) -> list[tuple[str, int, str]]:
    rows = demo.con.execute("SELECT call_id, seq, text FROM utterances WHERE role <> 'agent'").fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


def _topic_of_terms(demo: Demo, terms: tuple[str, ...]) -> tuple[str | None, str, int, int]:
    """The topic holding most customer utterances that contain one of terms: (id, label, held, all)."""
    if not table_exists(demo.con, "utterance_topics"):
        return None, "", 0, 0
    rows = demo.con.execute(
        """SELECT a.topic_id, u.text FROM v_utterance_topics a JOIN utterances u USING (call_id, seq)"""
    ).fetchall()
    hits = Counter(str(t) for t, text in rows if has_any(text, terms))
    total = sum(hits.values())
    if not hits:
        return None, "", 0, 0
    non_outlier = [(n, t) for t, n in hits.items() if t != "-1"]
    if not non_outlier:
        return "-1", "outliers", hits["-1"], total
    n, topic = max(non_outlier)
    label = demo.con.execute("SELECT label FROM v_topics WHERE CAST(topic_id AS VARCHAR) = ?", [topic]).fetchone()
    return topic, label[0] if label else "", n, total


def _topic_weekly(demo: Demo, topic: str) -> dict[int, str]:
    rows = demo.con.execute(
        "SELECT week, n, share FROM v_topic_weekly WHERE CAST(topic_id AS VARCHAR) = ? ORDER BY week", [topic]
    ).fetchall()
    return {demo.week_no(r[0]): f"{r[1]}/{100 * r[2]:.0f}%" for r in rows}


def _flagged(flags: dict[int, tuple[str, float, float, float]], statuses: tuple[str, ...], weeks: range) -> list[int]:
    return [w for w, f in sorted(flags.items()) if f[0] in statuses and w in weeks]


def slack_section(demo: Demo, weeks: range) -> bool:
    section("(a) Slack integration complaints growing in weeks 7-9")
    truth = demo.truth_weeks("slack_integration")
    utts = _customer_utterances(demo)
    said = Counter(demo.week_of_call(c) for c, _, t in utts if has_any(t, SLACK_TERMS))
    calls_said = {c for c, _, t in utts if has_any(t, SLACK_TERMS)}
    per_week_calls = Counter(demo.week_of_call(c) for c in calls_said)
    integ, integ_files = _insight_weeks(demo, "pain_point", "integration")
    truth_files = {f for f, r in demo.truth.items() if r["slack_integration"] == "1"}
    print("  week                              " + " ".join(f"{w:>6}" for w in weeks))
    weekly_line("truth: calls with the complaint", truth, weeks)
    weekly_line("calls whose customer says 'slack'", per_week_calls, weeks)
    weekly_line("customer utterances with 'slack'", said, weeks)
    weekly_line("insights pain_point:integration", integ, weeks)
    print(
        f"  pain_point:integration found in {len(truth_files & integ_files)}/{len(truth_files)} Slack calls"
        f" (+{len(integ_files - truth_files)} other calls)"
    )
    topic, label, held, total = _topic_of_terms(demo, SLACK_TERMS)
    topic_flags: dict[int, tuple[str, float, float, float]] = {}
    if topic is not None:
        print(f"  topic holding the Slack utterances: {topic} '{label}' ({held}/{total} of them)")
        weekly_line("that topic per week (n/share)", _topic_weekly(demo, topic), weeks)
        topic_flags = demo.drift("topic", topic)
        print_drift(f"topic {topic}", topic_flags)
    cat_flags = demo.drift("category", "pain_point:integration")
    print_drift("pain_point:integration", cat_flags)
    late = range(5, weeks.stop)
    hits = _flagged(topic_flags, ("growing", "new"), late) + _flagged(cat_flags, ("growing", "new"), late)
    return verdict(
        bool(hits),
        "Slack growing",
        f"flagged growing/new in week(s) {sorted(set(hits))}"
        if hits
        else "v_drift flags neither the Slack topic nor pain_point:integration growing/new in weeks 5-9",
    )


def hubspot_section(demo: Demo, weeks: range) -> bool:
    section("(b) HubSpot new from week 5")
    truth = demo.truth_weeks("hubspot")
    found, files = _insight_weeks(demo, "competitor", "HubSpot")
    truth_files = {f for f, r in demo.truth.items() if r["hubspot"] == "1"}
    print("  week                              " + " ".join(f"{w:>6}" for w in weeks))
    weekly_line("truth: calls mentioning HubSpot", truth, weeks)
    weekly_line("insights competitor:HubSpot", found, weeks)
    print(
        f"  found in {len(truth_files & files)}/{len(truth_files)} HubSpot calls; in {len(files - truth_files)} other call(s)"
    )
    if files:
        for (quote,) in demo.con.execute(
            "SELECT quote FROM v_insights WHERE kind = 'competitor' AND category = 'HubSpot' LIMIT 3"
        ).fetchall():
            print(f'    e.g. "{quote[:110]}"')
    first = min((w for w in found if w), default=None)
    flags = demo.drift("category", "competitor:HubSpot")
    print_drift("competitor:HubSpot", flags)
    new = _flagged(flags, ("new", "growing"), range(5, weeks.stop))
    ok = first is not None and first >= 5 and bool(new)
    why = f"first heard in week {first}" if first else "never found"
    why += f", flagged new/growing in week(s) {new}" if new else ", never flagged new/growing by v_drift"
    return verdict(ok, "HubSpot new", why)


def onboarding_section(demo: Demo, weeks: range) -> bool:
    section("(c) Onboarding / setup confusion fading after week 4")
    truth = demo.truth_weeks("onboarding_confusion")
    found, files = _insight_weeks(demo, "pain_point", "onboarding")
    truth_files = {f for f, r in demo.truth.items() if r["onboarding_confusion"] == "1"}
    utts = _customer_utterances(demo)
    said = Counter(
        demo.week_of_call(c) for c, _, t in utts if has_any(t, ("setup", "set up")) and "confus" in t.lower()
    )
    print("  week                              " + " ".join(f"{w:>6}" for w in weeks))
    weekly_line("truth: calls with the confusion", truth, weeks)
    weekly_line("utterances 'setup'+'confus'", said, weeks)
    weekly_line("insights pain_point:onboarding", found, weeks)
    print(
        f"  pain_point:onboarding found in {len(truth_files & files)}/{len(truth_files)} calls (+{len(files - truth_files)} other)"
    )
    topic, label, held, total = _topic_of_terms(demo, ("setup", "set up"))
    topic_flags: dict[int, tuple[str, float, float, float]] = {}
    if topic is not None:
        print(f"  topic holding most 'setup' utterances: {topic} '{label}' ({held}/{total})")
        weekly_line("that topic per week (n/share)", _topic_weekly(demo, topic), weeks)
        topic_flags = demo.drift("topic", topic)
        print_drift(f"topic {topic}", topic_flags)
    cat_flags = demo.drift("category", "pain_point:onboarding")
    print_drift("pain_point:onboarding", cat_flags)
    late = range(5, weeks.stop)
    early = sum(found[w] for w in range(1, 5))
    later = sum(found[w] for w in late)
    hits = _flagged(topic_flags, ("fading",), late) + _flagged(cat_flags, ("fading",), late)
    visible = early > 0 and later / len(late) < early / 4
    why = f"insights {early} in weeks 1-4 vs {later} in weeks 5-9"
    why += f"; flagged fading in week(s) {sorted(set(hits))}" if hits else "; never flagged fading by v_drift"
    return verdict(visible and bool(hits), "onboarding fading", why)


def competitors_section(demo: Demo, weeks: range) -> None:
    section("Competitor mentions by week (customer side) vs truth")
    truth: dict[str, Counter[int]] = defaultdict(Counter)
    for r in demo.truth.values():
        for name in filter(None, r["competitors"].split(";")):
            truth[name.strip()][int(r["week"])] += 1
    found: dict[str, Counter[int]] = defaultdict(Counter)
    if table_exists(demo.con, "insights"):
        for call_id, cat in demo.con.execute(
            "SELECT DISTINCT call_id, category FROM v_insights WHERE kind = 'competitor' AND role <> 'agent'"
        ).fetchall():
            found[cat][demo.week_of_call(call_id)] += 1
    print("  calls per week                    " + " ".join(f"{w:>6}" for w in weeks))
    for name in sorted(set(truth) | set(found)):
        weekly_line(f"truth {name}", truth[name], weeks)
        weekly_line(f"found {name}", found[name], weeks)


def personas_section(demo: Demo) -> tuple[bool, bool]:
    section("Personas")
    if not table_exists(demo.con, "call_personas"):
        print("  no call_personas table: personas stage did not run")
        return False, False
    mapped = {
        demo.file_of.get(r[0], ""): (r[1], r[2])
        for r in demo.con.execute("SELECT call_id, persona_id, method FROM v_call_personas").fetchall()
    }
    confusion: Counter[tuple[str, str]] = Counter()
    right = unassigned = hinted_right = hinted = missing = 0
    for name, row in demo.truth.items():
        if name not in mapped:  # not stored (failed ingest) or not mapped yet: counted apart
            missing += 1
            continue
        got = mapped[name][0] or "unassigned"
        confusion[(row["persona_truth"], got)] += 1
        right += got == row["persona_truth"]
        unassigned += got == "unassigned"
        if row["persona_hint"]:
            hinted += 1
            hinted_right += got == row["persona_truth"]
    n = len(demo.truth) - missing
    assigned = n - unassigned
    unhinted = n - hinted
    print(f"  mapped {n}/{len(demo.truth)} calls ({missing} without a v_call_personas row)")
    print(
        f"  accuracy {pct(right / max(n, 1))}; hinted {hinted_right}/{hinted}; "
        f"from speech {right - hinted_right}/{unhinted} ({pct((right - hinted_right) / max(unhinted, 1)).strip()})"
    )
    print(
        f"  unassigned {unassigned}/{n} ({pct(unassigned / max(n, 1)).strip()}); "
        f"accuracy of assigned {pct(right / max(assigned, 1))}"
    )
    for (t, g), c in sorted(confusion.items()):
        if t != g:
            print(f"    truth {t:18} -> {g:18} x{c}")
    statuses = demo.con.execute(
        "SELECT persona_id, concern, status, count(*) FROM v_persona_drift GROUP BY ALL ORDER BY 1, 2"
    ).fetchall()
    slack_new = sorted({p for p, c, s, _ in statuses if s == "new" and has_any(c, ("slack", "integration", "sync"))})
    slack_personas = sorted({r["persona_truth"] for r in demo.truth.values() if r["slack_integration"] == "1"})
    print(f"  personas whose callers raise Slack (truth): {', '.join(slack_personas)}")
    print(f"  v_persona_drift 'new' concern about Slack/integration for: {', '.join(slack_new) or 'none'}")
    for p, c, s, k in statuses:
        if s == "new":
            print(f"    new: {p}: {c[:90]} ({k} period(s))")
    stale_found = {}
    for persona, terms in STALE_CONCERNS.items():
        rows = [(c, s) for p, c, s, _ in statuses if p == persona and has_any(c, terms)]
        stale_found[persona] = sorted({s for _, s in rows})
        print(f"  stale concern of {persona:17}: {', '.join(stale_found[persona]) or 'not in v_persona_drift'}")
    ok_new = bool(set(slack_new) & set(slack_personas))
    ok_stale = all("documented-not-heard" in s and "documented-and-heard" not in s for s in stale_found.values())
    return ok_new, ok_stale


def report_section(report_dir: Path | None) -> tuple[bool, bool] | None:
    if report_dir is None:
        return None
    section(f"Report ({report_dir})")
    summary = report_dir / "summary.md"
    if not summary.exists():
        print(f"  {summary} missing")
        return False, False
    text = summary.read_text()
    html = report_dir / "index.html"
    print(f"  summary.md {len(text)} chars; index.html {html.stat().st_size if html.exists() else 0} bytes")
    head = "\n".join(text.splitlines()[:40]).lower()
    return "slack" in head, "hubspot" in head


# ---------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=REPO / "callinsight.duckdb", help="the demo's DuckDB file")
    parser.add_argument("--truth", type=Path, default=REPO / "recordings/samples/ground_truth.csv")
    parser.add_argument(
        "--report",
        type=Path,
        default=None,
        help="report folder holding summary.md (default: reports/week next to the database)",
    )
    args = parser.parse_args()
    import duckdb

    if not args.db.exists():
        sys.exit(f"{args.db}: no such database (run `make demo` first)")
    truth = load_truth(args.truth)
    scripts = load_scripts(args.truth.parent / "reference_scripts.jsonl")
    con = duckdb.connect(str(args.db), read_only=True)
    demo = Demo(con, truth)
    weeks = range(1, max(int(r["week"]) for r in truth.values()) + 1)
    print(f"demo scorecard: {args.db} vs {args.truth}")

    calls_section(demo)
    transcription_section(demo, scripts)
    roles_section(demo, scripts)
    redaction_section(demo, scripts)
    results = {
        "(a) Slack integration growing": slack_section(demo, weeks),
        "(b) HubSpot new from week 5": hubspot_section(demo, weeks),
        "(c) onboarding confusion fading": onboarding_section(demo, weeks),
    }
    competitors_section(demo, weeks)
    new_ok, stale_ok = personas_section(demo)
    results["personas: Slack heard as a new concern"] = new_ok
    results["personas: stale documented concerns not heard"] = stale_ok
    report_dir = args.report or args.db.parent / "reports" / "week"
    said = report_section(report_dir if report_dir.exists() else None)
    if said is not None:
        results["report summary names Slack (first 40 lines)"] = said[0]
        results["report summary names HubSpot (first 40 lines)"] = said[1]

    section("Planted changes and checks")
    for name, ok in results.items():
        print(f"  {'PASS' if ok else 'MISS'}  {name}")
    misses = sum(not ok for ok in results.values())
    print(f"\n{len(results) - misses}/{len(results)} PASS")
    return misses


if __name__ == "__main__":
    sys.exit(main())
