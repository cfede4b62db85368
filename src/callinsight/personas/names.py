"""How the persona extractor reads names: a persona's name in a heading, a heading that holds personas
rather than naming one, and whether a story is about the person its heading names."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from callinsight.personas.reading.plain import NUMBERED_USER_MARK
from callinsight.personas.vocab import CONTAINER_WORDS, PERSONA_CODE, RANK_WORDS, WHO_IS_NAMED

#: Words that refer to a person ("they" too: a role or a group of people).
PRONOUNS = re.compile(r"\b(he|she|his|her|him|they|their|them|himself|herself|themselves)\b|그는|그녀|그들|그가|그의", re.I)
GENDERED = re.compile(r"\b(he|she|his|her|him|himself|herself)\b|그는|그녀|그가|그의", re.I)
_HANGUL = re.compile(r"[가-힣]")
#: Job titles written as acronyms: a heading "CTO" is a persona, "RBAC" is a topic.
ROLE_ACRONYMS = frozenset({"CEO", "CTO", "CFO", "CIO", "CISO", "COO", "CMO", "CPO", "CRO", "VP", "PM", "PO", "QA", "IT",
                           "HR", "SRE", "DBA", "SDR", "BDR", "AE", "CSM", "SE", "EM"})
_NAME_FILLERS = frozenset({"the", "and", "for", "from", "with"})
#: Job nouns: a title holding one names a person even when another word in it names a page section.
ROLE_NOUN = re.compile(r"\b(manager|lead|leader|director|engineer|officer|coordinator|agent|specialist|analyst|admin|"
                       r"administrator|owner|head|designer|developer|rep|representative|executive(?! summary)|buyer|nurse|teacher|"
                       r"consultant|architect|scientist|operator|clerk|planner|advisor|adviser|assistant|secretary|"
                       r"technician|accountant|auditor|lawyer|attorney|paralegal|journalist|writer|translator|"
                       r"pharmacist|physician|doctor|clinician|therapist|dentist|caregiver|carer|counsel+or|"
                       r"instructor|tutor|lecturer|educator|principal|trainer|coach|mentor|mentee|trainee|intern|apprentice|"
                       r"recruiter|marketer|salesperson|entrepreneur|freelancer|investor|banker|farmer|"
                       r"mechanic|inspector|supervisor|steward|curator|programmer|tester|reviewer|"
                       r"statistician|economist|epidemiologist|biologist|chemist|physicist|historian|"
                       r"artist|photographer|evangelist|advocate|champion|sponsor|stakeholder|(decision|policy|policy-)?maker|"
                       # everyday jobs and walks of life a service's personas are ("driver" and "cleaner" name software too)
                       r"courier|cashier|chef|waiter|waitress|receptionist|paramedic|firefighter|midwife|"
                       r"electrician|plumber|schoolteacher|shopkeeper|homeowner|tenant|landlord|retiree|pensioner|"
                       r"commuter|passenger|shopper|travell?er|newcomer|grandparent|caretaker|homemaker)s?\b|"
                       r"담당자|매니저|팀장|관리자|개발자|디자이너|기획자|운영자|연구원|교사|학생", re.I)
#: The last word of a role title: a job noun, or a word for a person ("End user", "Grad student"), not a thing ("Expressive API").
_PERSON_NOUN = re.compile(rf"{ROLE_NOUN.pattern}|^(user|member|student|researcher|scientist|learner|teacher|parent|"
                          r"patient|citizen|customer|client|volunteer|contributor|maintainer|author|editor|reader|"
                          r"founder|professor|librarian|archivist|practitioner|person|worker|staff|team|official)s?$", re.I)
_PEOPLE_PLURAL = re.compile(r"\b(users|customers|buyers)\b", re.I)
#: Words that do not narrow a group of people down: "Our users", "Key customers and buyers" stay containers.
_GENERIC_WORDS = frozenset({"our", "the", "all", "key", "target", "primary", "secondary", "main", "core", "ideal",
                            "typical", "other", "and", "of", "or", "types", "kinds", "who", "are", "we", "serve",
                            "meet", "about", "for", "your", "their", "users", "customers", "buyers", "end"})


_ONE_NUMBERED = re.compile(rf"^\W*(?:\d{{1,2}}[.)]\s*)?(?:persona|profile|(?:페르소나|퍼소나)|프로필)(?:\s*[-#]?\s*\d{{1,2}}|\s+[a-z]|\s*{PERSONA_CODE})\W*$", re.I)


#: "Persona", "Detailed Persona", "Final user persona", "### 페르소나": a heading that says a persona follows, and no more
#: about who.
ONLY_SAYS_PERSONA = re.compile(r"^\W*(?:(?:detailed|final|full|example|sample|main|primary|secondary|proto|draft|our|the|user|"
                               r"customer|buyer|target)\s+)*(?:persona|(?:사용자|고객|타겟)?\s?(?:페르소나|퍼소나))\W*$", re.I)


#: "Meet Tom", "Introducing Priya Shah:": a line that introduces one person by name.
MEET_LINE = re.compile(r"^\W*(?i:meet|introducing)\s+(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*[:.!]?\s*$")


def only_numbers_a_persona(title: str) -> bool:
    """"Persona 1", "페르소나 A": a heading that says one persona follows, without naming it."""
    return _ONE_NUMBERED.match(title.strip()) is not None


def names_container(title: str) -> bool:
    """Is this heading a page part that holds personas ("Key Roles and Personas", "Our users"), rather than a
    persona named by its group ("Blind Users", "Enterprise buyers"), which only counts with persona fields below it?"""
    if not CONTAINER_WORDS.search(title) or _ONE_NUMBERED.match(title):
        return False  # "페르소나 A", "Persona 2": one persona, numbered
    if CONTAINER_WORDS.sub("", _PEOPLE_PLURAL.sub("", title)) != _PEOPLE_PLURAL.sub("", title):
        return True  # personas, roles, profiles, segments, audiences, …: a word about the page itself
    qualifiers = [w for w in re.findall(r"[^\W\d_]+", title.lower()) if w not in _GENERIC_WORDS]
    return not qualifiers


_PERSON_WHO = re.compile(r"\b(the |a )?(person|people|someone|one|those) who\b|\bwho (is|are) (responsible|tasked)\b", re.I)


#: "Nathan the Newcomer", "Polly the publisher", "Rachel the Studio Owner": a given name, "the", and who they are, the
#: usual way a persona is named: alliterative in capitals, or with a job noun ("Demystify the grants process" is neither).
_NAME_THE_ROLE = re.compile(r"^([A-Z][a-z]{2,}) the ([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)$")


def _name_the_role(title: str) -> bool:
    match = _NAME_THE_ROLE.match(title.strip())
    if not match:
        return False
    name, role = match.groups()
    alliterative = role[0].lower() == name[0].lower() and not role.islower()  # "Newcomer", "eBorrower"
    return alliterative or bool(ROLE_NOUN.search(role) or _PERSON_NOUN.search(role.split()[-1]))


def a_kind_of_person(title: str) -> bool:
    """"Reluctant Travelers", "Anxious first-time Parents": a word or two about them, then a word for people."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    return "(" not in title and 2 <= len(words) <= 3 and words[0].lower() not in _NOT_ABOUT_A_KIND and _PERSON_NOUN.search(words[-1]) is not None


#: First words of a heading about someone's field, not a kind of person ("What frustrates customers", "Their users").
_NOT_ABOUT_A_KIND = frozenset({"what", "why", "how", "when", "where", "who", "which", "their", "his", "her", "my", "our",
                               "your", "the", "for", "to", "of", "about", "biggest", "main", "key", "top"})


def opens_with_a_kind_of_person(title: str) -> bool:
    """"The retired patient living on a pension", "A first-time buyer with a small deposit": an article, a word or two
    about them, a word for a person, then what sets them apart."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    if len(words) < 3 or words[0].lower() not in ("the", "a", "an"):
        return False
    return any(_PERSON_NOUN.fullmatch(w) and (i + 1 == len(words) or words[i + 1].lower() in _WHAT_SETS_THEM_APART)
               for i, w in enumerate(words[1:4], start=1))  # not "The patient portal", "A user guide for admins"


_WHAT_SETS_THEM_APART = frozenset({"who", "whose", "that", "with", "without", "living", "in", "on", "at", "from", "of",
                                   "for", "and", "or"})


def names_people(title: str) -> bool:
    """Does a title name a role or a group of people ("Platform engineer", "Blind Users", "Research Lab staff",
    "The Field Mapper (the person who collects data)")?"""
    if _PERSON_WHO.search(title) or _name_the_role(title) or USER_LABEL.match(title):
        return True
    lead = re.match(r"^([^\W\d_]+) (who|with|without|in|at|from)\b", title)
    if lead and _PERSON_NOUN.search(lead.group(1)):
        return True  # "Researcher who codes", "Student with a disability": the person comes first
    words = re.findall(r"[^\W\d_]+", title)
    # "PhD student Taylor Smith": a role in lower case, then a capitalised name
    role_then_name = any(w.islower() and _PERSON_NOUN.search(w) and words[i + 1][:1].isupper() for i, w in enumerate(words[:-1]))
    job_acronym = any(w in ROLE_ACRONYMS for w in words)  # "Infrastructure SRE", "CTO"
    return bool(ROLE_NOUN.search(title) or _PEOPLE_PLURAL.search(title) or ends_with_a_person(title)
                or role_then_name or job_acronym)


def ends_with_a_person(title: str) -> bool:
    """"The emerging playbook author", "Video editor": a title whose last word is a word for a person."""
    words = re.findall(r"[^\W\d_]+", title)
    return bool(words) and _PERSON_NOUN.search(words[-1]) is not None


def looks_like_a_name(title: str) -> bool:
    """"Dana Ortiz", "Platform engineer", "김민지 (팀장)": a person's name or a role, not "Fun facts" or "What frustrates him"."""
    core = re.split(r"\s*[(,—–:]\s*|\s-\s", clean_name(title), maxsplit=1)[0]  # "Maarten (field mapper)": Maarten
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", core) if w.lower() not in _NAME_FILLERS]
    if not words or (len(words) == 1 and words[0].lower() in _PROFILE_HEADINGS):
        return False
    if names_people(title) or _HANGUL.match(words[0]):
        return True
    # "Dana Ortiz": capitalised words; one capitalised word ("Support", "API") is as often a topic as a first name
    return len(words) > 1 and all(w[:1].isupper() for w in words) and not any(w.isupper() and len(w) > 1 for w in words)


#: One-word headings of a persona's own profile (empathy maps, bios): never a persona's name.
_PROFILE_HEADINGS = frozenset({"thoughts", "feelings", "behaviors", "behaviours", "behavior", "behaviour", "attitudes",
                               "attitude", "habits", "skills", "tools", "environment", "demographics", "personality",
                               "bio", "biography", "interests", "hobbies", "values", "says", "does", "thinks", "feels",
                               "sees", "hears", "scenario", "scenarios", "technology", "devices", "education", "family",
                               "details"})


def is_profile_heading(title: str) -> bool:
    """"Scenario", "Personality", "Bio": a one-word heading of a persona's own profile."""
    return title.strip().lower().rstrip(":") in _PROFILE_HEADINGS


def is_topic_acronym(name: str) -> bool:
    """"RBAC", "API": a one-word acronym heading is a topic; a job acronym ("CTO") names a person."""
    words = name.split()
    return len(words) == 1 and words[0].isupper() and len(words[0]) > 1 and words[0] not in ROLE_ACRONYMS


def is_topic_phrase(name: str, words: list[str] | None = None) -> bool:
    """"Vision enhancement technology", "Creating equal access": a phrase in sentence case about a topic or an
    activity, not a name ("Sam the Student") nor a role or group of people ("Data engineer", "Blind users")."""
    if re.match(r"^\S+,", name):
        return False  # "Hector, the open evangelist": a name, then who he is
    words = words if words is not None else [w.strip(",;:()") for w in name.split() if w.strip(",;:()")]
    rest = [w for w in words[1:] if w.lower() not in _NAME_FILLERS]
    return bool(rest) and rest[0][:1].islower() and not names_people(name)


_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame"})


def prose_is_about(name: str, words: list[str], prose: str, declared: bool = False) -> bool:
    """Does the prose talk about the person the name names ("Berna" … "Berna works as a clerk … She …")?
    ``words``: the name's words without punctuation; ``declared``: the page says it holds personas."""
    words = [w for w in words if w.lower().rstrip(".") not in _HONORIFICS] or words  # "Dr. Katherine Lowe": Katherine
    first = words[0]
    hangul = bool(_HANGUL.match(first))
    if is_topic_phrase(name, words):
        return False  # "Vision enhancement technology", "Creating equal access": a phrase about a topic, not a name
    if len(prose.split()) < 15 and not (hangul and len(prose) >= 40):  # Korean packs more into a word
        return False
    # a Korean name takes its particle without a space ("박지훈은", "지훈이"): no boundary after it
    after = "" if hangul else r"(?!\w)"
    names = [first, first[1:]] if hangul and len(first) == 3 else [first]
    # the other capitalised words of a name ("Warehouse Wanda" is "Wanda" in her story)
    # — only when the title reads as a name, every word capitalised ("Disrupt current Envoy usage" is a topic),
    # and never an acronym ("API" in "Expressive API")
    if all(w[:1].isupper() or w.lower() in _NAME_FILLERS for w in words):
        names += [w for w in words[1:] if w[:1].isupper() and len(w) >= 3 and w.lower() not in _NAME_FILLERS
                  and not (w.isupper() and w not in ROLE_ACRONYMS)]
    if len(words) >= 3 and (ROLE_NOUN.search(" ".join(words[:-2]))
                            or any(w.islower() and w not in _NAME_FILLERS for w in words[:-2])):
        # "PhD student Taylor Smith", "Institutional eResearch Manager Darryl Baker": a role, then the person's name
        names += [w for w in words[-2:] if w[:1].isupper() and len(w) >= 3 and not w.isupper() and not ROLE_NOUN.search(w)
                  and not _PERSON_NOUN.search(w)]
    if not hangul and len(first) >= 5 and first[:1].isupper():
        # "Katherine Lowe" … "Kate coaches …": the short form of her first name her story uses (a short word)
        names += sorted({w for w in re.findall(rf"(?<!\w){re.escape(first[:3])}[a-z]{{0,2}}(?!\w)", prose) if len(w) < len(first)})
    mentions = sum(len(re.findall(rf"(?<!\w){re.escape(n)}{after}", prose)) for n in names)
    if len(words) > 1 and not words[-1].endswith("s") and _PERSON_NOUN.search(words[-1]):
        # a role written as a title is written in lower case in prose ("A platform engineer keeps …")
        mentions += len(re.findall(rf"(?<!\w){re.escape(name.lower())}s?(?!\w)", prose.lower()))
    if declared:  # on a page of personas a story that names its heading twice is about it
        return mentions >= 2 or (mentions >= 1 and bool(PRONOUNS.search(prose)))
    # elsewhere a person is "he", "she" or, for a role or a group of people, "they"; a product or an API is "it"
    person = GENDERED.search(prose) or (PRONOUNS.search(prose) and names_people(name))
    return mentions >= 1 and bool(person)


#: A line that gives a person's name and age ("Eduardo Ferreira age 61", "Dana, 34, nurse", "김민지 (34세)").
NAME_AND_AGE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|[가-힣]{2,4}),? (?:aged? )?\(?(?P<age>\d{1,2})(?: years old|세|살)?\)?"
                          r"(?:,\s*(?P<role>[^,.;:]{2,40}))?\W*$")


#: A `Label:` line's label that names a persona ("Persona: Dana Ortiz", "Name: Ken", "Persona 2: …", "이름: 김민지").
NAME_LABEL = re.compile(rf"^\W*(?:(?:{RANK_WORDS})\s+)?"
                        r"(persona|user persona|buyer persona|persona name|name|이름|(?:페르소나|퍼소나)|(?:페르소나|퍼소나) 이름)"
                        r"(\s*\d{1,2}|\s*(?-i:[A-Z])\b|\s+[a-z])?\W*$", re.I)  # "Persona 2", "페르소나A"; not "Names"


#: A heading's label saying that a user or customer follows ("Primary user: Dana", "The actual customer: …").
USER_LABEL = re.compile(r"^\W*(?:the |our )?(?:(?:actual|primary|main|target|typical|real|key|ideal|secondary|end)\s+){0,2}"
                        r"(?:user|customer|buyer|client)\s*:\s*(?=[\w\"“‘])", re.I)


#: A quotation that opens or closes a heading, with the dash or colon that joins it to the name.
#: '"Reader Rosa" - Hardware QA Engineer': a nickname in quotes (a few capitalised words) is the name, not a quote.
_NOT_A_NICKNAME = r"(?!(?:[A-Z][\w'’-]*\s?){1,3}(?:,\s?(?:[A-Z][\w'’-]*\s?){1,4})?[\"”])"
HEADING_QUOTE = re.compile(rf"^\s*[\"“]{_NOT_A_NICKNAME}[^\"”]{{3,}}[\"”]\s*[:—–-]+\s*|\s*[:—–-]+\s*[\"“]{_NOT_A_NICKNAME}[^\"”]{{3,}}[\"”]\s*$")


#: "- Name: Dana Ortiz" among a persona's basic information: its name, as a `Name:` line is.
NAME_ITEM = re.compile(r"^(?:name|persona name|full name|이름|성명)\s*[:：]\s*(\S.{0,60})$", re.I)  # (a nickname in quotes may be long)


def clean_name(title: str) -> str:
    """A heading as a persona's name, without the page's furniture around it."""
    # "2.1 Kadiatou - Secretary", "2.1 페르소나 1: …": a section's number first
    title = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\D)|^\s*\d{1,2}-\d{1,2}\.\s+(?=\D)", "", title)  # ("4-1. P1: …" too)
    # "3. Persona: The King": an outline number before the word that says a persona follows
    title = re.sub(rf"^\s*\d{{1,2}}[.)]\s+(?=(?:persona|profile|(?:페르소나|퍼소나))\s*#?\s*(?:\d+[A-Za-z]?|{PERSONA_CODE})?\s*[:—–-])", "", title, flags=re.I)
    # "Persona 2: Ops Olivia", "Persona 1 · Theo · News junkie", "Negative persona - Bargain Hunter", "Meet Decision-maker Dan",
    # "Avatar: Nora" (marketing's word for a persona)
    name = re.sub(rf"^\W*(?:(?:negative|anti-?|buyer|user|customer|learner)\s+)?(?:persona(?:\s+(?:profile|card))?|profile|archetype|icp|avatar|(?:페르소나|퍼소나)|프로필|case\s*#?\s*\d+)(?:\s*#?\s*(?:\d+[A-Za-z]?|{PERSONA_CODE})?|\s+(?-i:[A-Z]))\s*[:.—–·-]\s*",
                  "", title.strip(), flags=re.I)
    # "User 1: Marcus - Staff Member", "Customer #2 – Linda": a numbered user, then who
    name = re.sub(rf"^\W*{NUMBERED_USER_MARK}\s*(?=(?-i:[A-Z])|[가-힣])", "", name, flags=re.I)
    # "Empathy map: Priya", "Value proposition canvas – Gym owner", "Persona card for Dana": the sheet's kind, then whose
    name = re.sub(r"^\W*(?:empathy map|value proposition canvas|persona (?:card|sheet|canvas)|customer canvas|공감 지도)\s*"
                  r"(?:[:—–-]|\bfor\b)\s*", "", name, flags=re.I)
    # "1.2 Caregiver Persona: Mrs. Lin (Age 57)", 'Primary Persona: "Style Preserver"': a (numbered) heading that says
    # what kind of persona, then whose ("Primary ICP: Small IT firms" as well)
    # ("Primary Persona 2: Jo", "주요 페르소나 A: 취업 준비생 박지훈": lettered or numbered; not "타겟 페르소나: 1인 메이커",
    # whose words after the colon are the target, not a name)
    name = re.sub(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:[\w'’-]+\s+){1,2}?(?:(?:persona|icp|avatar)(?:\s*#?\s*(?:\d{1,2}|(?-i:[A-Z])))?|"
                  r"(?:페르소나|퍼소나)\s*#?\s*(?:\d{1,2}|(?-i:[A-Z])))\s*:\s*(?=[\w\"“‘])", "", name, flags=re.I)
    name = re.sub(r"^\W*(?:meet|introducing)\s+|^\W*(?:persona name|name|이름)\s*:\s*", "", name, flags=re.I)  # "이름: 윤채원"
    name = WHO_IS_NAMED.sub(r"\g<name>\g<rest>", name)  # 'Who is "Helen" (Primary ICP)': Helen
    name = USER_LABEL.sub("", name)  # "The actual user: Martin", "Primary customer: a bakery owner": who it is
    name = re.sub(r"^\W*(?:primary|secondary|tertiary)\s*:\s*(?=[\"“‘]|(?-i:[A-Z]))", "", name, flags=re.I)  # 'Primary: "Casual Nora"'
    name = re.sub(r"\s+[-–—|]\s+(?:[\w-]+\s+){0,2}persona$", "", name, flags=re.I)  # "Donna, scheduler - CPW persona"
    name = re.sub(r"^(?:an? )?(?:example|sample)(?: persona)?\s*\((.+)\)$", r"\1", name, flags=re.I)  # "Example (Greg, owner)"
    name = re.sub(r"^\W*I(?:'m| am) (?:an? )?(?=\w)", "", name, flags=re.I)  # "I am a Python software user": the user
    name = re.sub(r"^\s*\d{1,2}[.)]\s+", "", name)  # "1. Application developer": a numbered heading
    name = HEADING_QUOTE.sub("", name)  # '"Just make it work" — Ola, shop owner': the quote is hers, not her name
    # "Dana Ortiz | Finance lead", "김민지 · 마케터": a name, then a role (not a code: "P1 · Data journalists")
    name = re.sub(r"^(?![A-Za-z]{0,2}\d{1,3}\s)([^|·•]+?)\s+[|·•]\s+", r"\1, ", name)
    name = re.sub(r"(?<=\w):\s+(?=\w)", ", ", name)  # "Jordan Hayes: Outreach Champion": a name, then a role
    name = re.sub(r"[\u2010\u2011]", "-", name)  # "Lunch‑Break Reader": a hyphen that does not break is a hyphen
    # emoji and markup ("다묘·다견" keeps its dot, "60% remote" its share)
    name = re.sub(r"[^\w\s&'/,.()\-–—+·%]|(?<!\w)·|·(?!\w)|(?<!\d)%", "", name)
    return re.sub(r"\s+", " ", name).strip(" -—–:.,;")


#: A heading that is a sentence about someone ("Trevor is 18 years old", "Lea: 35 years old"): the name is its subject.
_ABOUT_SOMEONE = "is|was|has|works|lives|runs|joined"  # the verbs a sentence about someone opens with
_SENTENCE_HEADING = re.compile(rf"^([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: (?:{_ABOUT_SOMEONE})\b| ?[:,] ?(?:an? )?\d{{1,3}}\b)")
NOT_A_SUBJECT = frozenset({"this", "that", "these", "those", "it", "there", "here", "what", "who", "why", "how", "when",
                            "where", "which", "our", "the", "a", "an", "each", "every", "he", "she", "they", "we", "you",
                            "i", "my", "your", "persona", "user", "customer", "everyone", "nobody", "someone", "step", "version",
                            # "Lately Danny has realized …": a word of time before the name, not a first name
                            "lately", "recently", "now", "today", "tonight", "yesterday", "sometimes", "often", "usually",
                            "currently", "finally", "eventually", "then", "later", "still", "meanwhile", "soon", "already",
                            # "For Oskar, a regular at the yard, …": a preposition before the name
                            "for", "with", "to", "from", "like", "unlike", "as", "at", "in", "on", "by", "after", "before"})


def sentence_subject(title: str) -> str:
    """The person a sentence heading is about ("Trevor is 18 years old" -> "Trevor"), or ""."""
    match = _SENTENCE_HEADING.match(title.strip())
    if not match or match.group(1).split()[0].lower() in NOT_A_SUBJECT:
        return ""
    return match.group(1)


#: A paragraph that introduces a person by name: "Amina is a researcher …", "Ceri works part time …".
#: A given name, perhaps with a family name: "Amina", "Taylor Smith" (not "API", not "eResearch").
GIVEN_NAME = r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?"


def says_word(text: str, word: str) -> bool:
    """``word`` stands in ``text`` as a whole word, written as given ("Rin" in "Rin learned …", not in "Ring")."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def names_a_role_or_group(text: str) -> bool:
    """"Platform Engineer", "Basic Customer", "Power users": a job or a kind of people, not one person's name."""
    return bool(ROLE_NOUN.search(text)) or names_people(text)


def name_core(text: str) -> str:
    """"Lee Su-yeon — Parent" -> "Lee Su-yeon", "Rin Okoye | Solo Developer" -> "Rin Okoye": what a heading says before
    a role or an aside set off by a dash, a bar, a colon, a comma or a parenthesis."""
    return re.split(r"\s*[(,—–:|]\s*|\s-\s", text, maxsplit=1)[0].strip()


def full_name_of(title: str) -> str:
    """"Rin Okoye | Solo Developer" -> "Rin Okoye": the first and last name a heading opens with, before any role
    after it; "" for any other heading ("Platform Engineer", "Power users", "Goals")."""
    core = name_core(clean_name(title))
    full = " " in core and re.fullmatch(GIVEN_NAME, core)
    return core if full and not names_a_role_or_group(core) else ""


#: Where a sentence after a paragraph's first begins ("Picture someone new. Malik is 38 …").
SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")


def word_count(text: str) -> int:
    """Words, not dashes or slashes between them: "P2 — Tech Lead / Senior Engineer" is five."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


#: "2. Ines — the author who picked style over features", "Mateo - a developer whose …": a name, a dash, and who the
#: person is (``who``).
NAME_AND_EPITHET = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*[—–-]\s+"
                              r"(?:[Tt]he|[Aa]n?)\s+(?P<who>\w.*)$")


_SEGMENT_BREAK = re.compile(r"\s*[|/·•]\s*")


def name_beside_age(text: str) -> str:
    """"황반변성 | 박준호 / 58세 / 동네 마트 사장님", "Night baker | Tomasz Wrona / 47 / runs a bakery": the person a card's
    line names just before her age (``NAME_AND_AGE``, its parts split by bars or slashes), or ""."""
    for name, after in pairwise(_SEGMENT_BREAK.split(text.strip())):
        if (said := NAME_AND_AGE.match(f"{name} {after}")) and said["name"] == name and not said["role"] \
                and (is_korean_full_name(name) or (name[:1].isascii() and not names_people(name))):
            return name
    return ""


def is_given_name(text: str) -> bool:
    return re.fullmatch(GIVEN_NAME, text) is not None


#: The common one-syllable Korean family names: "이수연", "박지훈" are people; "사용자", "관리자" are not (their
#: first syllables are family names too, so a people noun is ruled out on its own).
_KOREAN_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감")


def is_korean_full_name(text: str) -> bool:
    """"이수연": a Korean full name, a family name and a two-syllable given name."""
    return bool(re.fullmatch(r"[가-힣]{3}", text)) and text[0] in _KOREAN_SURNAMES and not names_people(text)


#: An age in words, as in "a forty-two-year-old ferry mechanic".
_AGE_WORDS = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|" \
             r"eighteen|nineteen)"
_INTRO = re.compile(rf"^({GIVEN_NAME}) (?:{_ABOUT_SOMEONE}|studies|uses|leads|manages|"
                    r"teaches|recently|just|started|began)\b|"
                    # "Dean, who lives with …", "Take Jean, a 76-year-old widow …", "Our user Tess, is …", "Jenna, 24, is …",
                    # "Rob, the reviewer, reads …": in apposition
                    rf"^(?:(?i:take|meet|our (?:user|persona|customer))\s+)?({GIVEN_NAME}),\s+(?:who\b|is\b|an?\s+(?:\d{{1,3}}|{_AGE_WORDS})[- ]year"
                    rf"|\d{{1,3}},\s+(?:{_ABOUT_SOMEONE})\b"  # "Jenna, 24, is a graduate student"
                    r"|(?i:age|aged)\s*:?\s*\d{1,3},"  # "Henrik, Age 24, Economics Student, lives with …"
                    r"|an?\s+[\w -]{2,40}?\s+who\b|an?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}\s+(?:at|in|from|with|for|of|on)\s+[A-Za-z]|(?:the|our)\s+[\w -]{2,30}?,\s+(?!and\b|or\b)[a-z])|"
                    # "Our main persona from the research is Denise, who …", "Alongside her is Hana, who …": named last
                    rf"^(?:(?i:(?:our|the) (?:[\w-]+ ){{0,2}}persona(?: [\w-]+){{0,4}}|alongside (?:him|her|them)|"
                    rf"then there(?: is|['’]s)))(?: is)? ({GIVEN_NAME}),\s+who\b|"
                    # "Our persona's called Galya.", "Our persona is named Tom Reyes": the name said outright
                    rf"^(?i:(?:our|the|my) (?:[\w-]+ )?persona(?:['’]s| is) (?:called|named))\s+({GIVEN_NAME})\b|"
                    # "We called our first persona Marissa.", "Our second most important user is Valeria.": counted off
                    rf"^(?i:we (?:called|named) our (?:[\w-]+ ){{0,2}}persona)\s+({GIVEN_NAME})\b|"
                    rf"^(?i:our (?:first|second|third|fourth|fifth|next|last|other|final) (?:[\w-]+ ){{0,2}}"
                    rf"(?:case|user|persona|customer|character) is)\s+({GIVEN_NAME})\b")


def introduced_person(text: str) -> str:
    """The person a paragraph opens by introducing ("Amina is a researcher … She …" -> "Amina"), or ""; the
    paragraph must go on about a person (a pronoun, or the name again), not a product ("Python is a language")."""
    match = _INTRO.match(text.strip())
    name = next((g for g in match.groups() if g), "") if match else ""
    if not match or name.split()[0].lower() in NOT_A_SUBJECT or name.isupper() or not is_given_name(name):
        return ""
    rest = text.strip()[match.end():]
    first = name.split()[0]
    # "Tom is a claimant who …": a relative "who" is about a person too
    return name if PRONOUNS.search(rest) or re.match(r"\W*an? [\w -]{2,40}? who\b", rest) \
        or says_word(rest, first) else ""


def most_told_person(text: str) -> str:
    """The one person a page without a title tells of, by a given name it repeats ("Dario writes server code … He …
    Dario has just …"), or "": the name must come at least three times and twice as often as any other capitalised
    word, never in lower case (a sentence's first word is written in lower case elsewhere: "The", "Even"), and the
    text must speak of him or her."""
    if not GENDERED.search(text):
        return ""
    lower = set(re.findall(r"\b[a-z][\w'’-]*", text))
    counts = Counter(w for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w.lower() not in lower
                     and w.lower() not in NOT_A_SUBJECT)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return ""
    return ranked[0][0]


def name_from_stem(stem: str) -> str:
    """A file name as a persona's name ("ops-olivia" -> "Ops Olivia") for one persona per file without a title; the
    page id a Notion export appends ("Ops Olivia 1f2e3d…", 32 hex digits) is not part of it."""
    stem = re.sub(r"[\s_-]+[0-9a-f]{32}$", "", stem)
    return re.sub(r"[-_]+", " ", stem).strip().title()
