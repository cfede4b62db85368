"""A long documented concern reads as a short phrase in the report, its sentence one click away."""

from __future__ import annotations

from callinsight.report.html import _findings, mini_markdown
from callinsight.report.model import PersonaFinding

LONG = "Drivers cannot see any of the changes to their orders until they phone the dispatcher again."


def test_proposal_details_become_html_details_with_escaped_content() -> None:
    html = mini_markdown("- <details><summary>Drivers cannot see <b>changes</b>…</summary>" + LONG + "</details>: 2 of 4 calls")
    assert '<details class="concern"><summary>Drivers cannot see &lt;b&gt;changes&lt;/b&gt;…</summary>' in html
    assert LONG in html and html.count("<details") == 1


def test_findings_show_a_short_phrase_with_the_sentence_as_tooltip() -> None:
    html = _findings("The document claims, nobody says any more", [PersonaFinding(LONG, None, 0)], "none", counts=False)
    assert f'title="{LONG}"' in html
    assert ">Drivers cannot see any of the changes to their…</span>" in html
    assert ">Slow map<" in _findings("t", [PersonaFinding("Slow map", None, 0)], "none")
