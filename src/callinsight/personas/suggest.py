"""``callinsight personas suggest``: a Markdown proposal per persona, and with ``--write`` a new
versioned persona file beside the original (never over it).

Everything comes from the stored comparison (``persona_drift``, ``persona_evidence``,
``persona_findings``): additions are concerns customers voice that the document lacks, retirements are
documented concerns no call voiced, emphasis compares the earlier and the later half of the periods
with the shared drift statistics.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callinsight.drift import drift_flags
from callinsight.errors import CallinsightError
from callinsight.personas.importer import file_version
from callinsight.personas.model import SECTION_SYNONYMS, STATED_HEADING, PersonaDoc
from callinsight.personas.store import StoredPersona, load_personas, retired_ids
from callinsight.phrasing import is_shortened, short_phrase
from callinsight.report.i18n import kind_name, t, tr, use_language
from callinsight.store.db import open_store

if TYPE_CHECKING:
    import duckdb

    from callinsight.personas.config import PersonasSettings

MIN_CALLS_TO_ADD = 2  # a concern voiced in one call is an anecdote, not a persona trait


@dataclass
class ConcernSummary:
    concern: str
    documented: bool
    kind: str
    calls: int
    persona_calls: int
    evidence_count: int
    trend: str = "stable"  # growing / fading / stable / insufficient, later half against earlier half
    quotes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.calls / self.persona_calls if self.persona_calls else 0.0


@dataclass
class Proposal:
    persona: StoredPersona
    persona_calls: int
    periods: list[date]
    add: list[ConcernSummary]
    retire: list[ConcernSummary]
    heard: list[ConcernSummary]  # documented and heard, by share
    findings: list[SetFinding]
    path: Path | None = None
    written: Path | None = None
    min_calls_to_retire: int = 0  # below this many calls, an unheard concern is no evidence for retiring it
    language: str = "en"  # the report's language: the proposal is read beside the report


@dataclass
class SetFinding:
    """A finding about the persona set that involves this persona, as the proposal shows it."""

    kind: str  # overlap / negative_match
    summary: str  # as stored, in English: shown when ``values`` is empty (a store written before they were kept)
    values: dict[str, Any] = field(default_factory=dict)  # the sentence's parts, for the proposal's language


def suggest(config: PersonasSettings, *, write: bool = False) -> list[Proposal]:
    """Write one proposal per persona to ``reports/personas/<persona_id>.md``; optionally new persona files."""
    with open_store(config.database_path) as con:
        return write_proposals(con, config, write=write)


def write_proposals(con: duckdb.DuckDBPyConnection, config: PersonasSettings, *, write: bool = False) -> list[Proposal]:
    """The proposals from an open store: ``personas suggest`` and, after every mapping, the personas stage."""
    personas = load_personas(con)
    proposals = [build_proposal(con, p, config) for p in personas]
    out_dir = config.reports_dir / "personas"
    out_dir.mkdir(parents=True, exist_ok=True)
    multi = _personas_per_source(personas)
    for proposal in proposals:
        proposal.path = out_dir / f"{proposal.persona.persona_id}.md"
        if write and (proposal.add or proposal.retire):
            proposal.written = write_new_version(proposal, shared_source=multi[proposal.persona.source] > 1)
        proposal.path.write_text(render_proposal(proposal), encoding="utf-8")
    for persona_id in retired_ids(con):  # a stale proposal for a persona no document defines would still be read
        (out_dir / f"{persona_id}.md").unlink(missing_ok=True)
    return proposals


def build_proposal(con: duckdb.DuckDBPyConnection, persona: StoredPersona, config: PersonasSettings) -> Proposal:
    rows = con.execute(
        """SELECT period, concern, documented, concern_kind, calls, period_calls, evidence_count
           FROM persona_drift WHERE persona_id = ? ORDER BY period""",
        [persona.persona_id],
    ).fetchall()
    period_calls: dict[date, int] = {}
    summaries: dict[str, ConcernSummary] = {}
    per_period: dict[tuple[date, str], int] = {}
    for period, concern, documented, kind, calls, n, evidence in rows:
        period_calls[period] = int(n)
        s = summaries.setdefault(concern, ConcernSummary(concern, bool(documented), kind or "", 0, 0, 0))
        s.calls += int(calls)
        s.evidence_count += int(evidence)
        per_period[(period, concern)] = int(calls)
    total = sum(period_calls.values())
    periods = sorted(period_calls)
    trends = _half_trends(periods, period_calls, per_period, config)
    for s in summaries.values():
        s.persona_calls = total
        s.trend = trends.get(s.concern, "insufficient")
        s.quotes = _quotes(con, persona.persona_id, s.concern, config.personas.quotes_per_concern)
    for _, c in persona.concerns:  # documented concerns of personas without calls still show up
        summaries.setdefault(c.text, ConcernSummary(c.text, True, c.kind, 0, total, 0))
    add = sorted((s for s in summaries.values() if not s.documented and s.calls >= MIN_CALLS_TO_ADD), key=lambda s: -s.share)
    retire = [s for s in summaries.values() if s.documented and s.calls == 0 and total >= config.personas.missing_min_calls]
    heard = sorted((s for s in summaries.values() if s.documented and s.calls > 0), key=lambda s: -s.share)
    rows = con.execute(
        "SELECT kind, personas, score, summary, evidence FROM persona_findings WHERE list_contains(personas, ?) ORDER BY kind",
        [persona.persona_id],
    ).fetchall()
    names = dict(con.execute("SELECT persona_id, arg_max(name, version) FROM personas WHERE persona_id IN (SELECT unnest(?)) "
                             "GROUP BY persona_id", [sorted({i for row in rows for i in row[1]})]).fetchall()) if rows else {}
    findings = [_set_finding(kind, ids, score, summary, json.loads(evidence) if isinstance(evidence, str) else evidence, names)
                for kind, ids, score, summary, evidence in rows]
    return Proposal(persona, total, periods, add, retire, heard, findings, min_calls_to_retire=config.personas.missing_min_calls,
                    language=report_language(config))


def report_language(config: PersonasSettings) -> str:
    """``[report] language``: the proposals are linked from the weekly report and read in its language."""
    return str(getattr(getattr(config, "report", None), "language", "en"))


def _half_trends(periods: list[date], totals: dict[date, int], counts: dict[tuple[date, str], int], config: PersonasSettings) -> dict[str, str]:
    """Each concern's verdict in the latest period, from the shared drift test (the same as persona drift's)."""
    if len(periods) < 2:
        return {}
    latest = max(periods)
    flags = drift_flags(counts, totals, config.topics.drift_settings())
    return {str(f.subject): ("growing" if f.status == "new" else f.status) for f in flags if f.week == latest}


def _quotes(con: duckdb.DuckDBPyConnection, persona_id: str, concern: str, limit: int) -> list[dict[str, Any]]:
    rows = con.execute(
        """SELECT call_id, quote, start_s, period FROM persona_evidence WHERE persona_id = ? AND concern = ?
           ORDER BY similarity DESC, period DESC LIMIT ?""",
        [persona_id, concern, limit],
    ).fetchall()
    return [{"call_id": r[0], "quote": r[1], "start_s": r[2], "period": r[3]} for r in rows]


def _personas_per_source(personas: list[StoredPersona]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in personas:
        counts[p.source] = counts.get(p.source, 0) + 1
    return counts


# ---------------------------------------------------------------- rendering


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"


def _quote_lines(s: ConcernSummary, seen: set[str], limit: int | None = None) -> list[str]:
    """The concern's quotes not shown yet in this section (one utterance can voice two concerns)."""
    out = []
    for q in s.quotes:
        key = " ".join(str(q["quote"]).lower().split())
        if key in seen:
            continue
        seen.add(key)
        out.append(t("proposal.quote", quote=q["quote"], call_id=q["call_id"], clock=_clock(q["start_s"]), period=q["period"]))
        if limit is not None and len(out) >= limit:
            break
    return out


def _set_finding(kind: str, ids: list[str], score: float, summary: str, evidence: dict[str, Any], names: dict[str, str]) -> SetFinding:
    counts = evidence.get("call_counts") or {}
    if kind == "overlap" and len(ids) == 2 and all(i in counts and i in names for i in ids):
        a, b = ids
        return SetFinding(kind, summary, {"a": names[a], "b": names[b], "similarity": f"{score:.2f}",
                                          "calls_a": counts[a], "calls_b": counts[b]})
    if kind == "negative_match" and ids and ids[0] in names:
        return SetFinding(kind, summary, {"calls": int(score), "name": names[ids[0]]})
    return SetFinding(kind, summary)


def _finding_line(f: SetFinding) -> str:
    if f.values:
        return t(f"proposal.finding.{f.kind}", **f.values)
    return f"- {f.kind.replace('_', ' ')}: {f.summary}"


def _concern(text: str, *, bold: bool = False) -> str:
    """A documented concern as a short phrase; the full sentence one click away (``<details>``)."""
    short = short_phrase(text)
    shown = f"**{short}**" if bold else short
    if not is_shortened(text):
        return shown
    return f"<details><summary>{shown}</summary>{' '.join(text.split())}</details>"


def render_proposal(p: Proposal) -> str:
    """The proposal in the report's language (``Proposal.language``)."""
    with use_language(p.language):
        return _render_proposal(p)


def _render_proposal(p: Proposal) -> str:
    persona = p.persona
    span = t("proposal.span", first=p.periods[0], last=p.periods[-1]) if p.periods else t("proposal.no_span")
    lines = [
        t("proposal.title", name=persona.name),
        "",
        t("proposal.about", persona_id=persona.persona_id, version=persona.version, source=persona.source,
          negative=t("proposal.negative") if persona.is_negative else ""),
        t("proposal.evidence", calls=p.persona_calls, span=span),
        "",
        t("proposal.add.heading"),
        "",
    ]
    if not p.add:
        lines.append(t("proposal.add.none", min_calls=MIN_CALLS_TO_ADD))
    seen: set[str] = set()
    for s in p.add:
        lines.append(t("proposal.add.item", concern=s.concern, kind=kind_name(s.kind), calls=s.calls, total=s.persona_calls,
                       share=f"{s.share:.0%}", quotes=s.evidence_count, trend=t(f"status.{s.trend}")))
        lines.extend(_quote_lines(s, seen))
    lines += ["", t("proposal.retire.heading"), ""]
    if not p.retire:
        if not p.persona_calls:
            lines.append(t("proposal.retire.no_calls"))
        elif p.persona_calls < p.min_calls_to_retire:
            lines.append(t("proposal.retire.too_few", calls=p.persona_calls, min_calls=p.min_calls_to_retire))
        else:
            lines.append(t("proposal.retire.none"))
    for s in p.retire:
        lines.append(t("proposal.retire.item", concern=_concern(s.concern), kind=kind_name(s.kind), total=s.persona_calls))
    lines += ["", t("proposal.heard.heading"), ""]
    if not p.heard:
        lines.append(t("proposal.heard.none"))
    seen = set()
    for s in p.heard:
        change = t(f"proposal.heard.{s.trend}") if s.trend in ("growing", "fading") else ""
        lines.append(t("proposal.heard.item", concern=_concern(s.concern), calls=s.calls, total=s.persona_calls,
                       share=f"{s.share:.0%}", change=change))
        lines.extend(_quote_lines(s, seen, limit=1))
    if p.findings:
        lines += ["", t("proposal.findings.heading"), ""]
        lines.extend(_finding_line(f) for f in p.findings)
    if p.written:
        lines += ["", t("proposal.written", path=p.written)]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the new persona file

_ADD_TO = {"objection": "objections"}  # other kinds (pain points, churn signals, requests) go to pain points


def new_version_path(source: Path, persona_id: str, version: int, *, shared_source: bool) -> Path:
    """``olivia.md`` -> ``olivia.v2.md`` (``handbook.it-ian.v2.md`` for a page of several personas)."""
    stem = re.sub(r"\.v\d+$", "", source.stem)
    if shared_source and not stem.endswith(f".{persona_id}"):
        stem = f"{stem}.{persona_id}"
    n = max(version + 1, file_version(source) + 1)
    path = source.with_name(f"{stem}.v{n}.md")
    while path.exists():  # never overwrite, not even an earlier proposal
        n += 1
        path = source.with_name(f"{stem}.v{n}.md")
    return path


def write_new_version(p: Proposal, *, shared_source: bool) -> Path:
    source = Path(p.persona.source)
    if not source.parent.is_dir():
        raise CallinsightError(f"cannot write a new version of {p.persona.name}: folder {source.parent} is gone")
    path = new_version_path(source, p.persona.persona_id, p.persona.version, shared_source=shared_source)
    path.write_text(render_persona(p, path), encoding="utf-8")
    return path


def render_persona(p: Proposal, path: Path) -> str:
    doc: PersonaDoc = p.persona.doc
    retired = {s.concern for s in p.retire}
    front: dict[str, Any] = {"id": doc.persona_id, "name": doc.name}
    if doc.is_negative:
        front["negative"] = True
    front.update({k: v for k, v in doc.attributes.items() if k not in front})
    front["supersedes"] = Path(p.persona.source).name
    front["generated_by"] = f"callinsight personas suggest --write, {datetime.now(UTC).date()}, from {p.persona_calls} calls"
    lines = ["---", *_yaml_lines(front), "---", "", f"# {doc.name}", ""]
    sections = {k: [i for i in v if i not in retired] for k, v in doc.sections.items()}
    added: dict[str, list[ConcernSummary]] = {}
    for s in p.add:
        added.setdefault(_ADD_TO.get(s.kind, "pain_points"), []).append(s)
    for section in [*SECTION_SYNONYMS]:
        items = sections.get(section, [])
        if not items and section not in added:
            continue
        heading = doc.headings.get(section, STATED_HEADING)
        if heading == STATED_HEADING:  # concerns read from prose have no heading of their own in the document
            heading = SECTION_SYNONYMS[section][0].capitalize()
        lines += [f"## {heading}", ""] if section != "background" else []
        lines += [f"- {i}" for i in items] if section != "background" else [" ".join(items)]
        for s in added.get(section, []):
            lines.append(tr(p.language, "proposal.file.voiced", calls=s.calls, total=s.persona_calls, share=f"{s.share:.0%}"))
            lines.append(f"- {s.concern.capitalize()}")
        lines.append("")
    for title, text in doc.extra_sections.items():
        lines += [f"## {title}", "", text, ""]
    if p.retire:
        lines += [tr(p.language, "proposal.file.retired.heading"), ""]
        lines += [tr(p.language, "proposal.file.retired.item", concern=s.concern, total=s.persona_calls) for s in p.retire]
        lines.append("")
    return "\n".join(lines)


def _yaml_lines(data: dict[str, Any]) -> list[str]:
    import yaml

    text = yaml.safe_dump(json.loads(json.dumps(data, default=str)), sort_keys=False, allow_unicode=True)
    return text.rstrip("\n").splitlines()
