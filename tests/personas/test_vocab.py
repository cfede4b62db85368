"""The cues that make a prose sentence of a persona a documented concern (``personas.vocab.concern_kind``)."""

from __future__ import annotations

import pytest

from callinsight.personas.vocab import concern_kind


@pytest.mark.parametrize("sentence, kind", [
    ("She struggles to reconcile the two ledgers every Friday.", "pain_point"),
    ("He regrets moving the team to a tool nobody maintains.", "pain_point"),
    ("Milo has no experience with spreadsheets beyond simple sums.", "pain_point"),
    ("She needs the rota a week earlier.", "need"),
    ("They'd like one login for every clinic.", "need"),
    ("He’d love a report he can forward as it is.", "need"),
])
def test_sentences_that_state_a_problem_or_a_need(sentence: str, kind: str) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "Nurses at the front desk make sure the ward meets the needs of its patients.",  # a noun, not a need
    "The porter refills the trolley when needed and logs the count.",
    "Omar is not afraid of reading the source to see how a library works.",
    "She is a natural problem solver who enjoys puzzles.",
    "Our buyers face several hurdles, and the following examples show where time is lost:",  # a lead-in to a list
    "Ki would likely move to a bigger firm in a year.",  # "likely" is not "like"
])
def test_sentences_with_a_cue_word_that_state_neither(sentence: str) -> None:
    assert concern_kind(sentence) is None


@pytest.mark.parametrize("sentence, kind", [
    ("Records should be kept for ten years.", "need"),
    ("She is not quite sure where the old files went.", "pain_point"),
    ("He doesn't know which form applies to him.", "pain_point"),
    ("Pat has little background in accounting.", "pain_point"),
    ("The club doesn't currently have a place to store the trophies.", "pain_point"),
    ("There are licensing limitations on the archive.", "pain_point"),
])
def test_more_ways_of_stating_a_problem_or_a_need(sentence: str, kind: str) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Mobile coverage in the valley is intermittent.", "pain_point"),
    ("The shared printer is unreliable after lunch.", "pain_point"),
    ("Road access to the clinic is poor in the wet season.", "pain_point"),
    ("He is apprehensive about the new booking screen.", "pain_point"),
    ("She has questions about who approves the overtime.", "pain_point"),
    ("They have little spare time for courses.", "pain_point"),
    ("The old scanner will reach end-of-life next spring.", "pain_point"),
    ("Licences for the mapping suite are expensive.", "pain_point"),
    ("Staff rarely have permission to install software.", "pain_point"),
    ("How can I share the rota with drivers who have no smartphone?", "need"),
    ("배송 조회 화면이 자주 끊겨요.", "pain_point"),
    ("매달 구독료가 너무 비싸요.", "pain_point"),
])
def test_cues_added_in_the_sixth_session(sentence: str, kind: str) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "How does the importer decide what a persona is?",
    "The team meets on Tuesdays to plan the sprint.",
])
def test_questions_not_asked_in_the_first_person_are_not_concerns(sentence: str) -> None:
    assert concern_kind(sentence) is None


@pytest.mark.parametrize("sentence, kind", [
    ("Every one of the ticketing apps has drawbacks.", "pain_point"),
    ("Standing at the till all afternoon is tiring.", "pain_point"),
    ("The booking form is far too long for a phone screen.", "pain_point"),
    ("The council's portal is too slow for the evening rush.", "pain_point"),
    ("He couldn't find the button for a refund.", "pain_point"),
    ("She forgets to renew the permit every spring.", "pain_point"),
    ("Nadia is not happy with the weekly export.", "pain_point"),
    ("Volunteers were harassed at the last event.", "pain_point"),
    ("It takes a lot of effort to merge the two rosters.", "pain_point"),
    ("반품 절차가 너무 복잡하다.", "pain_point"),
    ("I want a fire-and-forget upload that runs overnight.", "need"),  # a hyphenated term, not forgetting
    ("She too uses the kiosk at lunch.", None),  # "too" as "also"
])
def test_cues_added_in_the_ninth_session(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("She restarted the scanner twice and it is still not working.", "pain_point"),
    ("The shared drive is messy and unstructured.", "pain_point"),
    ("He has not yet been able to retire the old server.", "pain_point"),
    ("After weeks of meetings there is no consensus on the new rota.", "pain_point"),
    ("Most of the board members are not tech-savvy.", "pain_point"),
    ("She fixes the spelling mistakes in the newsletter.", None),  # a mistake fixed is no problem of hers
])
def test_cues_added_for_batch_17(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("Parking near the depot is always an issue.", "pain_point"),
    ("Late invoices became a real problem last year.", "pain_point"),
    ("The caretaker has no spreadsheet experience at all.", "pain_point"),
    ("Her manager has no clue how the rota works.", "pain_point"),
    ("Please open an issue on the tracker for each bug.", None),  # a ticket, not a problem
])
def test_cues_added_in_the_tenth_session(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("If only the depot sent the manifest a day earlier.", "pain_point"),
    ("Unfortunately the clinic closes before her shift ends.", "pain_point"),
    ("He sees the weekly audit as a burden.", "pain_point"),
    ("New volunteers face a steep learning curve with the booking tool.", "pain_point"),
    ("The club runs on a tight budget.", "pain_point"),
    ("Her timetable is more public than she would like.", "pain_point"),
    ("He doesn't like to read long manuals.", "pain_point"),
    ("“I don't want to lose my customers' trust.”", "pain_point"),
    ("Orders sometimes slip through the cracks.", "pain_point"),
    ("Their forms are scattered over three shared drives.", "pain_point"),
    ("She only speaks Portuguese.", "pain_point"),
    ("He is not very proficient with spreadsheets.", "pain_point"),
    ("They have not yet had any training in the new till.", "pain_point"),
    ("She spends a lot of time chasing signatures.", "pain_point"),
    ("Before the kiosk opened he had to queue at the counter.", "pain_point"),
    ("She spends most of her time with customers.", None),  # how a day is spent, not a problem
    ("Hiring a second driver is infeasible this year.", "pain_point"),
    ("Licences for every clinic are prohibitively expensive.", "pain_point"),
    ("A printed timetable is important to her.", "need"),
    ("Short training videos are thought to be important.", "need"),
    ("He loses an hour every week re-entering orders.", "pain_point"),
    ("Each new contract means setting up the laptop all over again.", "pain_point"),
    ("He wants to know when a delivery goes wrong.", "pain_point"),
    ("Without a phone she misses out on the shift offers.", "pain_point"),
    ("His job is low paid, so every fee matters.", "pain_point"),
    ("The clinic has a phone line but no internet.", "pain_point"),
])
def test_cues_added_in_the_tenth_session_from_prose(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "Noor is interested in the history of the canal towns.",  # an interest, not a need
    "More research is needed on how the night shift plans its rounds.",  # a note of the researchers
    "The handbook should not list the old fax number.",  # guidance to writers
    "Reliable scales are essential to any bakery.",  # essential to no one in particular
    "The depot runs in a restricted area behind the port.",  # a setting
    "He coaches the under-twelves for the regional quiz challenge.",  # a contest
    "Omar reviews supplier contracts as a risk analyst.",  # a job
    "Dashboards show risk scores for every supplier.",
    "Documentation written for this persona should be short and practical.",  # about the document
    "If these personas do not match your team, tell us what is missing.",
    "이 페르소나의 문제 목록은 영업 팀의 인터뷰에서 나왔다.",
])
def test_cue_words_in_sentences_that_state_neither(sentence: str) -> None:
    assert concern_kind(sentence) is None


@pytest.mark.parametrize("sentence, kind", [
    ("A working printer in the ward is essential for her.", "need"),
    ("Month-end close is challenging for a two-person team.", "pain_point"),
    ("They face real challenges with the paper forms.", "pain_point"),
    ("Farmers on the coast are at risk of losing the harvest to floods.", "pain_point"),
    ("The main risk is a missed delivery window.", "pain_point"),
    ("The persona struggles to keep the two calendars in step.", "pain_point"),  # "the persona" as the subject
    ("그는 배송비 인상에 관심이 많다.", "need"),  # 관심 is also "concern" in Korean
])
def test_narrowed_cues_still_state_a_problem_or_a_need(sentence: str, kind: str) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("상담원 연결까지 대기 시간이 길다.", "pain_point"),
    ("앱이 결제 화면에서 자주 멈춘다.", "pain_point"),
    ("배송이 늘 늦다.", "pain_point"),
    ("담당자와 연락이 안 된다.", "pain_point"),
    ("요금 체계가 헷갈린다.", "pain_point"),
    ("업무 처리가 비효율적이다.", "pain_point"),
    ("보고서 작성에 손이 많이 간다.", "pain_point"),
    ("주문 내역이 자꾸 사라진다.", "pain_point"),
    ("고객 문의가 너무 많다.", "pain_point"),
    ("해지를 고민하고 있다.", "pain_point"),
    ("밤늦게까지 매장을 지킨다.", None),  # 늦 in 밤늦게 is "late at night", no delay
    ("몇 안 되는 직원으로 매장을 운영한다.", None),  # "only a few"
    ("날씨가 따뜻해지면 주문이 늘어난다.", None),  # 해지 inside 따뜻해지다 is "becomes", not "cancel"
    ("손해사정 업무를 맡은 보험사 직원이다.", None),  # 손해사정 is a job (loss adjusting), no loss of hers
    ("환율 때문에 손해를 본다.", "pain_point"),
])
def test_korean_problem_words_of_the_mining_cues(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence, kind", [
    ("The night shifts leave her drained and short-tempered.", "pain_point"),
    ("He juggles three part-time jobs and a toddler.", "pain_point"),
    ("Filling in the grant form feels daunting to him.", "pain_point"),
    ("Since the move she has felt isolated from her old friends.", "pain_point"),
    ("The endless audits wear him down.", "pain_point"),
    ("Tenants' data is isolated per account by design.", None),  # a system's isolation, not a person's
    ("Each worker runs in an isolated container.", None),
])
def test_what_wears_a_person_down_is_a_problem(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind


@pytest.mark.parametrize("sentence", [
    "이직 준비가 길어지면서 민준은 점점 기운이 빠지고 있다.",
    "야근이 이어져 퇴근 후에는 늘 지쳐 있다.",
    "월세를 내고 나면 생활비가 빠듯하다.",
    "새 앱을 써 보려다가도 결제 단계에서 망설인다.",
])
def test_what_wears_a_person_down_in_a_korean_story_is_a_problem(sentence: str) -> None:
    assert concern_kind(sentence) == "pain_point"


@pytest.mark.parametrize("sentence, kind", [
    ("분기 점검만으로는 유출을 못 막는다", "pain_point"),
    ("예산을 설득할 만한 사례가 없음", "pain_point"),
    ("어느 단계에 넣어야 할지 감이 오지 않음", "pain_point"),
    ("설치는 문제없다", None),
    ("요금 걱정이 없다", None),
    ("수업 없는 날에는 오후에 작업한다", None),  # "없는" describes the day, it does not say something is missing
])
def test_what_a_korean_sentence_says_cannot_be_done_or_is_missing(sentence: str, kind: str | None) -> None:
    assert concern_kind(sentence) == kind
