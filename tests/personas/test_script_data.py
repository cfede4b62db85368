"""Personas a team keeps as data in TypeScript or JavaScript: literals read by tree-sitter, never run."""

from __future__ import annotations

from pathlib import Path

import pytest

from callinsight.errors import InputError
from callinsight.personas.parse import collect_files, parse_document
from callinsight.personas.reading.script import data_literals

from .conftest import FIXTURES

FORMATS = FIXTURES / "formats"


def concerns(path: Path) -> dict[str, list[str]]:
    return {p.name: [c.text for c in p.concerns] for p in parse_document(path).personas}


def test_typescript_array_of_records_with_type_wrappers() -> None:
    assert concerns(FORMATS / "clinic_personas.ts") == {
        "Imogen Hale": ["Double bookings surface only when both patients arrive.",
                        "Rescheduling a series of visits means editing each one by hand."],
        # "…, " + "…": one string split over two lines of code
        "Tomasz Wren": ["Each clinic uses a different login, and he forgets which is which."],
    }
    imogen = parse_document(FORMATS / "clinic_personas.ts").personas[0]
    assert imogen.persona_id == "front-desk" and imogen.sections["goals"] == ["Fill cancelled slots the same day"]


def test_literal_inside_a_component_and_its_markup_text() -> None:
    ruth, dev = parse_document(FORMATS / "persona-cards.jsx").personas
    assert ruth.name == "Ruth the volunteer coordinator" and dev.name == "Dev the weekend driver"
    assert [c.text for c in dev.concerns] == ["The pickup list changes after he has already left."]
    assert ruth.sections["background"] == ["Runs a food bank rota of sixty volunteers."]


def test_only_what_is_written_out_counts() -> None:
    code = """
    const count = items.length;
    const names = people.map((p) => p.name);
    export const personas = [{ name: `Ana ${surname}`, city: "Porto", age: 41, photo: load("ana.png"), [key]: "x",
                               note: "caf\\u00e9 \\u{1F600}", ...rest }];
    """
    assert data_literals(code, typescript=True) == {
        "personas": [{"name": "Ana ${surname}", "city": "Porto", "age": 41, "note": "café 😀"}]}


def test_korean_personas_in_a_script(tmp_path: Path) -> None:
    path = tmp_path / "personas.ts"
    path.write_text('export const 페르소나 = [{ 이름: "김하늘", 고충: ["예약 변경이 전화로만 된다"] }];\n', encoding="utf-8")
    assert concerns(path) == {"김하늘": ["예약 변경이 전화로만 된다"]}


def test_a_script_without_data_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "personas.js"
    path.write_text("export function pick(list) { return list[0]; }\n", encoding="utf-8")
    with pytest.raises(InputError, match="no persona data"):
        parse_document(path)
    with pytest.raises(InputError, match="no persona found"):
        parse_document(FORMATS / "theme.js")  # data, but nobody in it


def test_a_folder_scan_reads_only_scripts_named_for_personas(tmp_path: Path) -> None:
    for name in ("personas.ts", "buyerProfiles.js", "app.js", "theme.js", "vendor/chart.min.js", "notes.md", "setup.py",
                 "seed/persona_data.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in collect_files([tmp_path])] == ["buyerProfiles.js", "notes.md", "personas.ts", "persona_data.py"]
    assert collect_files([tmp_path / "app.js"]) == [tmp_path / "app.js"]  # named on the command line: read


_PYTHON_PERSONAS = '''\
"""Seed data for the allotment booking demo."""
from dataclasses import dataclass


@dataclass
class Persona:
    name: str
    pain_points: list[str]


FIELD_HELP = {"name": "What we call them", "pain_points": "What gets in their way"}

PERSONAS = [
    Persona(name="Wilhelmina Osei", pain_points=["The waiting list never says where she stands.",
                                                 "Plot inspections " "land on her working days."]),
    Persona(name=f"Jonas {SURNAME}", pain_points=["Tool-shed keys go missing " + "every spring."]),
    {"name": "Ilse Varga", "needs": ("A plot near the water tap",)},
]
'''


def test_python_literals_and_records_built_by_keyword_calls(tmp_path: Path) -> None:
    path = tmp_path / "personas.py"
    path.write_text(_PYTHON_PERSONAS, encoding="utf-8")
    # FIELD_HELP is a flat lookup of strings: the records of PERSONAS are preferred to it
    assert concerns(path) == {
        "Wilhelmina Osei": ["The waiting list never says where she stands.", "Plot inspections land on her working days."],
        "Jonas SURNAME": ["Tool-shed keys go missing every spring."],  # an f-string: its placeholder as written, braces dropped
        "Ilse Varga": ["A plot near the water tap"],
    }


def test_invalid_python_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "personas.py"
    path.write_text("PERSONAS = [{'name': 'Ana',\n", encoding="utf-8")
    with pytest.raises(InputError, match="invalid Python at line"):
        parse_document(path)
