"""The inline SVG charts: well-formed, labelled, escaped, and never drawn empty."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from callinsight.report import charts


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_sparkline_has_one_point_per_value_and_a_title() -> None:
    svg = charts.sparkline([0, 2, 5, 1], title="price: calls per week")
    root = _parse(svg)
    ns = "{http://www.w3.org/2000/svg}"
    line = root.find(f"{ns}polyline") if root.find(f"{ns}polyline") is not None else root.find("polyline")
    assert line is not None and len(line.get("points", "").split()) == 4
    assert root.get("aria-label") == "price: calls per week"
    assert charts.sparkline([], title="x") == ""


def test_line_chart_labels_are_escaped_and_legend_lists_every_series() -> None:
    svg = charts.line_chart(["06 Jan", "13 Jan", "20 Jan"], [("<b>price</b> & plans", [0.1, 0.3, 0.2]), ("onboarding", [0.2, 0.1, 0.0])],
                            title="Share by week")
    root = _parse(svg)  # parses: labels are escaped
    texts = [t.text for t in root.iter() if t.tag.endswith("text")]
    assert "<b>price</b> & plans" in texts and "onboarding" in texts
    assert "40%" in texts  # axis rounded up to a readable maximum
    assert charts.line_chart([], [], title="x") == ""


def test_count_axis_uses_whole_numbers() -> None:
    root = _parse(charts.line_chart(["a", "b"], [("Zendesk", [1.0, 3.0])], title="calls", percent=False))
    axis = [t.text for t in root.iter() if t.tag.endswith("text") and t.get("class") == "axis" and t.get("text-anchor") == "end"]
    assert axis[:5] == ["0", "1", "2", "3", "4"]


def test_bar_chart_long_labels_are_shortened_but_kept_in_the_tooltip() -> None:
    label = "a very long concern name that would overlap the bars"
    root = _parse(charts.bar_chart([(label, 3.0), ("short", 1.0)], title="bars", width=360))
    texts = [t.text or "" for t in root.iter() if t.tag.endswith("text")]
    assert any(t.endswith("…") and len(t) < len(label) for t in texts)
    titles = [t.text or "" for t in root.iter() if t.tag.endswith("title")]
    assert any(label in t for t in titles)
