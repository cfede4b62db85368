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


def _english_phrases() -> set[str]:
    """The literal words of every English template: what a Korean report must not contain.

    Each template is split at its placeholders; a piece with at least two words of letters is a phrase
    ("in the latest week", "did not flag it"), single words are left out (product and proper names)."""
    import re

    phrases = set()
    for template in EN.values():
        for literal, *_ in string.Formatter().parse(template):
            for piece in re.split(r"[.;:()“”]", literal):
                piece = piece.strip(" ,")
                if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2 and "callinsight" not in piece:
                    phrases.add(piece)
    return phrases


def _visible_text(html_text: str) -> str:
    """What a reader sees in the page, without the quoted customer words (they stay as they were said)."""
    import html
    import re

    body = re.sub(r"<style>.*?</style>", " ", html_text, flags=re.S)
    body = re.sub(r"<mark>.*?</mark>", " ", body, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "\n", body))
    return re.sub(r"“[^”]*”", " ", text)


def _korean_report(config: object) -> tuple[str, str]:
    import dataclasses

    from callinsight.report.build import build_report

    config.report = dataclasses.replace(config.report, language="ko")  # type: ignore[attr-defined]
    paths = build_report(config, "week")
    return _visible_text(paths.html.read_text(encoding="utf-8")), paths.markdown.read_text(encoding="utf-8")


def test_the_english_phrases_are_real_phrases_of_the_english_report(populated: object) -> None:
    """The check below can fail: the English report of the same store is full of these phrases."""
    from callinsight.report.build import build_report

    paths = build_report(populated, "week")
    text = _visible_text(paths.html.read_text(encoding="utf-8")) + paths.markdown.read_text(encoding="utf-8")
    found = {p for p in _english_phrases() if p in text}
    assert {"the latest week", "The drift test does not flag it", "after correcting for the other subjects tested that week"} <= found


def test_korean_report_has_no_english_sentence_from_the_catalogue(populated: object) -> None:
    html_text, md = _korean_report(populated)
    leftover = sorted(p for p in _english_phrases() if p in html_text or p in md)
    assert not leftover, f"English phrases in the Korean report: {leftover}"
    # the data-built sentences are there, in Korean, with their numbers and names as they are
    assert "늘었습니다" in md and "최근 한 주 동안" in md and "지켜볼 만합니다" in md
    assert "(p = 0.002;" in md and "Zendesk: 통화 2건" in md
    # category ids shown by their Korean label (taxonomy.ko.yaml), unknown ids as they are
    assert "가격 / 예산 (구매 장벽)" in md and "price (objection)" not in md and "price (" not in html_text
    assert "export (기능 요청)" in md
    assert "2025년 2월 14일" in md and "Feb" not in md
    assert "고객은 말하지만 문서에는 없는 것: 가격 / 예산" in md  # a persona concern that is a category id


def test_korean_notes_for_a_workspace_without_data(config: object) -> None:
    """The notes of an empty report (no database yet, nothing mined, no personas) are Korean too."""
    html_text, md = _korean_report(config)
    leftover = sorted(p for p in _english_phrases() if p in html_text or p in md)
    assert not leftover, f"English phrases in the Korean report: {leftover}"
    assert "아직 통화가 없습니다" in html_text


def test_korean_subject_words() -> None:
    from callinsight.report.i18n import use_language
    from callinsight.report.text import what_words

    assert what_words("objection", "price") == "price objections"
    assert what_words("competitor", "HubSpot") == "mentions of HubSpot"
    with use_language("ko"):
        assert what_words("objection", "price") == "‘가격 / 예산’ 구매 장벽"
        assert what_words("competitor", "HubSpot") == "HubSpot 언급"
        assert what_words("feature_request", "feature_request") == "기능 요청"
        assert what_words("pain_point", "my_custom") == "‘my custom’ 불만 사항"
