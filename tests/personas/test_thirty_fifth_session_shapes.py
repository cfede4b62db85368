"""Shapes met while working on misses of replica batches R1-R46 (development data once scored) in the thirty-fifth
session, each on a small synthetic document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document

from .conftest import write_doc

# Two roles in a table the page says are not personas, then personas titled "Persona N — Name, the …", whose
# titles share words with a role ("Ride Participant" and "Rohit, the Ride-Hunting Participant").
ROLES_THEN_PERSONAS = """\
    # Carpool personas

    ## Roles (Not Personas)

    | Role | Definition |
    |------|------------|
    | **Seat Offerer** | Someone driving anyway who has seats to spare. |
    | **Seat Seeker** | Someone who looks for a ride and asks to join it. |

    ## Persona 1 — Lina, the Commuting Seat Offerer

    - **Age:** 41, nurse.
    - **Frustrations:** Parking fees at the hospital eat a day's pay each month.

    ## Persona 2 — Omar, the Early Seat Seeker

    - **Age:** 19, apprentice.
    - **Frustrations:** The first bus leaves after his shift has started.
    """


def test_a_section_that_says_it_holds_no_personas_gives_none(tmp_path: Path) -> None:
    found = parse_document(write_doc(tmp_path, "carpool.md", ROLES_THEN_PERSONAS))
    assert [p.name for p in found.personas] == ["Lina, the Commuting Seat Offerer", "Omar, the Early Seat Seeker"]
    assert any("Not Personas" in s.title for s in found.skipped)


def test_a_named_persona_is_the_found_one_that_holds_most_of_its_name(tmp_path: Path) -> None:
    # the roles are imported here (no "(Not Personas)"), so the owner's names must pick the personas over them
    text = ROLES_THEN_PERSONAS.replace("Roles (Not Personas)", "Roles")
    path = write_doc(tmp_path, "carpool.md", text)
    names = ["Persona 1 — Lina, the Commuting Seat Offerer", "Persona 2 — Omar, the Early Seat Seeker"]
    found = {p.name: [c.text for c in p.concerns] for p in parse_document(path, None, names).personas}
    assert list(found) == ["Lina, the Commuting Seat Offerer", "Omar, the Early Seat Seeker"]  # not "Seat Seeker"
    assert found["Omar, the Early Seat Seeker"] == ["The first bus leaves after his shift has started."]


def test_a_story_told_under_motivations_states_its_problems(tmp_path: Path) -> None:
    found = parse_document(write_doc(tmp_path, "maker.txt", """\
        Personas

        Tobias Brandt

        Age: 45
        Occupation: Furniture maker

        Motivations

        Tobias runs a two-person workshop outside Graz. He found the old quoting spreadsheet too rigid for one-off pieces and kept losing track of which quote was sent. He wants every customer to get a price within a day.

        Goals

        - Win more commissions from architects
        """)).personas
    concerns = [c.text for c in found[0].concerns]
    assert any("too rigid" in c for c in concerns)
    assert not any("within a day" in c for c in concerns)  # a motive, not a lack


def test_a_one_line_motive_states_no_problem(tmp_path: Path) -> None:
    found = parse_document(write_doc(tmp_path, "admin.md", """\
        # Personas

        ## Petra Novak

        **Pain points:** Tickets arrive by email, phone and chat with no single queue.

        **Motivations:**
        - Looks for tools that take pressure off the team
        """)).personas
    assert [c.text for c in found[0].concerns] == ["Tickets arrive by email, phone and chat with no single queue."]


def test_a_persona_whose_work_is_video_is_no_video_section_and_buran_names_her_fears(tmp_path: Path) -> None:
    found = parse_document(write_doc(tmp_path, "creators.md", """\
        ## 창작자 페르소나

        ### 페르소나 1. 만화가 J — 웹툰 영상화, 연재 중, 색감 미정

        **프로필**: 34세, 주간 연재 작가.

        **작업에 거는 기대**:
        - "대표 장면을 짧은 영상으로 뽑아 보고 싶다"

        **불안**:
        - "움직이는 그림이 원작 느낌을 흐릴까 걱정"

        **도입 장벽**:
        - 원고가 **회차 단위로 쪼개져** 있음. → 한 번에 올릴 수 없음

        ### 페르소나 2. 유튜버 H — 요리 채널 운영

        **프로필**: 28세, 구독자 4만 명.

        **불안**:
        - "편집에 매주 이틀을 빼앗김"

        ### 관련 영상

        - 인터뷰 녹화본 링크
        """))
    names = [p.name for p in found.personas]
    assert names == ["만화가 J — 웹툰 영상화, 연재 중, 색감 미정", "유튜버 H — 요리 채널 운영"]
    assert '"움직이는 그림이 원작 느낌을 흐릴까 걱정"' in [c.text for c in found.personas[0].concerns]
    assert found.personas[1].headings["pain_points"] == "불안"  # the field, not a sentence read as stating a problem
    assert any(s.title == "관련 영상" for s in found.skipped)


def test_falling_behind_resisting_and_doing_without_state_problems() -> None:
    from callinsight.personas.vocab import concern_kind

    for sentence in ("Most branches are still lagging behind head office on the new checklist.",
                     "Older drivers push back on any app that logs their hours.",
                     "The clinic has yet to find a way to share notes between sites.",
                     "Getting sign-off from the council is proving hard every single quarter.",
                     "She keeps the books for four shops without any proper software.",
                     "Payroll rules for seasonal staff are well beyond him.",
                     "Running the shop alone weighs on her more each winter.",
                     "New to the ward and often out of his depth on night shifts.",
                     "손님 앞에서 자꾸 주눅 듦",
                     "첫 달 매출이 안 나오면 어쩌나 조바심이 남",
                     "혼자 장사하는 외로움",
                     "Eleven interviews, each one rejected or left unanswered.",
                     "He got hurt by a billing tool that charged twice.",
                     "The court case weighed heavily on her all spring.",
                     "She has no car and nobody to watch the kids on Fridays."):
        assert concern_kind(sentence) == "pain_point", sentence
    for sentence in ("He pushed the team to adopt the new rota tool.",
                     "Without a good first impression, few visitors come back.",
                     "Their data is yet to be generated by the new sensors.",
                     "Asks where the team could spend less without hurting service."):
        assert concern_kind(sentence) is None, sentence


def test_who_the_persona_is_not_gives_her_no_concern(tmp_path: Path) -> None:
    found = parse_document(write_doc(tmp_path, "icp.md", """\
        # Who we build for

        ## The decision

        **Primary ICP: Ilse, 31, a bakery owner drowning in supplier invoices.**
        She types every invoice into a spreadsheet by hand and loses her Sunday to it.

        **Secondary ICP: Ravi, 44, runs two cafés and keeps missing price rises.**
        He only notices a supplier's new price when the month's margin is gone.

        **Out of scope (named anti-ICPs):** chains with a finance team, which never struggle with invoices and ignore cold email.
        """)).personas
    ravi = next(p for p in found if p.name.startswith("Ravi"))
    assert not any("finance team" in c.text for c in ravi.concerns)


def test_a_heading_asking_who_someone_named_is_titles_her_persona(tmp_path: Path) -> None:
    from callinsight.personas.model import field_of

    found = parse_document(write_doc(tmp_path, "icp.md", """\
        ### ICP: Stagecoach — rehearsal app for wedding speeches

        - **Product**: a phone app that listens to a toast and times it.

        ### Who is "Gwen" (Primary ICP)

        - **Title**: Best woman or maid of honour, speech due within a month.
        - **Urgent pains**:
          - Freezes when she reads her notes aloud.
          - Runs twice as long as the couple asked.
        - **Budget**: $9 for a week of practice.
        """)).personas
    assert [p.name for p in found] == ["Gwen (Primary ICP)"]
    assert [c.text for c in found[0].concerns] == ["Freezes when she reads her notes aloud.",
                                                   "Runs twice as long as the couple asked."]
    assert field_of("Who is the buyer?") == "background"  # not someone named: the "who they are" field
