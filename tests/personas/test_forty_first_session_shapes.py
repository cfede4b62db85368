"""Shapes met while working on misses of replica batches R1-R58 (development data once scored) in the forty-first
session, each on a small synthetic sentence or document written for these tests (no replica or evaluation text)."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.parse import parse_document
from callinsight.personas.vocab import concern_kind

from .conftest import write_doc


def test_idioms_a_story_uses_for_a_trouble_are_troubles() -> None:
    for said in ("The tax forms baffle him every spring.", "Long menus trip her up at the kiosk.",
                 "She still isn't sure the cloud copy is safe.", "He can hardly read the small print.",
                 "Keeps being interrupted by calls while she cooks.", "No spare hours to compare suppliers.",
                 "Always behind on invoices by the month's end.", "He is not much good at spreadsheets yet.",
                 "Feels shut out when the team plans trips.", "Unwilling to pay a setup fee.",
                 "Too few buses reach the estate after dark.", "The rota keeps nagging at her.",
                 "Works under constant stress in peak season.", "Parking is a major issue for her customers.",
                 "A tenant bailed on him twice this year.", "Felt helpless when the boiler stopped.",
                 "Pension rules leave him completely at sea.", "The shop has no website yet.",
                 "The club has no online presence at all."):
        assert concern_kind(said) == "pain_point", said
    for said in ("He goes away at sea for months.", "Fewer interruptions and more focus time.",
                 "The council shut out the noise with new windows.", "She makes trips up north each summer.",
                 "The team has a database of every client.", "He is sure the plan works."):
        assert concern_kind(said) is None, said


def test_korean_idioms_of_struggling_are_troubles() -> None:
    for said in ("서류 준비에 애를 먹는다", "어디서부터 시작할지 갈피를 잡지 못했다", "마감이 겹쳐 미칠 지경",
                 "실수한 날이면 밤새 자책한다", "소음에 예민하다", "혼자 연습해도 실력이 늘지 않음"):
        assert concern_kind(said) == "pain_point", said
    for said in ("주말에는 산책을 즐긴다", "실력이 늘어서 뿌듯하다"):
        assert concern_kind(said) is None, said


def test_a_story_persona_keeps_the_troubles_told_in_idioms(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "bakery.md", """\
# Personas

## Odile Marchand

Odile runs a two-person bakery on a busy corner. She loves the early mornings.
The ordering portal of her flour supplier baffles her, so she still orders by phone.
She has no spare hours in the week to compare prices between mills.
"""))
    (persona,) = parsed.personas
    found = [c.text for c in persona.concerns]
    assert any("baffles her" in c for c in found), found
    assert any("no spare hours" in c for c in found), found
    assert not any("early mornings" in c for c in found), found


def _concerns(parsed: object) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parsed.personas}  # type: ignore[attr-defined]


def test_a_plain_label_between_two_lists_opens_its_own_field(tmp_path: Path) -> None:
    # before: "Needs:" right under a goals item was that item's lazy continuation, so the needs and the pain points
    # after it stayed goals
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
# Personas

**Ines (she/her):**

Goals:
- Wants to sell her pottery online
- Hopes to reach buyers abroad
Pain Points:
- Shipping fragile pieces costs too much
- No time to photograph every piece
"""))
    found = _concerns(parsed)
    (concerns,) = found.values()
    assert any("Shipping fragile pieces" in c for c in concerns), found
    assert any("No time to photograph" in c for c in concerns), found
    assert not any("sell her pottery" in c for c in concerns), found


def test_name_and_role_headings_over_bare_trait_lists_are_personas_under_a_project_page(tmp_path: Path) -> None:
    # before: the project's title, its overview talking about the product by name, was read as one persona
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
# Tidewatch

## Overview

Tidewatch warns harbour users about storm surges. Tidewatch sends alerts to phones, and Tidewatch keeps a log of
every warning. We wrote personas to keep the people we serve in view.

## Persona

### Ana Ferreira — Harbour Master

- Spends every stormy night checking three weather sites
- Fears that her son's small boat will be caught outside the wall
- Rarely gets a warning early enough to close the gates

### Tom Okafor — Fisherman

- Sails before dawn most days
- Often misses the morning bulletin on his radio
- Rarely checks the tide tables twice
"""))
    names = [p.name for p in parsed.personas]
    assert any("Ana Ferreira" in n for n in names) and any("Tom Okafor" in n for n in names), names
    assert not any("Tidewatch" in n for n in names), names


def test_a_korean_name_heading_over_notes_ending_in_nouns_is_a_persona_and_a_later_concerns_section_names_her(
        tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
# 물때알림

## 페르소나

### 한지민 — 선장

- 새벽마다 바다에 나감
- 기상 특보를 늦게 받는 일이 잦음
- 작은 배가 방파제 밖에 갇힐까 봐 마음을 졸임

### 오태호 — 관광객

- 주말마다 낚싯배를 예약함
- 물때표를 볼 줄 모름
- 배멀미가 심함

## 페르소나의 주요 고민

한지민은 태풍이 오는 밤이면 특보를 기다리느라 잠을 설칩니다.

이런 고민에서 출발해 아래 기능을 만들었습니다.

- 특보가 뜨면 바로 알림
"""))
    found = _concerns(parsed)
    captain = next(v for k, v in found.items() if "한지민" in k)
    assert any("마음을 졸임" in c for c in captain), found
    assert any("잠을 설칩니다" in c for c in captain), found
    assert not any("기능을 만들었습니다" in c for c in captain), found
    assert any("오태호" in k for k in found), found


def test_a_concerns_section_after_several_personas_goes_to_the_one_its_prose_names(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
# Personas

## Ana Ferreira — Harbour Master

- Spends every stormy night checking three weather sites
- Fears that a small boat will be caught outside the wall
- Gets the council's warnings by fax

## Tom Okafor — Fisherman

- Sails before dawn most days
- Often misses the morning bulletin
- Rarely checks the tide tables twice

## The Persona's Main Worries

On a stormy night Ana Ferreira struggles to tell which warning is the newest one.

So we built these features:

- One feed of every warning
"""))
    found = _concerns(parsed)
    ana = next(v for k, v in found.items() if "Ana" in k)
    tom = next(v for k, v in found.items() if "Tom" in k)
    assert any("which warning is the newest" in c for c in ana), found
    assert not any("newest" in c for c in tom), found


def test_an_empty_picture_label_owns_no_story_and_a_numbered_card_is_named_by_its_story(tmp_path: Path) -> None:
    # before: the story after "Image Source:" was filed as part of the picture, and the card had no name
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
Our personas

We turned the interviews into two personas.


Persona 1:

Image Source:

Nadia is 34 years old. She runs a bakery on a busy corner. Nadia is not sure which suppliers deliver on Sundays, and she has no time to call round.


Persona 2:

Image Source:

Owen is 61 years old and he drives a delivery van. Owen struggles to read the new handheld scanner in bright sun, and he worries about his back.
"""))
    found = _concerns(parsed)
    assert set(found) == {"Nadia", "Owen"}, found
    assert any("not sure which suppliers" in c for c in found["Nadia"]), found
    assert any("struggles to read" in c for c in found["Owen"]), found


def test_a_key_scenario_headed_by_a_persona_s_name_is_more_of_that_persona(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
# Key Personas

## Nadia - Baker

Nadia Rahman, aged 34, runs a bakery on a busy corner and bakes through the night before every market day.

## Owen Price - Driver

Owen, a 61-year-old van driver, has delivered bread across the valley for twenty years and knows every farm track.

# Key Scenario

## Nadia Needs a Supplier
Nadia must restock flour before the weekend market. Yet she is anxious about the price, because her usual mill has closed.
"""))
    found = _concerns(parsed)
    assert not any("Needs a Supplier" in k for k in found), found
    nadia = next(v for k, v in found.items() if k.startswith("Nadia"))
    assert any("anxious about the price" in c for c in nadia), found


def test_an_html_paragraph_broken_into_lines_keeps_its_lines_when_only_the_first_is_labelled(tmp_path: Path) -> None:
    # before: a <p> whose <br> lines were not all "Label: value" lines lost all of its text
    parsed = parse_document(write_doc(tmp_path, "p.html", """\
<html><body>
<h2>Persona</h2>
<p><strong>Name:</strong> Marta Silva</p>
<p><strong>Age:</strong> 29</p>
<p><strong>Goals:</strong> Find a quiet table to work at.</p>
<p><strong>Frustrations:</strong>Cafés are too loud by noon.
<br>
Never finds a free power socket</p>
</body></html>
"""))
    found = _concerns(parsed)
    (concerns,) = found.values()
    assert any("too loud by noon" in c for c in concerns), found
    assert any("free power socket" in c for c in concerns), found


def test_a_label_and_its_value_after_field_lines_is_one_more_field_in_a_text_file(tmp_path: Path) -> None:
    # before: "Hobbies: …" standing alone was read as a heading, and the story under it as a persona of its own
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
First personas

Persona 1

Name: Rohan

Role: 7th grade pupil

Age: 12 years old

Hobbies: chess, drawing, comics

Rohan visited a landfill with his class. He was troubled to learn how much plastic ends up buried there, and he now sorts the bins at home.
"""))
    names = [p.name for p in parsed.personas]
    assert names == ["Rohan"], names
    assert any("troubled to learn" in c for c in _concerns(parsed)["Rohan"])


def test_more_idioms_of_trouble_and_a_love_of_puzzles_is_none() -> None:
    for said in ("She is forever searching for a sitter she can trust.", "He was distressed by the news.",
                 "He gets timid around strangers.", "A hearing impairment makes calls hard to follow.",
                 "He fears he will end up broke.", "A student short on time.", "Buses are few and far between.",
                 "늦을까 봐 늘 조마조마하다", "아이가 다칠까 봐 걱정", "She is scared of flying.",
                 "He takes his tablets irregularly.", "Her work makes her ignore her own health.",
                 "He keeps brushing off the pain.", "She often skips breakfast before a shift.",
                 "He doesn't have the patience for long forms.", "The kale there is overpriced."):
        assert concern_kind(said) == "pain_point", said
    for said in ("She loves untangling hard problems.", "He enjoys solving puzzles with friends.", "오늘은 일찍 갈까 봐요",
                 "She skips the queue with a season pass."):
        assert concern_kind(said) is None, said


def test_a_vue_component_is_read_from_the_data_its_script_keeps_in_state(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "Personas.vue", """\
<script setup>
import { ref } from 'vue'

const personas = ref([
  { name: "Aiko", details: "31, nurse", bio: "She works nights. She struggles to sleep through the day and forgets her lunch." },
  { name: "Bram", details: "45, farmer", bio: "He sells at two markets. He is scared of losing his stall to a chain store." }
])
</script>

<template>
  <div v-for="person in personas" :key="person.name"><h3>{{ person.name }}</h3><p>{{ person.bio }}</p></div>
</template>

<style scoped>
h3 { color: red; }
</style>
"""))
    found = _concerns(parsed)
    assert set(found) == {"Aiko", "Bram"}, found
    assert any("struggles to sleep" in c for c in found["Aiko"]), found
    assert any("scared of losing" in c for c in found["Bram"]), found


def test_a_svelte_component_without_data_is_read_from_its_markup(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "Persona.svelte", """\
<script>
  export let title = "Persona";
</script>

<section>
  <h2>{title}</h2>
  <h3>Marta Silva</h3>
  <p><strong>Age:</strong> 29</p>
  <p><strong>Goals:</strong> Find a quiet table to work at.</p>
  <p><strong>Frustrations:</strong> Cafés are too loud by noon.</p>
</section>
"""))
    found = _concerns(parsed)
    (concerns,) = found.values()
    assert any("too loud by noon" in c for c in concerns), found


def test_parts_headed_by_her_and_his_are_one_persona_per_story_named_by_it(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
Personas

Each persona stands for a group of our supporters.

I want to help, as long as it is quick.

Her Story

Nadia is a loyal donor who reads every newsletter. Nadia gives twice a year.

Her Concerns

She worries that her card details are not kept safe.

I want to knock on doors every weekend.

His Story

Owen always volunteers first. Owen loves the phone banks and the canvassing.

His Concerns

He struggles with the new sign-up app on his old phone.
"""))
    found = _concerns(parsed)
    assert set(found) == {"Nadia", "Owen"}, found
    assert any("card details" in c for c in found["Nadia"]), found
    assert any("sign-up app" in c for c in found["Owen"]), found
    assert not any("knock on doors" in c for c in found["Nadia"]), found


def test_being_let_down_refusing_and_lying_awake_are_troubles() -> None:
    for said in ("The old suppliers often let her down.", "He feels unsatisfied at weekends.",
                 "Refuses to pay a booking fee.", "Hidden fees have caught him out before.", "She has no car of her own.",
                 "His savings seem to vanish by the third week.", "Nights lying awake over unpaid invoices.",
                 "옵션이 무슨 뜻인지 모를 때가 많다", "담당자 불명", "화면이 자주 깨진다"):
        assert concern_kind(said) == "pain_point", said
    for said in ("He lets his team choose the venue.", "She drives her own car to work."):
        assert concern_kind(said) is None, said


def test_sentences_run_together_or_closed_by_a_quote_are_split() -> None:
    from callinsight.personas.sentences import split_sentences

    assert split_sentences("Nothing beats a day out.I am not the most organised person though.") == [
        "Nothing beats a day out.", "I am not the most organised person though."]
    assert split_sentences("She reads “The Overstory.” Through the news, she is upset.") == [
        "She reads “The Overstory.”", "Through the news, she is upset."]
    assert split_sentences("Dr. Lee checks it, e.g. twice a day. He rests.") == ["Dr. Lee checks it, e.g. twice a day.", "He rests."]
    for said in ("It bugs me when the bus is late.", "I am not the most organised person.", "The tour is running behind.",
                 "The home page offers no link for new students."):
        assert concern_kind(said) == "pain_point", said


def test_a_component_cut_short_inside_its_script_is_still_read_from_its_data(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "CaseStudy.vue", """\
<script setup>
import Navbar from '../components/Navbar.vue';

const work = { title: "Quickfix", subtitle: "Customer service" }
const personasArr = [
    { name: "Rosa Iyer", age: 41, about: "Rosa runs a clinic.", concerns: "Her booking system is clunky and slow" },
    { name: "Ken Mori", age: 29, about: "Ken fixes bikes.", concerns: "He has scant time to answer customer emails" },
]
"""))
    found = _concerns(parsed)
    assert set(found) == {"Rosa Iyer", "Ken Mori"}, found
    assert any("clunky" in c for c in found["Rosa Iyer"]) and any("scant time" in c for c in found["Ken Mori"]), found


def test_thin_backgrounds_and_unsafe_places_are_troubles_and_a_restless_manner_is_none() -> None:
    for said in ("His coding background is thin so far.", "Her street is not the safest part of town.",
                 "Someone tried to mug her last winter.", "A punishing course load.", "The old app is clunky."):
        assert concern_kind(said) == "pain_point", said
    for said in ("He is relaxed, sharp and rather restless in the way he acts.", "She drinks from a coffee mug."):
        assert concern_kind(said) is None, said


def test_the_team_that_built_it_is_no_persona_in_korean() -> None:
    from callinsight.personas.vocab import non_persona_reason

    for title in ("진행 인원 및 역할", "참여 멤버", "역할 분담", "개발 인원"):
        assert non_persona_reason(title), title
    for title in ("페르소나", "주요 사용자", "이수연 — 학부모"):
        assert not non_persona_reason(title), title


def test_a_blog_that_counts_off_its_personas_by_name_introduces_each(tmp_path: Path) -> None:
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
Our personas

From the interviews we drew up the people we design for.

We called our first persona Ilse. She works night shifts at a care home and struggles to sleep in the day.

Our second most important user is Bongani. He drives a taxi and worries about fuel prices every week.
"""))
    found = _concerns(parsed)
    assert set(found) == {"Ilse", "Bongani"}, found
    assert any("struggles to sleep" in c for c in found["Ilse"]), found
    assert any("fuel prices" in c for c in found["Bongani"]), found


def test_labels_over_indented_values_in_a_text_file_are_cards_opened_by_their_names(tmp_path: Path) -> None:
    # before: "Name:" ⏎ "  Clara." read as a line and indented text, no persona found
    parsed = parse_document(write_doc(tmp_path, "p.txt", """\
Name:
  Odile.
Details:
  Woman, 52 y.o., runs a florist's shop.
Goal:
  Wants to see which suppliers deliver before dawn.
Frustrations:
  Struggles to reach wholesalers on the phone.

Name:
  Tariq.
Details:
  Man, 24 y.o., delivers parcels by bike.
Goal:
  Wants to know which shops are open late.
Frustrations:
  Loses time at shops that closed early without notice.
"""))
    found = _concerns(parsed)
    assert set(found) == {"Odile", "Tariq"}, found
    assert any("reach wholesalers" in c for c in found["Odile"]), found
    assert any("closed early" in c for c in found["Tariq"]), found


def test_name_and_persona_labels_of_one_card_leave_its_headed_parts_with_the_card(tmp_path: Path) -> None:
    # after R61 was scored: "Name:" opening the cards made "Name: Ingrid" a persona of its own lines, and the card's
    # "### Pain Points" heading fell to no one
    parsed = parse_document(write_doc(tmp_path, "p.md", """\
# Persona

## First Persona Option

### Information
Name: Ingrid

Age: 35-50

Education: Bachelor's in Hospitality Management

Experience: 6-12 years in building operations

Persona: Everyman

### Pain Points:
Has trouble with maps that cannot be tailored to her venues.

## Second Persona Option

### Information
Name: Danny

Age: 25-35

Education: Diploma in Events Management

Experience: 3-5 years in venue bookings

Persona: Explorer

### Pain Points:
Finds it hard to keep the events calendar up to date.
"""))
    found = _concerns(parsed)
    assert sum(len(v) for v in found.values()) == 2, found
    assert any(any("tailored to her venues" in c for c in v) for v in found.values()), found
