"""Korean personal names and addresses in speech, found by the words that introduce them, as ``names.py`` does
for English.

- ``NAME``: a full name after 이름/성함/명의 when a copula, a particle or the sentence's end follows it ("제 이름은
  김민수이고", "성함이 박서연 님 맞으시죠", not "성함이 어떻게 되세요"), before 라고 after 저는/제가 ("저는
  이하늘이라고 합니다"), after an agent's title ("상담원 최유진입니다"), and before an honorific ("정다은 고객님",
  "한지호 님", "윤서준 씨"). The copula or particle glued to the name is not part of it. A full name is a common
  surname and a two-syllable given name, as most Korean names are; a given name said alone and a two-syllable
  full name ("김훈") are missed, and role nouns of that shape (신청자님, 간호사님) are not names.
- ``ADDRESS``: a road-name address (도로명주소) with the district before it ("서울시 강남구 테헤란로 123",
  "성남시 분당구 판교역로 235번길 12") or a lot-number address ("역삼동 736-1번지"), with the apartment's
  building and unit after it when given ("101동 1203호"), and a building and unit on their own. A road and a
  number without a district ("테헤란로 123") may be a place, not an address, and stays.
"""

from __future__ import annotations

import re

#: 119 common surnames (the most frequent in the 2015 census and the two-syllable ones), the two-syllable ones first;
#: a rare surname is missed.
_SURNAMES = [
    "남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
    "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차",
    "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석",
    "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은",
    "편", "용", "예", "경", "봉", "사", "부", "가", "복", "태", "목", "형", "피", "두", "감", "음", "빈", "동", "온", "호", "범", "좌",
    "팽", "승", "간", "상", "갈", "시", "견", "당", "화", "창"
]
_SURNAME = "(?:" + "|".join(_SURNAMES) + ")"
#: Role and kin nouns shaped like a full name before an honorific ("신청자님", "간호사님": 신 and 간 are surnames).
_ROLES = frozenset(
    [
        "사용자", "신청자", "구매자", "이용자", "가입자", "주문자", "소유자", "상담원", "상담사", "지원자", "방문자", "당첨자", "피해자", "연구원",
        "간호사", "변호사", "노무사", "설계사", "주무관", "조사관", "경찰관", "소방관", "공무원", "도우미", "이사장", "부사장", "사무장", "부원장",
        "부회장", "부대표", "부팀장", "정회원", "조합원", "배우자", "가족분", "명의자", "예금주", "구독자", "시청자", "고령자", "장애인", "임산부",
        "어르신", "어머님", "여러분", "선교사", "한약사", "부상자", "가해자", "소유주", "임차인", "임대인", "채무자", "채권자", "정규직", "노부모"
    ]
)
_HANGUL = "[가-힣]"
#: The endings glued to a name: copulas and particles ("김민수이고", "박서연이에요", "이하늘이라고").
_ENDING = (r"(?:이라고|라고|입니다|이에요|예요|이구요|이고요|이고|이며|이요|이세요|이신데|인데요|인데|이랑|랑|이는|는|이가|가|"
           r"이를|를|이도|도|으로|로|님|씨|요)")
_INTRO = re.compile(rf"(?:이름|성함|(?<!{_HANGUL})명의)(?:은|는|이|이요|을|를)?\s+(?P<name>{_HANGUL}{{2,4}}?)"
                    rf"(?:{_ENDING}(?=[\s,.?!]|$)|(?=[,.?!]|$)|(?=\s(?:님|씨|고객님|맞|이고|입니다|이에요|예요|으로|로)))")
_CALLED = re.compile(rf"(?:저는|제가|전|나는|내가)\s+(?P<name>{_HANGUL}{{2,4}}?)(?:이)?라고\s*(?:합니다|해요|하고|하는데|하며|불러)")
_AGENT = re.compile(rf"(?:상담원|상담사|담당자|매니저|엔지니어|팀장|과장|대리|주임|사원)\s+(?P<name>{_SURNAME}{_HANGUL}{{1,2}}?)"
                    rf"(?:입니다|이에요|예요|이고|이라고|라고|인데요)")
#: 씨 is an honorific only when a space, punctuation or a particle follows it ("김국진씨랑", not "씨끄러워서"); 님 not
#: before 들 ("님들": you all).
_HONORIFIC = re.compile(rf"(?<!{_HANGUL})(?P<name>{_SURNAME}{_HANGUL}{{1,2}})(?P<space>\s?)(?:고객님|회원님|선생님|님(?!들)|"
                        rf"씨(?=[\s,.?!~^)]|$|[가는를의도와랑께에한요등은이]))")
#: Titles after a surname ("박시장님", "이작가님", "추장관님"): a person by office, not by name.
_TITLES = frozenset(
    [
        "장관", "지사", "시장", "기자", "작가", "감독", "실장", "기장", "선배", "후배", "의원", "후보", "프로", "화백", "선생", "과장",
        "부장", "차장", "팀장", "대리", "사장", "원장", "교수", "박사", "위원", "총장", "회장", "대표", "이사", "상무", "전무", "주임",
        "계장", "반장", "소장", "국장", "처장", "청장", "판사", "검사", "목사", "신부", "수녀", "원사", "중사", "하사", "상사", "대위",
        "소령", "중령", "대령", "장군", "코치", "총리", "군수", "약사", "기사"
    ]
)
#: A 씨 glued to these is a word of its own: 날씨 (weather), 솜씨, 말씨, 글씨, 맵씨, 마음씨, 아가씨, 아저씨.
_SSI_WORDS = ("날", "솜", "말", "글", "맵", "마음", "아가", "아저")
#: Syllables that end a particle or a verb form, not a name: "기본에 선생님", "반대로 님".
_NOT_LAST = frozenset("에의를을께로")

_DISTRICT = rf"(?:{_HANGUL}+(?:특별시|광역시|특별자치시|특별자치도|도|시)\s+)?(?:{_HANGUL}+(?:시|군|구)\s+){{1,2}}"
_UNIT = r"(?:[,\s]+\d{1,4}\s?동\s?\d{1,5}\s?호|[,\s]+\d{1,5}\s?호)?"
_ROAD_ADDRESS = re.compile(rf"{_DISTRICT}(?:{_HANGUL}+동\s+)?[가-힣0-9]+(?:로|길)\s?\d{{1,4}}(?:-\d{{1,4}})?"
                           rf"(?:\s?번길\s?\d{{1,4}})?{_UNIT}")
_LOT_ADDRESS = re.compile(rf"(?:{_DISTRICT})?(?:{_HANGUL}+(?:읍|면)\s+)?{_HANGUL}+(?:동|읍|면|리)\s+\d{{1,5}}(?:-\d{{1,5}})?\s?번지{_UNIT}")
_FLAT = re.compile(r"(?<![\d-])\d{1,4}\s?동\s?\d{1,5}\s?호(?![가-힣]{2})")


def find_korean_names(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in (_INTRO, _CALLED, _AGENT, _HONORIFIC):
        for m in pattern.finditer(text):
            name = m.group("name")
            if name in _ROLES or not _is_full_name(name) or (pattern is _HONORIFIC and not _honored_name(m)):
                continue
            if (m.start("name"), m.end("name")) not in spans:
                spans.append((m.start("name"), m.end("name")))
    return spans


def _honored_name(m: re.Match[str]) -> bool:
    """Not a surname and a title ("박시장님"), a word that holds 씨 ("추운날씨"), a particle ("기본에 선생님") or
    아님 ("사실아님")."""
    name, glued, after = m.group("name"), not m.group("space"), m.string[m.end("space"):m.end()]
    if name[1:] in _TITLES or name[2:] in _TITLES or name[-1] in _NOT_LAST:
        return False
    if glued and after.startswith("씨") and name.endswith(_SSI_WORDS):
        return False
    return not (glued and after == "님" and name.endswith("아"))  # 아님: "isn't it"


def find_korean_addresses(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for pattern in (_ROAD_ADDRESS, _LOT_ADDRESS) for m in pattern.finditer(text)]
    spans += [(m.start(), m.end()) for m in _FLAT.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    return spans


def _is_full_name(name: str) -> bool:
    """A surname and a two-syllable given name, as most Korean names are ("정다은"; "남궁민" with a two-syllable
    surname): a two-syllable word before 님 or 씨 ("한국 씨름", "이번 님") is far more often not a name."""
    if name[:2] in _SURNAMES and 1 <= len(name) - 2 <= 2:
        return True
    return name[0] in _SURNAMES and len(name) == 3
