"""Numbers read out in Korean: Sino-Korean digit syllables ("공일공 일이삼사 오육칠팔" = 010 1234 5678).

Speech recognition writes a read-out phone, card or resident number as numerals (``010-1234-5678``,
handled by ``numbers.py`` like any written number) or as the digit syllables 공/영 0, 일 1, 이 2, 삼 3,
사 4, 오 5, 육/륙 6, 칠 7, 팔 8, 구 9. This module finds runs of those syllables: groups separated by
spaces, hyphens or the particle 에 ("공일공에 삼삼삼삼에 칠칠칠칠"), ending at the first other word.
A particle glued to the last group is not part of the number; a final 이 before a copula ending
("오육칠팔이에요", "칠칠칠칠이요") is the copula, not the digit 2. Only runs of seven or more digits are
returned: ordinary words made of these syllables ("이사", "오일", "사일") are far shorter.
"""

from __future__ import annotations

import re

from callinsight.redact.numbers import NumberRun

KO_DIGITS = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6",
             "칠": "7", "팔": "8", "구": "9"}  # fmt: skip
_RUN = re.compile("[" + "".join(KO_DIGITS) + "]+")
_COPULA_ENDINGS = ("에요", "예요", "요", "고", "다", "며", "라", "면", "야", "지", "였", "었", "니")
_JOIN = re.compile(r"^(?:에)?[ \t]*-?[ \t]*$")


def find_korean_digit_runs(text: str) -> list[NumberRun]:
    runs: list[NumberRun] = []
    pos = 0
    while (m := _RUN.search(text, pos)) is not None:
        if m.start() > 0 and _hangul(text[m.start() - 1]):
            pos = m.end()  # inside a word ("분석이", "계약일"): not the start of a number
            continue
        groups: list[tuple[int, int]] = []
        cur = m
        while True:
            start, end = cur.start(), cur.end()
            after = text[end:]
            glued = re.match(r"[가-힣]+", after)
            if glued and end - start > 1 and text[end - 1] == "이" and glued.group().startswith(_COPULA_ENDINGS):
                end -= 1  # "오육칠팔이에요": 이 is the copula
            groups.append((start, end))
            if glued and glued.group() != "에":
                break  # a particle or ending: the number is over
            nxt = _RUN.search(text, cur.end())
            if nxt is None or not _JOIN.match(text[cur.end() : nxt.start()]) or nxt.start() == cur.end():
                break
            cur = nxt
        digits = "".join(KO_DIGITS[ch] for a, b in groups for ch in text[a:b])
        if len(digits) >= 7:
            runs.append(
                NumberRun(
                    start=groups[0][0],
                    end=groups[-1][1],
                    digits=digits,
                    groups=tuple(b - a for a, b in groups),
                    joiners=tuple(text[groups[k][1] : groups[k + 1][0]] for k in range(len(groups) - 1)),
                    plus=False,
                    spoken=True,
                    group_spans=tuple(groups),
                )
            )
        pos = groups[-1][1] if groups[-1][1] > m.start() else m.end()
        pos = max(pos, cur.end())
    return runs


def _hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"
