"""Plain words for the report: plurals, subject names a marketer can forward, p-values for readers."""

from __future__ import annotations

from callinsight.report.i18n import category_name, kind_name, t


def plural(n: int, word: str) -> str:
    """"1 call", "3 calls"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def what_words(kind: str, category: str) -> str:
    """Plain words for an insight category: "price objections", "mentions of HubSpot", "feature requests"
    (Korean: "‘가격 / 예산’ 구매 장벽", "HubSpot 언급", "기능 요청")."""
    if kind == "competitor":
        return t("what.competitor", name=category)
    kind_words = kind_name(kind)
    words = category.replace("_", " ").strip().lower()
    if not words or words in (kind.replace("_", " "), kind_words):  # e.g. feature_request:feature_request
        return t("what.kind", kind=kind_words)
    return t("what.category", category=category_name(category), kind=kind_words)


def p_equals(p: float) -> str:
    """"= 0.04", "< 0.001": a p-value after the letter p in a sentence."""
    return "< 0.001" if p < 0.001 else f"= {p:.3f}" if p < 0.01 else f"= {p:.2f}"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def p_suffix(p: float | None) -> str:
    """", p=0.04" to append to a figure; "" without a p-value."""
    if p is None:
        return ""
    return ", p<0.001" if p < 0.001 else f", p={p:.3f}" if p < 0.01 else f", p={p:.2f}"
