"""Redact a call's metadata (sidecar, manifest, imported) with the detectors used on transcripts.

Two rules, both skipped for the fields named in ``redaction.keep_fields``:

- every string (also inside lists and nested objects, and numbers written as such) goes through
  ``find_pii``, exactly like an utterance;
- a field whose *name* says what it holds (``customer_name``, ``email``, ``phone``, ``home_address``,
  ``ssn``) is replaced whole by that kind's placeholder: "Maria Lopez" has nothing a text rule could
  recognise, but under ``customer_name`` it is plainly personal.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Any

from callinsight.records import CallMetadata
from callinsight.redact.detect import find_pii

_SPLIT = re.compile(r"[^0-9a-z가-힣]+")
_NAME_TOKENS = frozenset({"name", "firstname", "lastname", "fullname", "surname", "forename", "이름", "성명"})
_NOT_A_PERSON = frozenset({"company", "product", "campaign", "queue", "team", "file", "org", "organisation",
                           "organization", "plan", "user"})  # fmt: skip
_PHONE_TOKENS = frozenset({"phone", "telephone", "tel", "mobile", "cell", "msisdn", "fax", "전화", "전화번호",
                           "휴대폰", "연락처"})  # fmt: skip
_ID_TOKENS = frozenset({"ssn", "nationalid", "주민등록번호", "주민번호", "passport"})


def kind_by_name(key: str) -> str | None:
    """The PII kind a metadata key's name announces, or None."""
    low = key.lower().replace("e-mail", "email")
    tokens = [t for t in _SPLIT.split(low) if t]
    joined = "".join(tokens)
    if "email" in joined or tokens == ["mail"] or "이메일" in joined:
        return "EMAIL"
    if any(t in _PHONE_TOKENS for t in tokens) or joined.endswith(("phone", "phonenumber")):
        return "PHONE"
    if any(t in _ID_TOKENS for t in tokens) or joined in _ID_TOKENS:
        return "NATIONAL_ID"
    if "address" in tokens or "street" in tokens or "주소" in joined:
        return "ADDRESS"
    if (any(t in _NAME_TOKENS for t in tokens) or joined in _NAME_TOKENS) and not any(
        t in _NOT_A_PERSON for t in tokens
    ):
        return "NAME"
    return None


def _value(value: Any, kinds: tuple[str, ...], counts: Counter[str]) -> Any:
    """A redacted copy of one value (strings, numbers, lists and objects; other types as they are)."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        spans = find_pii(value, kinds)
        if not spans:
            return value
        counts.update(s.kind for s in spans)
        out, pos = [], 0
        for s in spans:
            out += [value[pos : s.start], f"[{s.kind}]"]
            pos = s.end
        return "".join([*out, value[pos:]])
    if isinstance(value, (int, float)):
        redacted = _value(str(value), kinds, counts)
        return value if redacted == str(value) else redacted
    if isinstance(value, (list, tuple)):
        return type(value)(_value(v, kinds, counts) for v in value)
    if isinstance(value, dict):
        return {k: _field(str(k), v, kinds, counts, ()) for k, v in value.items()}
    return value


def _field(key: str, value: Any, kinds: tuple[str, ...], counts: Counter[str], keep: tuple[str, ...]) -> Any:
    if key in keep or value is None or value == "" or isinstance(value, bool):
        return value
    named = kind_by_name(key)
    if named is not None and named in kinds and not isinstance(value, (dict, list)):
        counts[named] += 1
        return f"[{named}]"
    return _value(value, kinds, counts)


def redact_metadata(
    meta: CallMetadata, kinds: tuple[str, ...], keep: tuple[str, ...]
) -> tuple[CallMetadata, Counter[str]]:
    """A redacted copy of ``meta`` and the count per kind; fields named in ``keep`` stay as they are."""
    counts: Counter[str] = Counter()
    changes: dict[str, Any] = {}
    for name in ("agent", "account", "persona", "kind", "direction", "language"):
        value = getattr(meta, name)
        if isinstance(value, str):
            new = _field(name, value, kinds, counts, keep)
            if new != value:
                changes[name] = new
    if meta.tags and "tags" not in keep:
        tags = tuple(_value(t, kinds, counts) for t in meta.tags)
        if tags != meta.tags:
            changes["tags"] = tags
    if meta.extra:
        extra = {k: _field(k, v, kinds, counts, keep) for k, v in meta.extra.items()}
        if extra != meta.extra:
            changes["extra"] = extra
    return (dataclasses.replace(meta, **changes) if changes else meta), counts
