"""Generate the bundled sample recordings in recordings/samples/ (deterministic, seeded).

    .venv/bin/python scripts/generate_samples.py            # rewrite recordings/samples/
    .venv/bin/python scripts/generate_samples.py --out DIR  # somewhere else (e.g. to diff a change)

What it writes (two to three minutes on a 2-core machine; needs espeak-ng and ffmpeg with libopus/libmp3lame):
- 39 calls between Monday 2026-09-07 and Friday 2026-11-06 (9 ISO weeks) for "Northwind", a
  helpdesk SaaS company: sales (discovery, demo follow-up, pricing, renewal) and support (billing,
  onboarding, integration, reporting, cancellation). Stereo Ogg/Opus, agent on channel 0 and customer
  on channel 1, each party an espeak-ng voice; one call is a mono mixed-down MP3 (the mono path).
- ``<file>.json`` sidecar per call: started_at, direction, kind, agent, account, tags, a persona hint
  on about a third of the calls, and one key callinsight does not know (crm_opportunity_id / ticket_ref).
- ``ground_truth.csv``: per call, the week, kind, persona and which planted concerns it carries.
- ``reference_scripts.jsonl``: the exact words and timing of every turn (for WER / redaction checks).

Planted changes over the weeks (scheduled in scripts/samples/plan.py, worded in content.py):
(a) Slack integration complaints grow, (b) HubSpot starts appearing in sales calls in week 5,
(c) onboarding / setup confusion fades after week 4. See recordings/samples/README.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from samples import audio
from samples.content import CHURN_LINES, FEATURE_REQUESTS, CallPlan, build_script
from samples.plan import agent_full_name, build_plans, week_start

SEED = 20260907
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "recordings" / "samples"
COMPETITORS = {"HubSpot": r"\bhubspot\b", "Salesforce": r"\bsalesforce\b", "Zendesk": r"\bzendesk\b"}
# Hints written the way CRMs hold them: mostly the persona id, on every fourth hinted call the display name.
PERSONA_NAMES = {
    "it-director": "IT Director",
    "support-team-lead": "Support Team Lead",
    "startup-founder": "Startup Founder",
    "bargain-hunter": "Bargain Hunter",
    "ops-manager": "Operations Manager",
}
GROUND_TRUTH_FIELDS = [
    "file", "call_number", "week", "week_start", "iso_week", "started_at", "kind", "direction", "call_type",
    "agent", "account", "persona_truth", "persona_hint", "channels", "slack_integration", "hubspot",
    "onboarding_confusion", "price_objection", "churn_signal", "feature_request", "competitors", "pii",
    "turns", "overlaps", "duration_s", "agent_voice", "customer_voice",
]


def file_name(started: datetime, number: int, mono: bool) -> str:
    return f"{started.strftime('%Y-%m-%dT%H-%M-%S')}_call-{number:03d}.{'mp3' if mono else 'ogg'}"


def persona_hint(plan: CallPlan, rng: random.Random) -> str | None:
    if plan.number % 3 != 1:  # about a third of the calls
        return None
    return PERSONA_NAMES[plan.persona] if plan.number % 12 == 1 else plan.persona


def sidecar(plan: CallPlan, started: datetime, hint: str | None) -> dict[str, Any]:
    tags = [plan.call_type.replace("_", "-")]
    if plan.kind == "support" and plan.week >= 7 and plan.slack:
        tags.append("escalated")
    data: dict[str, object] = {
        "started_at": started.isoformat(),
        "direction": plan.direction,
        "kind": plan.kind,
        "agent": agent_full_name(plan.agent_first),
        "account": plan.account,
        "tags": tags,
    }
    if hint:
        data["persona"] = hint
    # A key callinsight does not know: it must be kept (in extra), not dropped or rejected.
    if plan.kind == "sales":
        data["crm_opportunity_id"] = f"OPP-{26000 + plan.number * 37}"
    else:
        data["ticket_ref"] = f"NW-{48000 + plan.number * 113}"
    return data


def truth_row(plan: CallPlan, name: str, started: datetime, hint: str | None, mono: bool,
              placed: list[audio.PlacedTurn], duration: float, voices: tuple[audio.Voice, audio.Voice]) -> dict[str, Any]:
    customer_text = " ".join(t.text for t in placed if t.role == "customer")
    low = customer_text.lower()
    competitors = [competitor for competitor, pattern in COMPETITORS.items() if re.search(pattern, low)]
    churn = plan.churn or any(line in customer_text for line in CHURN_LINES) or "switching" in low
    return {
        "file": name, "call_number": plan.number, "week": plan.week, "week_start": week_start(plan.week).isoformat(),
        "iso_week": f"{started.isocalendar().year}-W{started.isocalendar().week:02d}",
        "started_at": started.isoformat(), "kind": plan.kind, "direction": plan.direction,
        "call_type": plan.call_type, "agent": agent_full_name(plan.agent_first), "account": plan.account,
        "persona_truth": plan.persona, "persona_hint": hint or "", "channels": 1 if mono else 2,
        "slack_integration": int("slack integration" in low), "hubspot": int("HubSpot" in competitors),
        "onboarding_confusion": int(plan.onboarding), "price_objection": int(plan.price_objection),
        "churn_signal": int(churn), "feature_request": int(any(f in customer_text for f in FEATURE_REQUESTS)),
        "competitors": ";".join(competitors), "pii": int(plan.pii), "turns": len(placed),
        "overlaps": sum(t.overlap for t in placed), "duration_s": round(duration, 2),
        "agent_voice": f"{voices[0].name} s{voices[0].speed} p{voices[0].pitch}",
        "customer_voice": f"{voices[1].name} s{voices[1].speed} p{voices[1].pitch}",
    }


def generate(out: Path, seed: int = SEED) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*_call-*.ogg*"), *out.glob("*_call-*.mp3*")]:
        old.unlink()  # a changed schedule must not leave stale calls behind
    rows, references = [], []
    for started, plan, mono in build_plans(seed):
        rng = random.Random(f"{seed}-audio-{plan.number}")
        turns = build_script(plan)
        voices = audio.pick_voices(rng)
        stereo, placed = audio.mix_call(turns, *voices, rng)
        name = file_name(started, plan.number, mono)
        if mono:
            audio.encode_mono_mp3(stereo, out / name)
        else:
            audio.encode_stereo_opus(stereo, out / name)
        hint = persona_hint(plan, rng)
        (out / f"{name}.json").write_text(json.dumps(sidecar(plan, started, hint), indent=2) + "\n")
        duration = len(stereo) / audio.SYNTH_RATE
        rows.append(truth_row(plan, name, started, hint, mono, placed, duration, voices))
        references.append({"file": name, "turns": [
            {"role": t.role, "channel": None if mono else (0 if t.role == "agent" else 1),
             "start_s": t.start_s, "end_s": t.end_s, "text": t.text} for t in placed]})
        print(f"{name}  {plan.kind:<7} {plan.call_type:<15} week {plan.week}  {duration:5.1f} s  {len(placed)} turns")
    with (out / "ground_truth.csv").open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=GROUND_TRUTH_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with (out / "reference_scripts.jsonl").open("w") as f:
        for ref in references:
            f.write(json.dumps(ref) + "\n")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: recordings/samples)")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed (default: %(default)s)")
    args = parser.parse_args()
    rows = generate(args.out, args.seed)
    audio_bytes = sum((args.out / r["file"]).stat().st_size for r in rows)
    minutes = sum(float(r["duration_s"]) for r in rows) / 60
    weeks = sorted({r["week"] for r in rows})
    print(f"\n{len(rows)} calls over {len(weeks)} weeks, {minutes:.1f} min of audio, {audio_bytes / 1e6:.2f} MB of audio")
    for week in weeks:
        w = [r for r in rows if r["week"] == week]
        sup = [r for r in w if r["kind"] == "support"]
        sal = [r for r in w if r["kind"] == "sales"]
        print(f"week {week}: slack {sum(r['slack_integration'] for r in sup)}/{len(sup)} support, "
              f"hubspot {sum(r['hubspot'] for r in sal)}/{len(sal)} sales, "
              f"onboarding {sum(r['onboarding_confusion'] for r in w)}/{len(w)} calls, "
              f"price {sum(r['price_objection'] for r in w)}")


if __name__ == "__main__":
    main()
