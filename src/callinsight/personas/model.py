"""The typed persona record and the table of section names companies use.

A persona document is reduced to a ``PersonaDoc``: a name, a stable slug id, sections keyed by a
canonical name (goals, pain_points, objections, ...) and the documented concerns, i.e. the items of
the pain point / challenge / objection sections that calls are compared with.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from callinsight.personas.reading.plain import NUMBERED_USER_MARK
from callinsight.personas.vocab import PRODUCT_SIDE, RANK_WORDS, WHO_IS_NAMED

#: Canonical section -> the headings companies write for it (lower case, without punctuation).
SECTION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "pain_points": (
        "pain points", "pain point", "painpoints", "painpoint", "pains", "frustrations", "problems", "struggles", "pain",
        "what keeps them up at night", "what keeps them awake at night", "what keeps her up at night",
        "what keeps him up at night", "what keeps you up at night", "what keeps her awake at night",
        "what keeps him awake at night", "3am moment", "3 am moment", "fears", "gripes", "annoyances",
        "complications", "worries", "fears and worries", "headaches", "difficulties", "frustrated by", "what frustrates them",
        "friction", "friction points", "points of friction", "red flags", "warning signs", "stumbling blocks", "stumbling block", "sticking points", "sticking point", "sore points", "sore spots",
        "what gets in the way", "gets in the way", "what gets in their way", "what stops them", "what holds them back",
        "what is hard", "what's hard", "what they find hard", "what goes wrong", "what bothers them",
        "what makes it hard", "what makes it difficult", "what makes this hard",
        "key issues", "main issues", "biggest issues", "common issues", "issues they face", "potential issues",  # (bare "Issues": a tracker's)
        "고충", "불만", "불만 사항", "어려움", "어려운 점", "문제", "문제점", "걱정", "페인 포인트", "불편", "불편 사항", "페인",
        "고민", "고민거리", "애로 사항", "걱정거리", "두려움", "스트레스 요인", "불편한 점", "아쉬운 점", "해결하고 싶은 문제",
        "좌절", "좌절 포인트", "좌절 요인", "불편함", "불편 요소", "불만 요소", "고통", "고충 사항",
        "부족한 점", "부족한 부분", "통점", "고통점", "고통 포인트", "괴로움", "괴로운 점",  # ("통점", 痛點: a pain point)
        "anxieties", "불안", "불안감", "불안 요소", "불안 요인", "urgent pains", "urgent pain points", "urgent problems",
        "constraints", "제약", "제약 사항", "제약 조건",  # what limits the persona (time, hands, budget): a problem
        "conflicts", "inner conflicts", "internal conflicts",  # a proto-persona's "Goal" ⏎ "Conflict": what stands against it
        "dislikes", "pet peeves", "pet peeve",  # what they cannot stand
        # "How they describe the problem (voice of customer)": the problem in their words (the aside hid the loose match)
        "how they describe the problem", "how they describe their problems", "the problem in their words",
    ),
    "challenges": ("challenges", "obstacles", "barriers", "blockers", "hurdles", "biggest challenges", "limitations", "과제", "장벽", "한계", "한계점",
                   "장애물", "장애 요인"),
    "objections": (
        "objections", "common objections", "concerns", "hesitations", "reservations", "buying objections",
        "why they say no", "why they might say no", "deal breakers", "dealbreakers", "push back", "pushback",
        "risks they see", "doubts", "purchase barriers", "buying barriers", "우려", "우려 사항", "구매 장벽", "망설임",
        "반대 의견", "what kills the deal", "what kills a deal", "deal killers", "deal-killers", "turn-offs", "turnoffs",
        "what turns them off", "what loses them",
        "refuses", "what they refuse", "won't accept", "will not accept", "won't tolerate", "will not tolerate", "거부감",
        # what makes them quit, as "churn triggers" and "what makes them leave" already are ("이탈 트리거": churn triggers)
        "quit triggers", "why they leave", "이탈 트리거", "이탈 요인", "이탈 사유", "이탈 포인트", "이탈 원인",
    ),
    "needs": (
        "needs", "what they need", "what they need from us", "requirements", "must haves", "must-haves",
        "expectations", "what they expect", "what they care about", "cares about", "what matters to them",
        "depends on", "relies on", "what they depend on", "what they rely on", "desires", "needs and desires",
        "니즈", "기대", "기대 사항", "요구", "요구 사항", "요구사항", "필요", "필요한 것",
        "likes and dislikes",  # what they would rather have and what they cannot stand
    ),
    "goals": (
        "goals", "objectives", "aims", "what they want", "desired outcomes", "jobs to be done", "job to be done",
        "jtbd", "what success looks like", "success looks like", "wants", "priorities", "primary goal",
        "gains", "expected gains", "desired gains",  # the value proposition canvas: pains and gains
        "jobs", "목표", "목적", "바라는 점", "원하는 것",
    ),
    "motivations": (
        "motivations", "motivators", "drivers", "what motivates them", "values", "why they buy", "motivated by",
        "동기", "동기 부여", "구매 동기",
    ),
    "responsibilities": (
        "responsibilities", "role and responsibilities", "job", "duties", "what they do", "kpis",
        "metrics they own", "job description", "role", "key tasks", "tasks", "key workflows", "workflows",
        "key metrics", "업무", "역할",
    ),
    "buying_role": (
        "buying role", "role in the buying process", "role in buying", "buying process", "decision making",
        "decision role", "buying behaviour", "buying behavior", "influence", "purchase role",
    ),
    "information_sources": (
        "information sources", "where they get information", "where they find information",
        "watering holes", "channels", "sources", "media", "where to find them", "how they research",
    ),
    "day_in_life": ("a day in the life", "day in the life", "typical day", "a typical day", "daily routine", "일상", "하루 일과", "하루 일상"),
    "background": (
        "background", "demographics", "profile", "about", "bio", "who they are", "overview", "summary",
        "snapshot", "at a glance", "description", "who", "who they are", "who is this", "relevant experience",
        "experience", "desc", "소개", "프로필", "basic information", "basic info", "personal information", "personal details",
        "기본 정보", "인적 사항", "인물 소개", "basic demographics", "professional background", "personal background",
        "demographic profile", "emotional state", "core emotional state",  # how they feel, as an empathy map's "Feels"
    ),
    "quotes": ("quotes", "in their words", "what they say", "typical quotes", "quote", "인용", "인용구", "핵심 인용구", "대표 인용구",
               "한마디", "대표 발언"),
    "messaging": ("messaging", "how we help", "value proposition", "elevator pitch", "key messages"),
}

#: The quadrants of an empathy map ("Says", "Thinks & feels", "Does", "Sees"), matched only as the whole heading:
#: "Does it work offline?" opens with "does" but is no field. The prose under them is still read for problems.
EMPATHY_MAP: dict[str, str] = {
    **dict.fromkeys(("says", "말"), "quotes"),  # not "Do" or "Say": a style guide's "Do" / "Don't" is no field
    **dict.fromkeys(("thinks", "feels", "thinks feels", "thinks and feels", "feelings", "sees", "hears",
                     "sees and hears", "sees hears", "생각", "감정", "생각과 감정"), "background"),
    **dict.fromkeys(("does", "says and does", "says does", "행동"), "responsibilities"),
}

_HANGUL = re.compile(r"[가-힣]")
#: A Korean heading that ends with the people it is about ("목표 사용자", "핵심 고객층"): people, whatever the words before.
_KOREAN_PEOPLE_LAST = re.compile(r"(?:사용자|이용자|고객|유저|대상자?|타[겟깃]|페르소나)(?:층|군|그룹|들)?$")

#: The heading of concerns read from a persona's prose, which has no label of its own in the document.
STATED_HEADING = "stated in the text"

#: Sections whose items are documented concerns, and the kind each gets.
CONCERN_SECTIONS: dict[str, str] = {
    "pain_points": "pain_point", "challenges": "pain_point", "objections": "objection", "needs": "need",
}

#: The Korean names of the fields without their spaces.
_SPACELESS: dict[str, str] = {name.replace(" ", ""): canonical for canonical, names in SECTION_SYNONYMS.items()
                              for name in names if _HANGUL.search(name)}

#: Words before a field's name that do not change the field: "Their top pain points", and whose field it is ("User
#: goals", "Customer needs", "고객 니즈"): a persona card names its reader's role before the label.
_FILLER_PREFIXES = ("their ", "key ", "core ", "top ", "main ", "common ", "primary ", "biggest ", "the ", "typical ", "current ", "my ", "your ", "his ", "her ",
                    "user ", "users ", "customer ", "customers ", "buyer ", "buyers ", "client ", "clients ",
                    "주요 ", "핵심 ", "대표 ", "대표적인 ", "고객 ", "사용자 ")

NEGATIVE_MARKERS = (
    "negative persona", "anti-persona", "anti persona", "antipersona", "exclusionary persona",
    "not a fit", "not a good fit", "bad fit", "poor fit", "do not target", "don't target", "not our customer",
)


def normalise_heading(text: str) -> str:
    """Lower case, no emoji, numbering or punctuation: "2. 😣 Pain Points & Frustrations:" -> "pain points frustrations"."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[*_`~]", "", text)
    text = re.sub(r"^[\s\d.)#-]+", "", text)
    text = re.sub(r"^([가-하][.)]|[①-⑳])\s*", "", text)  # a Korean report's "가." / "나)" / "①" outline mark
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text


#: "Who is this for?", "Who it's for": a page's audiences, not a persona's field.
_WHO_IT_IS_FOR = re.compile(r"^\W*who (is|are) (this|it|these|they|we)( \w+)? (for|built for|made for)\b|^\W*who (it|this)( is|'?s) for\b")


#: A short qualifier in brackets after a field's name: "현재 불만 (app_runner)", "Needs (top 3)".
_QUALIFIER = re.compile(r"(?<=\w)\s*\((?:[^()\s]+\s?){1,3}\)\W*$")


def without_qualifier(label: str) -> str:
    """The label without a short qualifier in brackets after it, which does not change the field it names."""
    return _QUALIFIER.sub("", label) or label


#: The words after a field named in the singular that say what it is about ("… with existing apps", "… about costs").
_ABOUT_WHAT = re.compile(r"(?:with|about|over|around|regarding)\s")


@lru_cache(maxsize=8192)  # a pure function of the heading, asked many times per page
def canonical_section(heading: str, *, exact: bool = False) -> str | None:
    """The canonical section a heading names, or None when it is not a known section.

    ``exact``: the whole heading is the name ("Pain points"), not a phrase that opens with it ("Quotes take days").
    """
    # "What Turns Him Off", "What keeps her up at night": the synonyms say "them" (not "her goals", which is "their")
    text = whole = re.sub(r"\bhim\b|\bher\b(?= (?:off|away|up|back|out|down)\b)", "them", normalise_heading(without_qualifier(heading)))
    if _WHO_IT_IS_FOR.match(text):
        return None  # "Who is this for?": the page's audiences, each a persona, not one persona's background
    changed = True
    while changed:  # "their top pain points" -> "pain points"
        changed = False
        for prefix in _FILLER_PREFIXES:
            if text.startswith(prefix):
                text = text[len(prefix):]
                changed = True
    if not text:
        return None
    if text in EMPATHY_MAP:
        return EMPATHY_MAP[text]
    if _HANGUL.search(text) and (found := _SPACELESS.get(text.replace(" ", ""))):
        return found  # Korean writes a compound with or without its space: "불만사항" is "불만 사항"
    if _HANGUL.search(text) and _KOREAN_PEOPLE_LAST.search(text):
        return None  # Korean puts its noun last: "목표 사용자" are target users, not the field "목표" (goals)
    best: tuple[bool, int, str] | None = None
    # a label written in the singular ("My biggest concern", "Barrier", "Worry") names the same field, unless a field
    # is named by the label as written ("Job: tax clerk" is her job, not her "jobs" to be done)
    first, _, tail = text.partition(" ")
    forms = (text, f"{first[:-1]}ies {tail}".strip() if first.endswith("y") else f"{first}s {tail}".strip(),
             *((whole,) if whole != text else ()))  # "Key issues": the qualified name, where one is listed
    for canonical, names in SECTION_SYNONYMS.items():
        for name in names:
            for form in forms:
                # exact, or the heading starts with the name ("pain points and frustrations")
                # the singular only as the whole label ("Barrier"): "Driver Dimitri" is not "Drivers …"
                # (or followed by what it is about: "Frustration with existing apps", "Worry about costs")
                matches = form == name or (not exact and (form is text or (form is forms[1] and _ABOUT_WHAT.match(tail)))
                                           and form.startswith(name + " "))
                if matches and (best is None or (form == name == text, len(name)) > best[:2]):
                    best = (form == name == text, len(name), canonical)
    return best[2] if best else _misspelt_field(text)


def _misspelt_field(text: str) -> str | None:
    """"Paint Points", "Frustations": a long field name with one letter added or dropped inside it (not at its end:
    "Challenger" is a name, not "Challenge"), as persona documents typed in a hurry write them."""
    if len(text) < 8 or _HANGUL.search(text):
        return None
    from rapidfuzz.distance import Indel

    for canonical, names in SECTION_SYNONYMS.items():
        for name in names:
            if len(name) >= 8 and Indel.distance(text, name, score_cutoff=1) == 1 \
                    and not text.startswith(name) and not name.startswith(text):
                return canonical
    return None


#: Keyword fallbacks for headings no synonym names ("What frustrates her", "Why she hesitates"), in order.
_HEADING_KEYWORDS: tuple[tuple[str, str], ...] = (
    # ("What makes them bounce in 60 seconds", "What puts her off", "Why they churn", "What would make her reject
    # Vela": what makes them leave)
    (r"objection|hesitat|abandon|worr|doubt|push ?back|reluctan|skeptic|sceptic|\brisks?\b|\bconcerns?\b|\bbounce|\bchurn|\brepels?\b|"
     r"\bputs? (them|him|her|me|you) off\b|\bmakes? (them|him|her|me|you|people) (leave|quit|walk away|give up|reject|uninstall|"
     r"stop using)\b", "objections"),
    (r"frustrat|pain|struggl|problem|annoy|hate|complicat|fear|difficult|\bthreats?\b|friction|\bangry\b|\bupset|irritat|constraint|"
     r"\bshame|insecurit|anxiet|keeps? (him|her|them|me|us|you) (up|awake) at night", "pain_points"),
    (r"challeng|obstacle|barrier", "challenges"),
    (r"day in|typical day|daily|\bday\b", "day_in_life"),
    (r"motivat|what drives|\bdrivers\b|\b(key|main|primary|buying|purchase) driver\b|inspire", "motivations"),  # not "the bus driver"
    (r"\bneed|require|expect|cares? (?:most )?about", "needs"),
    (r"goal|objective|want|aspir|success", "goals"),
    (r"responsib|duties|kpi", "responsibilities"),
    (r"buying|purchas|decision|sign off|sign-off|budget holder", "buying_role"),
    (r"(?<!document )(?<!doc )(?<!page )information|\bresearch(es|ing)?\b(?! software)|watering|learn about|\bread(s|ing)?\b|follow(?!\W?ups?\b)", "information_sources"),  # not "Researcher"
)


def keyword_section(heading: str) -> str | None:
    """A looser match for short headings written as phrases; None when nothing fits."""
    text = normalise_heading(heading)
    if not text or len(text.split()) > 8:
        return None
    for pattern, canonical in _HEADING_KEYWORDS:
        if re.search(pattern, text):
            return canonical
    return None


#: "Profile 2: Graduate Student", "Persona #1 – Ops lead": a numbered persona heading, never a field.
NUMBERED_PERSONA = re.compile(r"^\W*(?:(?:user|customer|buyer|learner)\s+)?(?:persona|profile|archetype|icp|(?:페르소나|퍼소나)|프로필)(?:\s*#?\s*\d+[A-Za-z]?|\s+(?-i:[A-Z]))\s*[:.—–·-]", re.I)
#: A line under a persona's name that tags it as one ("Residential Customer" ⏎ "Primary Persona"), as dashboards and
#: cards do; as the opening of a paragraph ("Primary Persona 82% of users") when the card's lines were joined.
PERSONA_TAG = re.compile(rf"^(({RANK_WORDS}|negative|anti-?)\s*)?(persona|(?:페르소나|퍼소나))(\s*#?\d{{1,2}})?(?=\s|$)", re.I)
#: "Persona: Designer", "Persona 2 – Ops Olivia": a heading that says it is a persona and names it.
DECLARED_PERSONA = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:persona(?:\s+(?:profile|card))?|archetype|(?:페르소나|퍼소나))"
                              rf"|(?:{RANK_WORDS})\s+(?:audience|segment))\s*#?\s*\d*\s*"
                              r"(?::|[—–-]\s)\s*\w", re.I)  # "User persona: …", "1.2 Caregiver Persona: Mrs. Lin", "Primary audience: …"


#: "What Priya needs that Alex does not", "What the clerk struggles with": a field named after whom it is about.
_NOT = r"(?!(?:[\w'’-]+\s+){0,2}(?:not|doesn['’]t|don['’]t|never|no longer)\b)"  # "What Alex does NOT need": not a need
_WHAT_SOMEONE = (
    (re.compile(rf"^\W*what {_NOT}(?:[\w'’-]+\s+){{1,3}}(?:needs?|requires?)\b|^\W*what would (?:really )?help\b", re.I), "needs"),
    (re.compile(rf"^\W*what (?!(?:we|i|you)\b){_NOT}(?:[\w'’-]+\s+){{1,3}}(?:wants?|would like)\b", re.I), "needs"),
    (re.compile(rf"^\W*what {_NOT}(?:[\w'’-]+\s+){{1,3}}(?:struggles? with|worries about|fears|finds hard|dislikes|hates|(?:is|are) (?:afraid|scared|worried|anxious|nervous))\b", re.I),
     "pain_points"),
    # "What loses her", "What would turn him off", "What drives the buyer away", "Never make them…": what makes them leave
    (re.compile(r"^\W*what (?:would |will |might )?(?:loses?|(?:turns?|puts?) (?:[\w'’-]+\s+){1,3}off|"
                r"(?:drives?|scares?) (?:[\w'’-]+\s+){1,3}(?:off|away))\b|"
                r"^\W*(?:never|don['’]t|do not) (?:make|force|ask) (?:them|her|him)\W*$", re.I), "objections"),
    # "What Keeps Leah Up at Night", "What keeps the ops lead awake at night": her worries, named after her
    (re.compile(r"^\W*what keeps (?:[\w'’-]+\s+){1,3}(?:up|awake) at night\b", re.I), "pain_points"),
    # "What breaks trust", "What erodes her trust", "Trust breakers": what makes them leave
    (re.compile(r"^\W*(?:what (?:would |will |might )?(?:breaks?|erodes?|kills?|destroys?|undermines?|costs?) (?:(?:her|his|their|my|your|our) )?trust|"
                r"trust[- ]?(?:breakers?|killers?))\W*$", re.I), "objections"),
    # "Why they might reject it", "Why she would not buy", "Why he might walk away": what makes them refuse
    (re.compile(r"^\W*why (?:they|she|he|(?:the |a )?(?:[\w'’-]+\s+){0,2}?(?:buyers?|users?|customers?|clients?)) "
                r"(?:might |would |could |will |may )?(?:reject|refuse|not (?:buy|adopt|choose|switch|pay)|walk away|hesitate|churn|leave)\b",
                re.I), "objections"),
    # "How Stepwise Helps", "How the app helps her": the product's answer, whose labels ("Difficulty scaling") are features
    (re.compile(r"^\W*how (?:[\w'’-]+\s+){1,3}(?:helps?|can help|will help)\b", re.I), "messaging"),
)


def field_about_someone(label: str) -> str | None:
    """"What she needs from the planner", "What the clerk struggles with": the field, or None."""
    return next((field for pattern, field in _WHAT_SOMEONE if pattern.match(label)), None)


def korean_field(label: str) -> str | None:
    """Korean puts the field's noun last: "사용자의 고충", "현재 불만", "워크샵 우려사항", "사용자가 겪는 불편함", also a
    noun of two words ("현재 불편 사항", "주요 페인 포인트")."""
    if _HANGUL.search(label) and 2 <= len(words := normalise_heading(without_qualifier(label)).split()) <= 4:
        return (len(words) >= 3 and canonical_section(" ".join(words[-2:]), exact=True)) or canonical_section(words[-1], exact=True)
    return None


_NUMBERED_STAGE = re.compile(r"^\W*(?:stage|phase|step)\s*\d{1,2}\s*[:.—–-]", re.I)
#: "Job Seeker", "Job hunters": people named by what they look for, not the field "Job" (her role) or "Jobs" (to be done).
_JOB_PERSON = re.compile(r"^\W*job[- ]?(?:seeker|hunter|changer|switcher|applicant|candidate)s?\W*$", re.I)


def field_of(label: str, *, loose: bool = True) -> str | None:
    """The canonical field a heading or label names, or None."""
    if NUMBERED_PERSONA.match(label) or _NUMBERED_USER.match(label) or _NUMBERED_STAGE.match(label) or PRODUCT_SIDE.search(label) \
            or _JOB_PERSON.match(label):
        # "Persona 2: …", "User 2: Pavel - Retired Reader": a card's title, whatever its words; "Stage 1: Problem
        # Recognition": a journey's stage; "Pain Relievers": the product's answer to the pains
        return None
    if WHO_IS_NAMED.match(label):
        return None  # 'Who is "Helen" (Primary ICP)': her persona's title, not the "who they are" field
    if found := canonical_section(label):
        return found
    if found := their_main_field(label, asked=loose):
        return found
    if found := field_about_someone(label):
        return found
    if loose and (found := korean_field(label)):
        return found
    # a label asked as a question may be longer, its field said in its first words: "What is their main barrier to
    # achieving this goal?" (not "What dimensions impact what the public needs?", a question about something else)
    # (or a question without its mark: "What makes them bounce in 60 seconds")
    if (ASKED.match(label) or _WHAT_MAKES.match(label)) and 6 < len(label.split()) <= 10:
        label = " ".join(label.split()[:6])
    if not loose or len(label.split()) > 6 or _THE_AGENT.fullmatch(label.strip()) or not (found := keyword_section(label)):
        return None  # ("The Worrier", "The Box-Ticker": a kind of person named as persona documents name them)
    from callinsight.personas.names import ROLE_ACRONYMS, ROLE_NOUN, a_kind_of_person  # (names reads the vocabulary)

    if a_kind_of_person(label):
        return None  # "Reluctant Travelers", "Anxious Parents": people, not a field
    # "VP of Engineering (Budget Holder)", "CTO/Technical Founder (Strategic Decision Maker)": a job and the part it plays
    job = label.partition("(")[0].strip() if "(" in label else ""
    return None if job and (ROLE_NOUN.search(job) or set(re.split(r"[\s/]+", job)) & ROLE_ACRONYMS) else found


#: How much a part of a field weighs ("🔴 Critical pain points", "Minor frustrations", "Low-priority needs").
_WEIGHT = re.compile(r"^\W*(?:critical|major|moderate|minor|severe|high|medium|low)(?:[- ]priority)?\s+", re.I)


#: "Their main barrier to …", "His biggest worry about …": a field named by whose and which one, then what it is about;
#: also asked ("What is your main barrier to achieving this goal?").
_THEIR_MAIN = re.compile(r"^\W*(?P<asked>(?:what\s+is|what's|what\s+are)\s+)?(?:their|his|her|your)\s+(?:main|biggest|greatest|key|primary|top)\s+"
                         r"(?P<noun>[^\W\d_]+)\s+\S", re.I)


def their_main_field(label: str, *, asked: bool = True) -> str | None:
    """"Their main barrier to achieving this goal": the field its noun names (a barrier), whatever it is about;
    ``asked``: also when the label asks it ("What is your main barrier …?")."""
    main = _THEIR_MAIN.match(label)
    if main is None or (main["asked"] and not asked):
        return None
    return canonical_section(main["noun"]) or canonical_section(main["noun"] + "s")


def unweighted(title: str) -> str:
    """A part of a field's title without its weight: "🔴 Critical pain points" -> "pain points"."""
    return _WEIGHT.sub("", title)


_NUMBERED_USER = re.compile(rf"^\W*{NUMBERED_USER_MARK}", re.I)
#: A label asked as a question ("What's your main barrier to achieving this goal?").
ASKED = re.compile(r"\W*(what|which|how)\b.*\?\W*$", re.I)
_WHAT_MAKES = re.compile(r"\W*what (makes|puts|would make|keeps|stops|blocks)\b", re.I)
_THE_AGENT = re.compile(r"The (?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*(?:er|or|ist|ian|ee)s?")


def trailing_section(label: str) -> str | None:
    """The field a longer label ends with: "A Low Vision User Needs..." names needs, whoever it is about."""
    words = normalise_heading(label).split()
    for n in (2, 1):
        if len(words) > n:
            found = canonical_section(" ".join(words[-n:]), exact=True)
            if found:
                return found
    return None


def slugify(text: str) -> str:
    """"Support Team Lead" -> "support-team-lead". Hangul is romanized syllable by syllable in the letters of the
    Revised Romanization of Korean ("물류 담당자" -> "mulryu-damdangja", "IT 팀장 최유나" -> "it-timjang-choeyuna"), so a
    Korean persona gets an id its owner can read and two Korean names do not share one."""
    return ascii_slug(_HANGUL_SYLLABLE.sub(lambda m: _romanized(m.group()), text))


def ascii_slug(text: str) -> str:
    """The slug before Hangul was romanized (Hangul dropped): the id an earlier version gave a Korean persona."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
# Revised Romanization (Ministry of Culture and Tourism, 2000) of the 19 initial consonants, 21 vowels and 28 finals
# (a final as it sounds at the end of a syllable); the sound changes across syllables are not applied, an id needs none.
_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
           "ui", "i")
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t",
           "t", "k", "t", "p", "t")


def _romanized(syllable: str) -> str:
    index = ord(syllable) - 0xAC00  # a precomposed syllable is (initial × 21 + vowel) × 28 + final
    return _INITIALS[index // 588] + _VOWELS[index // 28 % 21] + _FINALS[index % 28]


def hangul_final(syllable: str) -> int:
    """The final consonant of a precomposed Hangul syllable, as its index (0: none, 16: ㅁ); -1 for any other character."""
    return (ord(syllable) - 0xAC00) % 28 if _HANGUL_SYLLABLE.fullmatch(syllable) else -1


@dataclass(frozen=True)
class Concern:
    """One documented concern: an item of a pain point / challenge / objection section."""

    section: str  # canonical section it came from
    text: str
    kind: str  # pain_point / objection


@dataclass
class PersonaDoc:
    """One persona as parsed from a document."""

    name: str
    persona_id: str
    sections: dict[str, list[str]] = field(default_factory=dict)  # canonical section -> items (bullets or sentences)
    extra_sections: dict[str, str] = field(default_factory=dict)  # unrecognised heading -> its text, kept as profile
    is_negative: bool = False
    source: str = ""
    attributes: dict[str, object] = field(default_factory=dict)  # other front matter / YAML keys
    headings: dict[str, str] = field(default_factory=dict)  # canonical section -> heading as the document wrote it
    found_at: str = field(default="", compare=False)  # for the dry run: where a persona the owner named was read; not stored
    from_record: bool = field(default=False, compare=False)  # read from a table row or a data item; not stored

    @property
    def has_content(self) -> bool:
        """It tells something: a field or some profile text (a heading with nothing under it does not)."""
        return bool(self.sections or self.extra_sections)

    @property
    def concerns(self) -> list[Concern]:
        found: list[Concern] = []
        seen: set[str] = set()
        for section, kind in CONCERN_SECTIONS.items():
            for item in self.sections.get(section, []):
                key = item.lower()
                if key not in seen:
                    seen.add(key)
                    found.append(Concern(section, item, kind))
        return found

    def profile(self) -> dict[str, object]:
        """Everything but the source path, as stored in ``personas.profile``."""
        return {
            "name": self.name,
            "is_negative": self.is_negative,
            "sections": self.sections,
            "extra_sections": self.extra_sections,
            "attributes": self.attributes,
            "headings": self.headings,
        }

    @property
    def content_hash(self) -> str:
        """Hash of the parsed content: whitespace or formatting changes do not make a new version."""
        blob = json.dumps(self.profile(), sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]

    def profile_texts(self) -> list[str]:
        """Short texts that describe the persona, for similarity with calls (concerns first)."""
        texts = [c.text for c in self.concerns]
        for section, items in self.sections.items():
            if section not in CONCERN_SECTIONS and section not in ("quotes",):
                texts.extend(items)
        texts.extend(self.sections.get("quotes", []))
        for text in self.extra_sections.values():  # unrecognised sections still describe the persona
            texts.extend(re.split(r"(?<=[.!?])\s+|\n+", text))
        return [t.strip() for t in texts if len(t.split()) >= 3]
