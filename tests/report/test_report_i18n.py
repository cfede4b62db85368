"""The report's message catalogue: every English key has a Korean entry with the same placeholders."""

from __future__ import annotations

import string

from callinsight.report.i18n import CATALOGUE, EN, KO, LANGUAGES, tr


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_english_key_has_a_korean_entry_with_the_same_placeholders() -> None:
    assert set(LANGUAGES) == set(CATALOGUE)
    missing = sorted(set(EN) - set(KO))
    assert not missing, f"Korean entries missing: {missing}"
    assert not sorted(set(KO) - set(EN)), "Korean keys English does not have"
    for key, english in EN.items():
        assert _fields(KO[key]) == _fields(english), key
        assert KO[key].strip(), key


def test_korean_entries_are_korean_where_english_has_words() -> None:
    untranslated = [k for k, v in KO.items() if v == EN[k] and any(c.isalpha() for c in v)]
    assert not untranslated


def test_tr_formats_and_falls_back_to_english() -> None:
    assert tr("ko", "section.changes") == "달라진 점"
    assert tr("ko-KR", "unit.calls", n=3) == "통화 3건"
    assert tr("en", "unit.calls", n=3) == "3 calls"
    assert tr("fr", "section.changes") == "What changed"
    assert tr(None, "quote.where", call_id="c1", timestamp="01:02") == "call c1 at 01:02"


def test_report_config_accepts_en_and_ko_only() -> None:
    import pytest

    from callinsight.errors import ConfigError
    from callinsight.report.config import ReportConfig

    assert ReportConfig(language="ko").language == "ko"
    with pytest.raises(ConfigError, match="language"):
        ReportConfig(language="kr")


def test_korean_report_has_korean_headings_and_labels_and_keeps_numbers(populated: object) -> None:
    import dataclasses
    import re

    from callinsight.report.build import build_report

    english = build_report(populated, "week")
    en_html = english.html.read_text(encoding="utf-8")
    populated.report = dataclasses.replace(populated.report, language="ko")  # type: ignore[attr-defined]
    korean = build_report(populated, "week")
    html = korean.html.read_text(encoding="utf-8")
    md = korean.markdown.read_text(encoding="utf-8")
    for key in ("section.changes", "section.pains", "section.personas", "section.quality"):
        assert f"<h2>{KO[key]}</h2>" in html and f"## {KO[key]}" in md
        assert f"<h2>{EN[key]}</h2>" not in html
    assert '<html lang="ko">' in html and KO["quality.calls_total"] in html
    # numbers are the same figures in both languages
    assert re.findall(r'<td class="num">([^<]+)<', html) == re.findall(r'<td class="num">([^<]+)<', en_html)
