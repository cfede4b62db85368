"""Words the persona extractor reads structure by, besides the field labels of ``model.SECTION_SYNONYMS``:
sections that are not personas, and the cues of a sentence that states a problem or a need.

English and Korean. Matched on whole words of a lower-cased title or sentence.
"""

from __future__ import annotations

import re

from callinsight.personas.reading.plain import SKIP_LINK

#: Reasons a job title in the heading does not override ("Operator A vs. Operator B" is a comparison).
CONTENTS = "table of contents"
_ALL_PERSONAS = "about all personas, not one"
_RELEASE = "a release or its notes, not a persona"
_COMPARISON = "a comparison, not a persona"
TEMPLATE = "a template for writing personas, not a persona"
MEASURES = "about the team's measures, not a persona"
PAGE_BACKGROUND = "background of the page"
REQUIREMENT = "a requirement, story or test, not a persona"
_RESEARCH_PART = "a part of the research, not a persona"
FIRM_REASONS = frozenset({CONTENTS, _ALL_PERSONAS, _RELEASE, _COMPARISON, TEMPLATE, _RESEARCH_PART})

#: The words that rank a persona without naming it ("Primary Persona", "Key persona: …", "Secondary user").
RANK_WORDS = r"primary|secondary|tertiary|main|core|key"

#: Headers of a column that codes or numbers the personas ("| ID | …", "| # | Persona |" ⏎ "| P-1 | …").
ID_COLUMNS = frozenset({"id", "code", "key", "persona id", "persona code", "ref", "코드", "#", "페르소나 id", "퍼소나 id"})

#: A persona's code after the word persona: a letter and a number ("Persona S1", "페르소나 C2": store and customer
#: personas of one plan, "Persona A1" … "Persona L3": admins and learners), written in capitals as codes are.
PERSONA_CODE = r"(?-i:[A-Z])\d{1,2}(?!\w)"

#: The label of a detail in a persona's profile ("Age: 69", "Location: Denver", "나이: 25").
PROFILE_DETAIL = re.compile(
    r"^\W*(age|gender|sex|pronouns|location|hometown|home town|residence|lives in|nationality|ethnicity|education|"
    r"occupation|job|job title|income|salary|family|marital status|relationship status|children|kids|household|origin|"
    r"tech(nology)? (savviness|skills?|level|comfort|proficiency|literacy|usage|use)|comfort with tech(nology)?|"
    r"devices?|age (range|group|bracket)|"
    r"나이|연령대?|성별|거주지|사는 곳|학력|직업|소득|연봉|가족|결혼 여부|(기술|디지털|IT) ?(친숙도|숙련도|수준|이해도|활용도))\W*$", re.I)

#: A heading that asks who someone named is ('Who is "Helen" (Primary ICP)', "Who is Dana?"): her persona, not the
#: "who they are" field (not "Who is the buyer?", "Who is this for?").
WHO_IS_NAMED = re.compile(r"^\W*(?i:who(?:['’]s| is))\s+[\"“'‘]?(?P<name>(?!(?:The|This|That|Our|Your|Their|She|He|It|We)\b)"
                          r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[\"”'’]?(?P<rest>\s*\([^()]*\))?\s*\??\s*$")


#: Section titles that are never a persona, with the reason shown to the user.
NON_PERSONA_TITLES: tuple[tuple[str, str], ...] = (
    (r"table of contents|\bcontents\b|\btoc\b|on this page|목차", CONTENTS),
    (SKIP_LINK.pattern, "page navigation"),
    # a blog's comment form and sharing row, copied with the post ("Leave a Reply", "Twitter picture", "Share this:")
    (r"^\W*(leave a (reply|comment)|post a comment|add a comment|\d+ (comments?|responses?|replies)|share this( post)?|"
     r"like this|related posts|you (may|might) also like|댓글( \d+개)?|댓글 (달기|쓰기|남기기))\W*$|"
     r"^\W*(google\+?|twitter|facebook|linkedin|wordpress(\.com)?|gravatar|instagram)\s+(photo|picture|image|icon|avatar|account)\W*$",
     "page furniture (comments, sharing)"),
    (r"\bfaqs?\b|frequently asked|questions|자주 묻는", "FAQ"),
    (r"writing for|how to write|writing guid|style guide|tips for writing|\btips\b|guidelines|best practices|"
     r"do'?s and don'?ts|작성 가이드|(주의|유의)(\s?사항|할 점)?\W*$", "writing guidance"),  # "검증 시 주의", "유의사항"
    (r"how to use|using (these|the|our) (personas|profiles)|what (are|is an?) (personas?|profiles?)|"
     r"why (are |use |do we use |we use )?(personas|profiles)|about (these|the|our) personas|"
     r"purpose of|personas? (are|is) important|^\W*(\d{1,2}[.)]\s*)?(the )?(persona|profile)s? (framework|schema|structure|format|anatomy)\W*$",
     "about personas in general"),
    # "Shared Goals", "Universal Pain Points", "User Characteristics": what all of them have, said once for all
    (r"\b(common|shared|main|key|general) (characteristics|traits|themes|threads|needs|outcomes|patterns|ground|scenarios)\b|"
     r"^\W*(shared|universal|common) (goals|pain points|frustrations|challenges|motivations|needs|concerns)\W*$|"
     r"^\W*(shared|common) ([\w-]+ )?(attributes|profile|baseline)\W*$|"  # "Shared Creator Attributes"
     r"^\W*(\d{1,2}(\.\d{1,2})*[.)]?\s*)?((user|audience|customer) (characteristics|traits|attributes)|(사용자|고객|유저) 특성)\W*$|\bacross (all |the )?(profiles|personas|users)\b|\bfor (all|every) (the )?(profiles|personas|users)\b|\ball (the )?personas\b|"
     r"\bsimilarities\b|공통|\b(by|per|for each|across) personas?\b|(?:페르소나|퍼소나)별", _ALL_PERSONAS),
    (r"enablement|training|playbook|objection handling|교육", "enablement"),
    # (not "시나리오 작가 K — 웹소설 영상화": a persona whose work is about video)
    (r"\bvideos?\b|\bwebinars?\b|\brecordings?\b|\bwatch\b|영상(\s?(모음|자료|목록|링크|보기))?\W*$", "videos"),
    # ("Rendered Diagram Image", "Figure 2: …"; not "Container Image Provider")
    (r"\b(diagram|image|figure|screenshot|illustration)s?\s*(\d+\b|[:(—–-]|$)|이미지|도표|다이어그램", "a figure, not a persona"),
    (r"\banalysis\b|\bfindings\b|\bsynthesis\b|\bimplications\b|\binsights\b|분석(?!가)|인사이트", "analysis"),  # (분석가: an analyst)
    (r"\breferences?\b|\bresources\b|further reading|see also|\bsources\b|\bappendix\b|\bglossary\b|참고", "references"),
    (r"\bbackground\b|\bintroduction\b|\boverview\b|\bcontext\b|\bexecutive summary\b|^\W*(\d{1,2}[.)]\s*)?summary\W*$|"
     r"^\W*(\d{1,2}[.)]\s*)?요약\W*$|배경|개요|소개|"
     r"^\W*(purpose|scope|status|get involved|how to get involved|contact( us)?|about this (page|document))\W*$|"
     r"^\W*((document|doc|page) )?meta ?data\W*$|^\W*(document|doc|page) (information|info|details|control)\W*$|^\W*문서 정보\W*$",
     PAGE_BACKGROUND),
    (r"^\W*(\w+ )?(persona|profile|user) templates?\W*$|^\W*templates?( for (a |each |new )?(personas?|profiles?))?\W*$", TEMPLATE),
    (r"\btemplate\b|\bplaceholder\b|\btbd\b|\btodo\b|coming soon|lorem ipsum", "placeholder"),
    # a bare "Contributors" is a README's list of names; "Core Contributor", "Contributor personas" are people
    (r"journeys?\b|여정|\b(user|main|key|core|primary)\s+flows?\b|(유저|사용자|주요|핵심)\s?(플로우|흐름)|change ?log|(revision|version|document|change) history|(변경|개정) ?이력|^\W*(our |all |the )?contributors( list)?\W*$|\bcontributing\b|"
     r"\bnot (a |the )?personas?\b|\bnon-?personas?\b|"
     # the project's own team ("## 팀 구성" ⏎ "| 역할 | 이름 |"); not "Team 1 (Frontend)", a persona numbered by team
     r"^\W*(\d{1,2}[.)]\s*)?(our |the |meet the )?team( members| roles| composition| structure| (&|and) roles)?\W*$|"
     r"^\W*(\d{1,2}[.)]\s*)?팀\s?(구성|원|원 소개|원 역할|원 및 역할)(?=\W|$)|"
     # "진행 인원 및 역할" (who worked on it), "참여 멤버", "역할 분담", "구성원 소개"
     r"^\W*(\d{1,2}[.)]\s*)?((진행|참여|개발|프로젝트)\s?(인원|멤버|구성원)(\s?및\s?역할)?|역할\s?분담|구성원(\s?소개)?|멤버\s?소개)\W*$",
     "not a persona"),
    # "v1.2", "1.2.3", "2.0 (2024-05-01)" are releases; "3.3 Personas View" is a numbered section
    (r"^\W*v\d+(\.\d+)+\b|^\W*\d+(\.\d+){2,}\b|^\W*\d+\.\d+\s*([(\[]|[-—–]\s*\d|$)|release (history|notes)|what'?s new|\bchanges in\b", _RELEASE),
    (r"\bvs\.?(?!\w)|\bversus\b|\bcompared\b|\bcomparison\b|\bdifferences? between\b|^\W*(key |main )?differences\W*$",
     _COMPARISON),
    # the product's design around the personas: "Edge cases", "Story mapping", "엣지 케이스", "ROI"
    (r"\bedge cases?\b|엣지 ?케이스|\b(user )?story map(ping)?\b|스토리 ?(맵|매핑|맵핑)|^\W*use case\W*$|\broi\b|return on investment",
     "about the product's design, not a persona"),
    # a manual's function: "xsltGetKey ()", "dnsPromises.resolveSrv(hostname)", "new Agent(options)"
    (r"\w\s?\(\s*\)|\w\.\w+\(|^\W*new \w+\(", "code (a function), not a persona"),
    # (not "Martin at Harbrook Fabrications Ltd": someone at an organisation)
    (r"^(?!.*\b(at|from)\s).*\b(corporation|inc|ltd|llc|gmbh|plc)\b\.?", "an organisation, not a persona"),
    (r"\b(industries|verticals|sectors|markets|market size|use cases|competitors|competition|pricing|products|features|prioriti[sz]ation|"
     r"channels)\b|산업|업종|경쟁사|가격", "about the market or the product, not a persona"),
    (r"^\W*(where|what|why|how|when) (can|do|does|did|should|is|are|will|would)\b|^\W*why not\b", "a question the page asks, not a persona"),
    (r"takeaways|next steps|\brecommendations\b|conclusions?\b|methodology|research method|how we (built|made|created|researched)|"
     r"acknowledge?ments|\bcredits\b|\blicen[cs]e\b|결론|방법론|"
     r"\bvalidat(e|ion)\b|\bhypothes[ie]s\b|\bassumptions\b", "about the research, not a persona"),
    # a case study's research, the whole title ("Understanding the user" over its pain points is no user)
    (r"^\W*(\d{1,2}[.)]\s*)?((understanding|knowing) (the|our|your) (users?|customers?)|interview (findings|insights|results|summary))\W*$",
     _RESEARCH_PART),
    # "[Critical] C1. No way to subscribe", "Major M2: …", "[Minor] …": a review's finding or an issue, by its severity
    (r"^\W*\[?(critical|major|minor|blocker|trivial|high|medium|low)\]?\s*[a-z]?\d{1,2}\s*[.:)—–-]|^\W*\[(critical|major|minor|blocker)\]",
     "a finding or an issue, not a persona"),
    # "BUG-1", "FR-3. 민감정보 마스킹", "NFR-2", "Story 4.3", "Test 2", "Use Case 2: …", "Scenario 1": a bug, a requirement, a story or a test by its number
    (r"^\W*(bug|fr|nfr|req|us|tc|ac|epic|story|test|test case|use case|uc|scenario)\s?[-#]?\s?\d+(\.\d+)*\b", REQUIREMENT),
    # "Phase 1 (Months 1–2)", "Phase 2 - MVP", "Sprint 3", "2단계": a stage of the team's plan
    (r"^\W*(phase|milestone|sprint|stage)\s*[\dIVX]+\b|^\W*\d\s*단계|단계별|\b(by|per) (stage|phase)\b", "a stage of the plan, not a persona"),
    # ("Agenda Supporter" is a kind of user)
    (r"\bagenda\s*([(:—–-]|$)|meeting (agenda|notes|minutes)|회의록|안건", "a meeting's agenda or notes, not a persona"),
    # "May 2025 - June 2025", "3 October 2014", "2025년 5월": a date, the page's or a post's (not "### 1.", a card's number)
    (r"^(?=.*\d)(?!\W*\d{1,2}\W*$)(\W|_|\d|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|"
     r"nov(ember)?|dec(ember)?)\b|년|월|일)+$", "a date, not a persona"),
    (r"https?:|https?//|\bwww\.|\.(com|org|net|io|co\.uk)/", "a web address, not a persona"),
    # what a web page or a slide shows in place of a picture ("Photo", "Persona image", "사진")
    (r"^\W*((\w+ )?(persona|user|profile) )?(photo|image|picture|icon|avatar|illustration|headshot)s?\W*$|^\W*(사진|이미지)\W*$",
     "an image's place, not a persona"),
    # a case study's parts around its personas ("Solving Problems", "Deliverables", "Our Solution")
    (r"^\W*(\d{1,2}(\.\d{1,2})*[.)]?\s*)?(solving (the |our |their )?problems?|(key |project )?deliverables|(the |our |proposed )?solutions?|outcomes|"
     r"(the )?problem scenarios?|problem statement|(the )?problems? (to solve|we solve)|problem definition|문제 (정의|진술))\W*$|^\W*(\d{1,2}[.)]\s*)?(the )?(core|main|key|central|underlying) problem\b",
     "about the project, not a persona"),
    # the team's own choices around its personas: "Priorities", "Design principles", "핵심 UX 원칙", "지원 언어", "Non-goals",
    # "3. Key Design Principles Derived from Personas", "Design rule"
    (r"^\W*(\d{1,2}[.)]\s*)?([\w-]+ ){0,2}(priorit(y|ies)|principles?|rules?|supported languages)"
     r"(\s+((derived|drawn|taken) from|for)\s.*)?\W*$|우선\s?순위|원칙|지원 언어|"
     r"^\W*(\d{1,2}[.)]\s*)?(non-?goals|anti-?goals|out of scope)(\s*\([^)]*\))?\W*$|^\W*out[- ]of[- ]scope (for|in|during|until)\b",
     "about the team's choices, not a persona"),
    # the product's own pitch: "Product Definition", "Vision Statement", "Mission", "Elevator pitch", "Product Requirements",
    # "Minimum Viable Product (MVP)" over its MoSCoW list ("Must Have: …", "Won't Have: …")
    (r"^\W*(\d{1,2}[.)]\s*)?((the |our )?product |project )?(definition|vision( statement)?|mission( statement)?|elevator pitch)\W*$|"
     r"^\W*(\d{1,2}[.)]\s*)?(the )?(minimum viable product|mvp)( \(mvp\))?( features| scope| requirements)?\W*$|\bmoscow\b|"
     r"\b(product|project|mvp)\s+scope\b|\b(product|design|feature|functional) requirements\b|\bfuture[- ]state\b|\b(product|project|business) (goals|objectives)\b|"
     r"^\W*(\d{1,2}[.)]\s*)?((제품|서비스|플랫폼|프로덕트) )?(비전|미션)( 및 목표| 및 미션| 및 비전)?\W*$|^\W*(\d{1,2}[.)]\s*)?(핵심 ?가치( ?제안)?|가치 ?제안)\W*$|"
     r"^\W*(\d{1,2}[.)]\s*)?((the|our|primary|core) )?(product|platform|project|service) vision( statement)?\W*$|^\W*(\d{1,2}[.)]\s*)?(비즈니스|사업|제품|프로젝트) 목표\W*$|"
     # the plan's own title: "향수 추천 애플리케이션 기획서" (a proposal), "… 요구사항 명세서", "… 설계서"
     r"(기획서|기획안|제안서|명세서|설계서)(\s*\([^)]*\))?\W*$",
     "about the product, not a persona"),
    # who wrote and owns the document: a PRD's "2. Contacts" table ("| Product Owner | TBD |"), "Document owners"
    (r"^\W*(\d{1,2}[.)]\s*)?((key|project|document) )?contacts\W*$|^\W*(\d{1,2}[.)]\s*)?document (owners|authors)\W*$|"
     r"^\W*(\d{1,2}[.)]\s*)?연락처\W*$",
     "about the document's authors, not a persona"),
    # how the team scores and reviews its profiles: "ICP Scoring Model", "Success Metrics for ICP Fit", "Refinement Cadence"
    (r"\bscoring (model|matrix|rubric|framework)\b|\blead scoring\b|\bsuccess metrics\b|\bmeasurement (framework|plan)\b|\b(refinement|review|update) cadence\b|"
     r"^\W*(\d{1,2}[.)]\s*)?((ux|key|product) )?(metrics|kpis)\W*$|(성공|핵심|ux) ?지표", MEASURES),
    # "- Age: 69" ⏎ "- Education: Bachelor's" under a persona's name: her profile's details, never personas themselves
    (PROFILE_DETAIL.pattern, "a detail of a persona's profile, not a persona"),
)

#: A title that says its section is the personas themselves ("Personas", "Our user types", "페르소나").
ONLY_PERSONAS = re.compile(r"^\W*((our|the|key|main|target|user|buyer|customer)\s+)*(personas|user types|archetypes)\W*$|^\W*(?:페르소나|퍼소나)\W*$", re.I)

#: Plural nouns that make a title a container of personas ("Key Roles and Personas"), not one persona; Korean marks
#: no plural, so its users and customers are a container where the title says whom the product is for ("타깃 사용자").
CONTAINER_WORDS = re.compile(
    r"\b(personas|roles|profiles|users|customers|buyers|segments|audiences|archetypes|icps|stakeholders|roster)\b|"
    r"\b(our|intended|target|primary|key) audience\b|(?:페르소나|퍼소나)|역할|(?<![가-힣])(타깃|타겟|대상|주요|핵심|목표|주|부|보조|잠재)\s?(사용자|고객|유저)(층|군)?(?!\s*[가-힣])", re.I
)

_PLACEHOLDER_TEXT = re.compile(
    r"^\W*(tbd|todo|tk|coming soon|lorem ipsum.*|\[[^\]]*\]|<[^>]*>|\{[^}]*\}|n/?a|xxx+|"
    r"(your|new|example|sample) persona( name| title)?( here)?|persona (name|title|here)|your \w+( \w+)? here|name|\.\.\.|…|"
    r"(describe|add|enter|insert|write|list) (a|an|the|your|their|one|some) [\w ]{1,30})\W*$|^\W*$", re.I)

#: A sentence that states a problem ...
PROBLEM_CUES = re.compile(
    r"struggl|trouble|difficult|\bhard (to|for)\b|frustrat|worr(y|ie)|\bconcern|afraid|\bfears?\b|unsure|confus|"
    r"\blost\b|\blos(e|es|ing)\b|\ball over again\b|can't|cannot|\bcan (?:almost )?never\b|\bunable\b|(don't|doesn't|do not|does not|won't|will not) (work|respect)|broken|"
    r"\bbreaks?\b|\bfail|\berrors?\b|conflicts?\b|friction|\bslow|\bpain(?!t)|challenging|"
    r"\b(fac\w*|ha(s|ve|d)|meets?|encounter\w*|experienc\w*|magnif\w*) (\w+ ){0,2}challenges?\b|\bchallenges? (with|in|of)\b|"
    r"\b(these|those|such|many|biggest|main|real) challenges\b|obstacle|barrier|\black(s|ing)?\b|"
    r"\bwhat (stops|holds back|keeps back) (them|him|her|me|us)\b|\bgets? in (the|their|his|her|my|our) way\b|"  # a barrier said so
    r"\bstressed\b|\btorn between\b|\bguilt(y)?\b|"  # how a persona feels about it
    r"\b(main|biggest|greatest|chief|key) challenge (is|was|lies)\b|"
    r"\bsadly\b|\blosses\b|\bslump\b|\b(dropped|fallen|fell|declined|plummeted) (sharply|steeply|dramatically|significantly)\b|"
    r"\blimit(ed|s)\b|\btoo (long|much|many|expensive|complex|slow)\b|\bwait(s|ing|ed)?\b|annoy|overwhelm|over-?committed|"
    r"overworked|exhaust|tedious|time-consuming|stressful|\bsick\b|\bproblems?\b|\bissues\b|complain|"
    r"\brisk(?!s? (management|assessment|analy\w*|scor\w*|indicators?|ratings?)\b)|\bgaps?\b|inconsisten|\bkill|"
    r"headache|\bregrets?\b|\b(mis|dis)trust|\bweighs? (heavily |on )?(on )?(their|his|her|my|our) minds?\b|\bno (prior |real )?(knowledge|experience) (of|with|in)\b|\bnever used\b|\bonly knows\b|unfamiliar|"
    r"\bnot familiar\b|\bnot (quite |really |entirely |very )?(sure|aware|technical|confident)\b|\bwonder(s|ing)? (how|where|whether|if|what)\b|"
    r"\blittle (background|experience|knowledge|training)\b|\blimitations?\b|unpredictab|"
    r"\b(don't|doesn't|do not|does not) (currently |yet |even )?(have|appear to have) (a|an|any|the|enough)\b|\b(doesn't|does not|don't|do not|didn't|did not) (yet |really |even )?know\b|\bstuck\b|\bblock(ed|s|ing)\b|tired of|fed up|\bhates?\b|dislik|gives? up|\bwalks? away\b|spends? (hours|days|too)|"
    r"\bkeeps? (missing|failing|breaking|losing|crashing)|\bno (easy |simple |good |quick )?way (to|of)\b|\b(is|are) missing\b|crash|freez|\bdrops?\b|"
    r"\bnever (works?|syncs?|loads?|arrives?|saves?|updates?|connects?)\b|disconnect|outage|downtime|"
    r"\b(may|might|often|does|do|did|can|could) not (be able|know|have|understand|feel|get|find|see|trust)\b|"
    r"\b(has|have|had)(n['’]t)? never\b|\b(he|she|they)['’]s never\b|\bnever (been|had|committed|packaged|written|done|learned|learnt)\b|"
    r"\b(has|have) no (clear|easy|good|formal|reliable|way|time|budget|access|support|experience|idea|prior|training)\b|"
    r"\bno clear\b|\b(isn['’]t|is not|there['’]s no) (a )?clear\b|\bunclear\b|\b(were|was|are|is|aren't|wasn't) not (\w+ )?clear (on|about|why|what|how|whether)\b|\bcomplexit(y|ies)\b|\bpoorly\b|\bambiguous\b|\bstolen\b|"
    r"\bpressure\b|\b(short|tight) deadlines?\b|\banxi|\bfatigue|\bdistract|\bincorrect\b|\binaccura|\bincomplete\b|"
    r"\bflawed\b|\b(no one|nobody) (really )?(gets|understands|knows)\b|\bat capacity\b|\btime[- ]suck|\bno support\b|"
    r"\b(doesn['’]t|does not|don['’]t|do not) (currently |yet )?(learn|get|handle|qualify|understand|have|feel)\b|\balienat|"
    r"\bintermittent|\bunreliable\b|\bpower cuts?\b|\bpoor(ly)?\b|"
    r"apprehensive|\bnervous\b|hesitant|reluctan|skeptic|sceptic|intimidat|\bmiserable\b|"
    r"\bhas (many |some |a lot of )?questions\b|\blittle (\w+ )?time\b|\bnot able to\b|"
    r"\bexpensive\b|\bcosts? (money|too much|a lot)\b|"
    # what wears a person down, said of them in a story ("the job can wear him down", "drowns in email", "feels uneasy")
    r"\bangr(y|ier|iest|ily)\b|\banger\b|"
    # more of how a person feels (cheated, ashamed, desperate, on edge) and what weighs on her purse ("money is tight")
    r"\bcheated\b|\bashamed\b|\bhumiliat|\bbetrayed\b|\bdesperat|\bdiscourag|\bdemotivat|\bdepressed\b|\bgrieving\b|"
    r"\bself-conscious\b|\bon edge\b|\bsleepless|\bdisheartened\b|\bterrified\b|\b(feels?|felt|feeling) (\w+ )?(neglected|excluded|judged)\b|"
    r"\bin debt\b|\bmoney is (so |very |really |always )?tight\b|\bsuspicious of\b|"
    # short of money, practice or focus ("not a lot of money", "little practice", "loses interest fast", "garbled")
    r"\bnot (a lot of|much|enough) (money|cash|time)\b|\bless (money|cash)\b|\b(financial|money|cash) (strain|stress|worries|trouble)\b|"
    r"\blittle (practice|knowledge|guidance)\b|\bnot (very |particularly |that )?skilled\b|\bgarbled\b|"
    r"\blos(e|es|t|ing) interest\b|\bsidetrack|\bpatchy\b|\b(can['’]t|cannot|unable to|struggles? to|hard to) (stay )?(focus|concentrate)|"
    r"\bnot easy to\b|\b(doesn['’]t|does not|don['’]t|do not) (say|make) (it )?(clear|plain)|"
    r"실수가 (잦|많|잦은)|자신(감)?이 (없|사라)|시간이 (많이|오래) (들|듦|든|걸)|"
    # what seldom works, and what is left of what one could do ("hardly ever functions", "only a third as much done")
    r"\b(hardly|barely|rarely|seldom) (ever )?(works?|functions?|loads?|runs?|fits?|arrives?|responds?)\b|"
    r"\b(only|just) (a )?(third|quarter|fraction|half) (as (much|many|fast|well)|of what)\b|"
    # a trait list's refusals and unease ("Won't ask anyone for help", "Not at ease with touchscreens", "Rushed")
    r"^\W*(won['’]t|will not|refuses to) (ask|use|try|wear|pay|trust|admit|call|learn|read|download|install)\b|"
    r"\b(not|ill) at ease\b|\bno faith in\b|\brushed\b|"
    # harder than one thought, abuse, keeping away ("harder going than they'd thought", "stays away from the clinic")
    r"\b(harder|more difficult|tougher|longer|costlier|more expensive|more complicated) (going )?than (\w+['’]?\w* ){0,2}(thought|expected|planned|hoped|imagined)\b|"
    r"\babus(e|ed|ive)\b|\b(keeps?|kept|stays?|stayed) away from\b|"
    # feeling unsafe, tears, a packed week; Korean not understanding ("feels unsafe", "sheds a few tears", "이해가 안 돼")
    r"\bunsafe\b|\b(sheds?|in) (\w+ ){0,2}tears\b|\bcr(ies|ied|ying)\b|\bpacked (schedule|timetable|calendar|diary|week)\b|"
    r"\b(schedule|timetable|calendar|diary|week) (is|was) (already |always |completely |fully )?(packed|full|crammed)\b|"
    r"이해(가|를|도)? ?(되지|하지) (않|못)|이해가 (안|잘 안)|\bupset\b|\birritat|\bfurious\b|\bbored\b|\bboring\b|\bmakes? (\w+ )?mad\b|"
    r"\bdread|\buneas|\b(feels?|felt) (\w+ )?insecure\b|\binsecurit|frighten|\bfret|\bdrained\b|"
    r"\b(wears?|worn) (\w+ )?(down|out)\b|\bswamped\b|\bdaunting\b|\bwary\b|\b(feels?|felt) (\w+ )?(isolated|alone)\b|\blonely\b|"
    r"\bguilty\b|over (his|her|my|their|our) heads?\b|\bbrushed off\b|\bignored\b|\bno patience\b|\bhardly any\b|"
    r"\bburied\b|\bburying\b|\beats? (up )?(\w+ )?(time|hours)\b|\bdrown(s|ing)?\b|\bloath|\bwreck|\bhard time\b|\bclumsy\b|"
    r"\bshaky\b|\bf[ae]lls? short\b|\bbarely\b|\brigid\b|\bawkward\b|\bjuggl|\bembarrass|\bordeal\b|"
    r"\btough\b|\b(has|have|had) (nobody|no one)\b|\bzero patience\b|\bhard going\b|\bthe hard part\b|"
    r"\b(makes?|made|making) (\w+ )?(\w+ )?(hard|harder|difficult)\b|\beats? into\b|\bcut off\b|"
    r"\bslipping (into|behind|away)\b|\bstopped (calling|working|visiting|coming)\b|"
    # hurt, once bitten, powerlessness, rejection and silence ("what hurts is the silence", "got stung by a vendor")
    r"\b(got|gets|get|been|was|were) (hurt|stung|burn(ed|t))\b|\bwhat hurts\b|\b(powerless|helpless|hopeless)\b|\brejected\b|\brejections\b|\bunanswered\b|\bnothing to show\b|"
    r"\b(jobless|unemployed|out of work)\b|\bworse\b|\bthan ([\w'’-]+ ){0,5}can (handle|manage|cope with|keep up with|justify|afford)\b|"
    # put off, never mended ("doesn't appeal to me", "does not come easily to her", "never get repaired"), repeating
    # one's mistakes ("keeps making the same mistakes")
    r"\b(doesn['’]t|does not|don['’]t|do not) (appeal|come (easily|naturally))\b|\bkeeps?( on)? (making|repeating) (the )?same mistakes?\b|"
    r"\bnever (get|gets|got) (fixed|repaired|solved|resolved|addressed|answered)\b|\bstretched (too )?thin\b|\bwhat (really |most )?bothers\b|\bbothered by\b|"
    # resentment, unawareness, blame, being left out ("resents having to", "unaware of", "faces blame", "will be left out")
    r"\bresent(s|ed|ing|ful|ment)?\b|\bunaware\b|\b(face|faces|facing|get|gets|take|takes) (the )?blame\b|\b(feel|feels|felt|feeling|be|being|been|get|gets|got) left out\b|"
    r"\bnever (get|gets|got|getting) (any )?(better|easier)\b|"
    # what weighs a person down ("the caring weighs on her", "out of her depth", "a heavy emotional load")
    r"\bweigh(s|ed|ing)? (heavily )?on (him|her|them|me|us)\b|\b(no one|nobody) to (help|watch|ask|turn to|talk to|look after)\b|\bout of (his|her|their|my|our) depth\b|\b(heavy|emotional|mental) (load|toll)\b|"
    # the same in a Korean story: worry, doubt, wearing out, hesitating, being short of money or time ("근심이 늘었다")
    r"근심|의심하|자신감[이은]? ?(떨어|없)|기운이 (빠지|빠져|없)|지치|지쳐|물린다|질리|질려|건너뛰|고되|고된|고될|버겁|벅차|"
    r"외롭|외로(워|움)|막막|두렵|두려(워|움)|무섭|망설|엄두가 (안|나지)|긴장|빠듯|쪼들|허덕|쫓기|틈이 없|여유가 없|제자리|"
    # shame, resignation, impatience, fear and loneliness in a Korean profile ("주눅 듦", "체념", "조바심", "겁남")
    # more Korean feelings and lacks ("속상해요", "괴롭다", "아쉽다", "쉽지 않다", "막지 못해", "잔고가 바닥난", "딱히 없고")
    r"속상|서운|창피|우울|괴롭|괴로(워|움)|아쉽|아쉬(워|움)|눈치(가|를)? ?(보|봐)|싫증|기억(나지|이 나지) 않|기억이 안|"
    r"(?<![가-힣])[가-힣]+지 못(해|하|했|한|함|할)|바닥(나|났|난)|만만(치|하지) 않|쉽지 않|신경이 쓰|지루|(?<!상관)(?<!걱정)(?<!문제)없고(?![가-힣])|"
    r"주눅|체념|조바심|초조|겁(이 )?(나|남|난|납)|(?<![가-힣])포기(하|함|했|할)|질색|마음에 걸|때를 놓|물거품|"
    # what a Korean sentence says cannot be done or is missing ("못 막는다", "보여 줄 숫자가 없음"; not "문제없다")
    r"(?<![가-힣])못 [가-힣]|(?<!문제가 )(?<!문제)(?<!걱정이 )(?<!걱정)(?<!상관)(?<!상관이 )없(음|다|어요|습니다|어서)(?![가-힣])|"
    r"감이 (오지 않|안 오|안 옵|안 와)|소용이? 없|막혀|막힌|막힙|떠오르지 않|"
    r"\bno (\w+ )?(training|skills)\b|\b(no|rarely (have|has)|without) (permission|rights)\b|"
    r"end[- ]of[- ]life|\bdeprecated\b|\bshuts? down\b|\bshutting down\b|"
    # falling behind, resisting, not done yet, hard going, doing without, out of one's depth ("teams are still
    # lagging", "push back hard", "have yet to finish", "is proving hard", "without any proper tools", "beyond him")
    r"\blag(s|ging|ged)?\b|\bpush(es|ed|ing)? back\b|\b(has|have|had) yet to (finish|complete|find|fix|solve|figure|get|see|hear|receive)\b|"
    r"\b(is|are|was|were|proving|proves|proved|remains?) (very |really |so |too |still )?(hard|difficult|tough)\b(?!-)|"
    r"\bwithout (any |a |the )?(proper|real|decent|reliable|adequate) (tools?|support|training|equipment|software|systems?|help)\b|\b(well |way |far )?beyond (him|her|them|me|us)\b|"
    r"\bdrawbacks?\b|\bdownsides?\b|\btiring\b|\btoo \w+ (to|for)\b|\b(just|far|way|simply) too \w+|(?<!-)\bforg(et|ets|etting|ot|otten)\b(?!-)|"
    r"\b(couldn['’]t|could not) (\w+ )?(see|find|tell|get|use|read|hear|access|reach|understand|figure)\b|"
    r"\b(not|never) (\w+ )?(happy|satisfied|pleased) (with|about)\b|\bunhappy\b|\bdissatisf|\bjeopard|\bharass|\bbull(y|ied|ying)\b|"
    r"\b(lots of|a lot of|considerable|significant) efforts?\b|\btension\b|"
    r"\bstill not working\b|\b(stopped|stops) working\b|\bmessy\b|\bunstructured\b|\bdisorgani[sz]ed\b|\bunpleasant\b|"
    r"\b(has|have|had)(n['’]t| not) (yet )?been able to\b|\bno (consensus|agreement)\b|\bnot (very |really )?tech[- ]savvy\b|"
    r"\bnever knows?\b|\bhours of (searching|digging|trying)\b|\bwast(e|es|ed|ing) (\w+ ){0,2}(time|hours?|minutes|days?|mornings?|afternoons?|evenings?|nights?|weekends?|money|effort)\b|"
    r"\b(time|hours?|money|effort) (is |are |gets? )?wasted\b|"
    r"\b(is|are|was|were|becomes?|became|remains?) (always |often |still |usually |sometimes |also )?(an? |the )?(real |big |major |constant |recurring )?(issue|problem)\b|"
    r"\b(has|have|had) no (\w+ ){0,2}(experience|knowledge|clue|references?)\b|\bno clue\b|"
    r"\b(go|goes|went|going|gone) wrong\b|\bby mistake\b|\b(rings?|rang|buzz(es)?|buzzed|calls?|called|visits?|visited|takes?|took|"
    r"gets?|got|picks?|picked|orders?|ordered|enters?|entered|opens?|opened|books?|booked|sends?|sent) (the|a) wrong\b|\bmiss(es|ing)? out\b|\blow[- ](paid|income|wage)\b|"
    r"\b(but|there is|there's) no (internet|signal|connectivity|network|coverage|electricity)\b|"
    r"\binfeasible\b|\bnot feasible\b|\bimpossible\b|\bunaffordable\b|\bprohibitive(ly)?\b|"
    r"\bif only\b|\bunfortunate(ly)?\b|\bburden|\bsteep learning curve\b|\bscattered\b|\b(tight|shoestring) budgets?\b|"
    r"\bthan (he|she|they|i|we) would like\b|\b(don['’]t|doesn['’]t|do not|does not) (like|want to)\b|\bslips? through\b|"
    r"cyberbull|\bonly (speaks|reads|understands)\b|\bnot (very |really |particularly )?proficient\b|"
    r"\b(not|never) (yet )?(had|received) (any )?(formal )?(training|experience)\b|"
    r"\bspends? (a lot of|lots of|much of \w+) time\b|\bhad to\b|"
    # "spends longer than planned", "spent more than he would've wanted", "ends up walking the same aisles again"
    r"\b(longer|more|later) than (planned|intended|budgeted|(s?he|they|i|we) (would|'d|’d)(['’]ve| have)? (like|liked|want|wanted))\b|"
    # "little patience for", "squeezed for time", "lunch slips her mind", "deadlines started to slip", "it drains him",
    # "feels the strain", "calls go nowhere", "it puts me off", "gimmicky", "poorly planned", "throws my week into chaos"
    r"\b(little|no) patience (for|with)\b|\bsqueezed for (time|cash|money|space)\b|\bslips? (her|his|their|my|our) minds?\b|"
    r"\b(keeps?|kept|started to|starting to|begun to|begin to) slip(ping)?\b|\bdrains? (him|her|them|me|us)\b|"
    r"\bfeels? the (strain|pinch)\b|\b(go|goes|went|going) nowhere\b|\bputs? (me|him|her|them|us) off\b|\boff-putting\b|"
    r"\bgimmick(y|s)?\b|\b(poorly|badly) (planned|organi[sz]ed|run|designed|explained|documented|signposted)\b|\binto chaos\b|"
    r"\b(seldom|rarely|hardly ever) (has|have|gets?|finds?) (any |much |enough |the )?(time|a moment|a minute|sleep)\b|"
    # "battles insomnia", "a hip injury", "weak spots", "no hours left", "harder and harder", "not at home with", "panic",
    # "feels overlooked", "isolating", "fraud", "stung by", "holds her back", "locked out", "no room to", "little enthusiasm"
    r"\bbattl(es|ing|ed) (with|against|severe|chronic|constant|daily|ongoing|insomnia|depression|anxiety|illness|cancer|"
    r"addiction|debt|fatigue|stress|loneliness)\b|\binjur(y|ies|ed)\b|\bweak (spots?|points?)\b|\bno (\w+ )?(hours|time|money|energy) left\b|"
    r"\b(harder|worse|more difficult) and (harder|worse|more difficult)\b|"
    r"\b(isn['’]t|is not|not) (entirely |really |quite |very |at all )?at home with\b|\bpanic(s|ked|ky)?\b(?! (buttons?|rooms?))|"
    r"\bfeels? (overlooked|ignored|invisible|sidelined)\b|\bisolating\b|\b(feels?|felt|socially) isolated\b|\bsocial isolation\b|\bfraud(ulent|sters?)?\b|\bstung by\b|"
    r"\bholds? (him|her|them|me|us) back\b|\blocked out\b|\bno room (to|for)\b|\b(little|no) enthusiasm\b|"
    r"\b(scarcely|hardly|barely) (any|enough) (time|money|room|space|sleep|hours|help|support)\b|"
    r"(?<!never )(?<!not )(?<!rarely )\bdisappoint(ed|ing|s|ment)?\b|\b(know|knows|knew) (hardly|almost|next to) (anything|nothing)\b|"
    r"\b(isn['’]t|is not|aren['’]t|are not|wasn['’]t|was not) (very |always |that |so |exactly )?easy to\b|\b(i|we)['’]ll (just )?(quit|give up|leave)\b|"
    r"\bend(s|ed)? up (walking|wandering|circling|going back|paying|overpaying|waiting|redoing|retyping|re-entering|"
    r"throwing (away|out)|discarding|binning|wasting)\b|"
    # "has no real idea where to begin", "was hit very hard by the pandemic"
    r"\bno (real |clear )?idea (where|how|what|which|whether|who)\b|\b(hit|hurt) (very |so |really |particularly )?hard\b|"
    # idioms of trouble a story tells ("the markup baffles them", "trips her up", "isn't sure", "can hardly answer",
    # "keeps being interrupted", "no spare hours", "behind schedule", "not much good yet", "feels shut out")
    r"\bbaffl|\btrip(s|ped)? (her|him|them|me|us|people|users|others) up\b|\b(is|are|was|were|still)?n['’]t (\w+ )?sure\b|\b(can|could) hardly\b|"
    r"\binterrupt(ed|s)\b|\b(constant|frequent|many|endless) interruptions\b|\bno spare (time|hours|minutes|moment|cash|money|income)\b|\bbehind (schedule|on)\b|"
    r"\bnot (\w+ )?much good (at|with|yet)\b|\blittle (skill|confidence|support|help)\b|\b(feels?|felt|being|is|are|was|were|get|gets|got) shut out\b|\bunwilling\b|\btoo few\b|"
    r"\bnags?\b|\bnagging\b|\bunder (\w+ )?stress\b|\b(major|big|main|key|real|recurring) issue\b|\bbail(s|ed)? on\b|"
    r"\b(feels?|felt) (\w+ )?(terrible|awful|helpless)\b|\b(totally|completely|all|utterly|quite|rather|a bit|somewhat) at sea\b|\bundependable\b|\bnot (\w+ )?(dependable|trustworthy)\b|"
    r"\bturned off by\b|\b(no|not any|never any) (social media|online) presence\b|\b(has|have|had) no (database|website|system|records?)\b|"
    r"\bshort on (time|money|cash|funds|staff|hands|sleep|patience|hours|guidance|confidence|self-belief|support|know-how|space|storage)\b|\bfew and far between\b|\birregular(ly)?\b|\boverpriced\b|"
    r"\bignor(e|es|ing|ed) (her|his|their|my|our) own\b|\bbrush(es|ing|ed)? off\b|"
    r"\blet(s|ting)? (him|her|them|me|us) down\b|\bunsatisf|\brefus(e|es|ed|ing) to\b|\bcaught (him|her|them|me|us) out\b|"
    r"\bscant\b|\bclunky\b|\bpunishing\b|\bnot the safest\b|\b(tried to mug|got mugged|was mugged|were mugged)\b|"
    r"\b(background|experience|knowledge|savings) (is|are|was|were) (still )?(thin|limited|patchy|modest)\b|"
    r"\bbugs (me|him|her|them|us)\b|\bnot the most (organi[sz]ed|patient|technical|tech-savvy|confident|computer-literate)\b|"
    r"\brunning (late|behind)\b|\b(offers?|gives?|provides?) no (link|way|option|information|info|support|help|guidance)\b|\bmisled\b|\bmisleading\b|\b(lying|lies|lay) awake\b|\b(has|have|had) no (car|transport|vehicle)\b|\bvanish|"
    r"\bending (his|her|their|my) life\b|\bsuicid|모를|불명|깨지|깨졌|깨져|깨진|허전|"
    r"\b(doesn['’]t|does not|don['’]t|do not) have the (patience|time|energy|money|budget)\b|"
    r"\bskip(s|ping|ped)? (\w+ ){0,2}(self-care|meals?|breakfast|lunch|dinner|sleep|doses?|medication|medicines?|appointments?|check-?ups?)\b|"
    r"\bdistress(ed|ing)?\b|\btimid\b|\bscared\b|\bimpair|\bbroke\b|\bforever (searching|hunting|looking|chasing|scrambling)\b|"
    # "not knowing whether it can go in the bin", "doesn't quite grasp how it works", "was never shown how", "has no
    # staff to …", "is doing more damage"
    r"\bnot knowing (whether|if|what|how|which|where|when|who)\b|\b(doesn['’]t|does not|don['’]t|do not|didn['’]t|did not) "
    r"(quite |really |fully )?grasp\b|\b(was|were|is|are) never (shown|taught|told) (how|to|what|why|the basics)\b|\b(has|have|had) no (staff|one|people|"
    r"money|budget|way|means) to\b|\b(doing|does|causing|causes|caused) (more |real |lasting )?(damage|harm)\b|"
    # "quickly put off by red tape", "not much experience with …" (as "경험이 부족" below)
    r"\b(put|turned) off by\b|\b(little|not much|limited|no) (prior |real )?experience (with|in|of|using|finding)\b|"
    # "he rarely manages to save", "her paperwork is a mess": failing at something, things in disorder
    r"\b(rarely|seldom|never|hardly ever|barely) (ever )?manag(es|ed|e) to\b|\b(is|are|was|were) (in )?an? (total |complete |real |bit of a )?mess\b|"
    r"애를 (먹|써도)|갈피를 (잡지 못|못 잡)|미칠 지경|자책|예민|늘지 (않|를 않)|졸이|졸임|졸였|조마조마|(날|질|칠|될|릴|잃을|늦을|없을|않을)까 봐|"
    r"불안정|끊기|끊겨|부담|시간이 (없|부족)|(오래|많이) 걸(리|린|려)|시간이 너무|"
    # "worse" and "no time to spare" ("점점 나빠지더라구요", "부엌에 설 짬이 안 나요")
    r"나빠지|나빠졌|나빠져|악화|(짬|틈|여유)(이|가) (안 ?나|없)|"
    # Korean for "impossible", "afraid", "broken", "slow", and "there was no …" in the past tense
    r"불가능|겁(이 )?(나|난|납)|먹통|굼뜨|굼떠|(?<!문제가 )(?<!문제)(?<!상관)없었(다|어요|습니다|고|는데)|"
    # the problem words of mining/problems.ko.yaml as written text conjugates them
    r"멈추|멈춘|멈춰|멈췄|(?<!밤)늦(다|어|고|는|었|게 (와|오|도착|처리|나오))|(?<!몇)(?<!몇 )안 ?(된다|돼|되고|되는|됨|되네|되더)|되지 않|"
    r"헷갈|불친절|비효율|손이 (많이|너무) (가|간|갑)|대기 ?시간|기다려야|튕기|튕겨|꺼지|꺼져|틀리|틀린|틀려|잘못|짜증|실망|최악|엉망|"
    r"황당|어이(가 ?)?없|이상하|이상한|이상해|지겹|지긋지긋|억울|손해(를|가|만| 보)|불쾌|불공평|아깝|아까워|후회|사라지|사라진|사라져|사라졌|"
    r"너무 (많|적|비싸|길|짧|느리|느려|복잡|어렵|오래)|(?<![가-힣])(해지|탈퇴|환불)|비싸|복잡|단점|잊어버|깜빡|불만족|만족하지 못|피곤|"
    r"어렵|어려움|불편|문제|걱정|우려|불만|고충|마찰|방해|오류|실패|느리|부족|힘들|못하|못 하|누락|지연|번거|귀찮|답답|"
    r"(?<![가-힣])힘든|기 어려운|힘겨운|성에 (차지 않|안 차)|막막|"  # "hard to", "not up to what one hoped", "at a loss"
    r"버겁|버거워|버거운|벅차|벅찬|쩔쩔|어려워|어려웠|(돈|비용)이 (많이|너무) (든|들)|못함|"  # "too much for", "overwhelming", "at a loss"
    # "no bin in sight after fifteen minutes", "nowhere to put it", "spilled it, unavoidably"
    r"(눈에 띄지|보이지) 않(는다|아|았|고|습니다|아요)|(둘|놓을|버릴|앉을|쉴|세울|댈) (데|곳)(가|이)? ?(없|보이지)|어쩔 수 없이|"
    r"모자라|모자란|모자람|확신이 (서지 않|안 서|없)|흐지부지|"  # "falls short", "not sure of", "fizzles out"
    # the noun forms of notes ("방법 모름", "찾기 힘듦"), "lost sleep", "overdue", "fell behind", "meagre", "forced to", prices going up
    r"모름(?!지기)|힘듦|힘듬|잠을 설|연체|밀렸|밀림|빈약|억지로|(값|가격|물가|요금|비용|월세|관리비|배달비)(이|가|도)? ?(또 |계속 |다시 |많이 |자꾸 )?(오르|올라|올랐|뛰었|뛰어)|"
    r"스트레스|막히|헤매|모르|모른|몰라|몰랐|익숙하지 않|경험이 (없|부족)|압박|마감|불안|피로|부정확|불완전|혼란|놓치|잃어|답이 없|방법이 없",
    re.I,
)
#: ... or a need.
NEED_CUES = re.compile(
    r"\bneeds?\b|\bhas to\b|\bhave to\b|\bmust\b|\brequir|\bwants?\b|\bwant to\b|looking for|\bseek(s|ing)?\b(?! to\b)|\bexpects?\b|"
    r"\bprefers?\b|\bdesired\b|\bshould (be|have|only|never|always|get|see|allow)\b|\bneeding\b|\bmandated\b|would (now |also |really |just )?like\b|would love|\b\w+['’]d (like|love)\b|would help|benefit from|\brel(y|ies|ying) on\b|\bdepends? on\b|\bdependent on\b|\bcrucial\b|\bwish|\bhopes? (to|for)\b|\b(important|essential) (to|for) (him|her|them|me|us)\b|\b(thought|seen|considered) (to be |as )?(very |especially |particularly )?important\b|필요|해야|야 한다|야 합니다|야 해요|원하|원한|바라|바란|관심|고려|의존|중요하|"
    # Korean "want to" and "would like it if" ("바로 확인하고 싶다", "풀어서 써 주면 좋겠다"), as "wants to" and "would like"
    r"고 싶|면 좋겠",
    re.I,
)


def non_persona_reason(title: str) -> str | None:
    """Why a section with this title is not a persona, or None."""
    text = title.lower()
    for pattern, reason in NON_PERSONA_TITLES:
        if re.search(pattern, text):
            return reason
    return None


def is_placeholder(text: str) -> bool:
    return bool(_PLACEHOLDER_TEXT.match(text.strip())) if text.strip() else True


#: Phrases that hold a cue word without stating a problem or need: a noun "needs" ("meet the needs of"),
#: "when needed", a negated fear, problem-solving as a skill, and a sentence that introduces a list.
_NOT_CUES = re.compile(
    r"\b(the|their|his|her|its|our|your|business|user|customer|specific|unique|particular|different|special|individual|"
    r"own|diverse|changing|everyday|daily|learning) needs\b|\b(when|as|if|where) needed\b|"
    r"\b(not|never|isn't|is not|wasn't) (afraid|worried|concerned)\b|\bproblem[- ]solv\w*|\b(loves?|enjoys?|likes?) (\w+ )?(untangling|solving|cracking|tackling) (\w+ )?(problems|puzzles|challenges)\b|\bsolv\w* (the |their |real )?problems\b|"
    r"\bwaiting (room|area)s?\b|\b(lunch|coffee|tea|short|school|summer) breaks?\b|\b(during|between|on|in) (\w+ )?breaks\b|"
    r"\b(plans?|planning|schedules?|scheduling|organi[sz]es?|organi[sz]ing) (the |their |\w+ )?breaks?\b|"  # breaks of a rota
    r".*\bthe following\b.*|.*:\s*$|"
    r"(문제|걱정|불편|불만|부담)\s?(이|가|은|는|할 것)?\s?(없|전혀 없)",  # "문제없다", "부담 없음": no problem
    re.I,
)


#: A value proposition canvas's product side ("Pain Relievers", "Gain Creators"): what answers the pains, not the pains.
PRODUCT_SIDE = re.compile(r"\bpain[- ]?(?:relievers?|killers?)\b|\bgain[- ]?creators?\b|"
                          r"\bfeatures?\s+(?:that|which)\s+(?:meets?|address(?:es)?|solves?|serves?|answers?|covers?)\b", re.I)


def lead_in_kind(sentence: str) -> str | None:
    """"They need to:", "Her biggest worries:": a sentence that introduces a list of needs or problems; the kind of
    its list's items, or None. ("The following steps:" and other lead-ins without a cue give None.)"""
    text = sentence.strip()
    if not text.endswith(":"):
        return None
    text = re.sub(r"\bthe following\b", " ", text.rstrip(": "))
    if PRODUCT_SIDE.search(text):
        return None
    kind = concern_kind(text)
    if kind == "need" and not NEED_CUES.search(_WISHES.sub(" ", text)):
        return None  # "Here is a wish list:", "They would like:": wishes, not needs
    return kind


#: Need cues that state a wish rather than a need: a list they introduce is a feature wish list.
_WISHES = re.compile(r"\bwants?\b|\bwant to\b|\bwish\w*|\bwould like\b|\bwould love|\b\w+['’]d (like|love)\b|\bhopes? (to|for)\b|"
                     r"\binterested in\b|\bprefers?\b", re.I)


#: A question a persona asks in the first person ("How can I back up my files safely?"): something they need answered.
_OWN_QUESTION = re.compile(r"^\W*(how|where|what|when|who|which|why|can|could|will|would|should|is|are|do|does)\b.*\b(i|we|my|our|me|us)\b.*\?\s*\W*$", re.I)


#: A sentence about the persona document rather than the person ("Documentation written for this persona should …").
#: "The persona struggles with …" is the person's own concern, so a singular "the persona" does not count.
_ABOUT_THE_PERSONAS = re.compile(r"\b(this|these|those|our|other) personas?\b|\bthe personas\b|"
                                 # personas as the team's tool: "We have sketched several personas", "Web teams rely on personas"
                                 # (not a marketer's own "Struggles to keep five buyer personas up to date")
                                 r"\b(we|teams?|designers|researchers)( \w+){0,2} (rel(y|ies) on|use|create|write|wrote|buil[dt]|sketched|"
                                 r"developed|made|drew up|drawn up) (\w+ ){0,2}personas\b|이 (?:페르소나|퍼소나)|(?:페르소나|퍼소나)들", re.I)


#: A licence's boilerplate ("… WITHOUT WARRANTY OF ANY KIND", "You should have received a copy of the GNU General
#: Public License"): a page's legal footer, never what someone finds hard or needs.
_LICENCE_TEXT = re.compile(r"\bwithout (any )?warranty\b|\bgeneral public licen[cs]e\b|\bfree software foundation\b|"
                           r"\bprovided [\"“]?as is\b|\ball rights reserved\b|\blicen[cs]ed under\b", re.I)


#: "최종 금액이 헷갈리지 않는가", "안내가 분명한가": a review checklist's question in written Korean, which asks whether
#: a screen has a problem and states none (a persona's own question is spoken, "…나요?", or quoted)
_CHECKLIST_QUESTION = re.compile(r"(?:는가|였는가|었는가|인가|한가|은가)[.?]?$")


def concern_kind(sentence: str) -> str | None:
    """``pain_point`` when the sentence states a problem, ``need`` when it states a need, else None."""
    if _ABOUT_THE_PERSONAS.search(sentence) or _LICENCE_TEXT.search(sentence) or _CHECKLIST_QUESTION.search(sentence.strip()):
        return None
    text = _NOT_CUES.sub(" ", sentence.replace("’", "'"))  # "can’t", "doesn’t": the cues are written with "'"
    if PROBLEM_CUES.search(text):
        return "pain_point"
    if (story := USER_STORY.match(sentence)) and story["verb"].lower() in ("want", "would like", "can"):
        return None  # "As a user, I want to be able to log in …": a feature wished for, not a need
    if NEED_CUES.search(text) or _OWN_QUESTION.match(sentence):
        return "need"
    return None


#: A user story: who tells it and what they say they need, want or can do ("As an enterprise operator, I need …").
USER_STORY = re.compile(r"^\W*(?:i )?as an? (?P<who>[^,.:;<>\[\]]{2,60}?),? (?:i|we) "
                        r"(?P<verb>need|must|require|want|can|should|would like|expect)\b", re.I)
