"""``reading.fenced``: which code blocks of a Markdown page hold personas, on tiny synthetic blocks."""

from __future__ import annotations

import pytest

from callinsight.personas.reading.fenced import fenced_records

_PERSON = "name: Ines\nage: 58\nscenario: She drives two hours to the clinic and waits another hour to be seen.\n"


@pytest.mark.parametrize(("info", "content"), [
    ("bash", _PERSON),  # a shell block, whatever it holds
    ("yaml", "name: [unclosed\n"),  # YAML that does not parse
    ("python", "def f(:\n"),  # Python that does not parse
    ("yaml", "name: Ines\nage: 58\n"),  # a mapping shown as syntax: no sentence about her
    ("yaml", "name: CI\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"),
    ("yaml", "- " + _PERSON.replace("\n", "\n  ") + "\n- name: Build\n  steps: [checkout]\n"),  # one record is no person
])
def test_a_block_that_holds_no_person_gives_no_record(info: str, content: str) -> None:
    assert fenced_records(info, content, level=2) == []


@pytest.mark.parametrize("info", ["yaml", "yml", "", "YAML title=persona.yaml"])
def test_a_person_with_a_sentence_about_her_is_one_record_at_the_level_asked(info: str) -> None:
    [record] = fenced_records(info, _PERSON, level=3)
    assert (record.title, record.level, record.record) == ("Ines", 3, True)


def test_records_in_a_typescript_block_are_read_as_a_script_file_is() -> None:
    block = 'export const personas = [{ name: "Ola", painPoints: ["Late buses"], needs: ["Live times"] }];'
    assert [r.title for r in fenced_records("ts", block, level=2)] == ["Ola"]
