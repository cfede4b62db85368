"""Personas folded in toggles (HTML ``<details>``, Notion's toggle lists, a README's ``<details>`` around Markdown) and
personas written as empathy maps. Synthetic documents only."""

from __future__ import annotations

from pathlib import Path

from callinsight.personas.model import field_of

from .conftest import parse_text as parse

_TWO = {"Lena Park, Office manager": ["The printer queue jams every Monday"], "Omar Haddad, Courier": ["The app logs him out"]}


def test_html_toggles_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "page.html", """
        <html><body><h1>Our customers</h1>
        <details><summary>Lena Park, Office manager</summary>
        <p><strong>Goals</strong></p><ul><li>Order supplies once a month</li></ul>
        <p><strong>Pain points</strong></p><ul><li>The printer queue jams every Monday</li></ul>
        </details>
        <details><summary>Omar Haddad, Courier</summary>
        <p><strong>Frustrations</strong></p><ul><li>The app logs him out</li></ul>
        </details>
        </body></html>
        """)
    assert found == _TWO


def test_a_notion_toggle_list_is_personas(tmp_path: Path) -> None:
    """Notion writes each toggle as a one-item list: ``<ul class="toggle"><li><details open="">…``."""
    found = parse(tmp_path, "notion.html", """
        <html><body><article><header><h1 class="page-title">Our customers</h1></header><div class="page-body">
        <ul class="toggle"><li><details open=""><summary>Lena Park, Office manager</summary>
        <p><strong>Pain points</strong></p><ul class="bulleted-list"><li>The printer queue jams every Monday</li></ul>
        </details></li></ul>
        <ul class="toggle"><li><details open=""><summary>Omar Haddad, Courier</summary>
        <p><strong>Pain points</strong></p><ul class="bulleted-list"><li>The app logs him out</li></ul>
        </details></li></ul>
        </div></article></body></html>
        """)
    assert found == _TWO


def test_confluence_expand_macros_are_personas(tmp_path: Path) -> None:
    found = parse(tmp_path, "space.html", """
        <html><body><div id="main-content" class="wiki-content"><h1>Our customers</h1>
        <div class="expand-container"><div class="expand-control"><span class="expand-control-icon"></span>
        <span class="expand-control-text">Lena Park, Office manager</span></div>
        <div class="expand-content"><p><strong>Pain points</strong></p><ul><li>The printer queue jams every Monday</li></ul></div></div>
        <div class="expand-container"><div class="expand-control"><span class="expand-control-icon"></span>
        <span class="expand-control-text">Omar Haddad, Courier</span></div>
        <div class="expand-content"><p><strong>Pain points</strong></p><ul><li>The app logs him out</li></ul></div></div>
        </div></body></html>
        """)
    assert found == _TWO


def test_a_readme_folds_markdown_personas_in_details(tmp_path: Path) -> None:
    found = parse(tmp_path, "README.personas.md", """
        # Our customers

        <details>
        <summary>Lena Park, Office manager</summary>

        **Pain points**

        - The printer queue jams every Monday

        </details>

        <details>
        <summary><b>Omar Haddad, Courier</b></summary>

        **Pain points**

        - The app logs him out

        </details>
        """)
    assert found == _TWO


def test_a_toggle_of_a_list_only_stays_a_field_of_its_item(tmp_path: Path) -> None:
    """``<li><details><summary>Needs</summary><ul>…`` is a folded field inside a list, as before, not a persona."""
    found = parse(tmp_path, "lena.html", """
        <html><body><h1>Lena Park</h1>
        <ul><li><details><summary>Pain points</summary><ul><li>The printer queue jams every Monday</li></ul></details></li></ul>
        </body></html>
        """)
    assert found == {"Lena Park": ["The printer queue jams every Monday"]}


def test_an_empathy_map_is_a_persona_and_its_feelings_are_read_for_problems(tmp_path: Path) -> None:
    found = parse(tmp_path, "maps.md", """
        # Empathy maps

        ## Hugo, bike shop owner

        ### Says
        - "I close the till by hand every night."

        ### Thinks & feels
        - Anxious when the card reader drops the connection on a Saturday.

        ### Does
        - Writes repair orders on paper tags.

        ### Sees
        - Customers queue while he looks up parts.
        """)
    assert found == {"Hugo, bike shop owner": ["Anxious when the card reader drops the connection on a Saturday."]}


def test_empathy_map_words_are_fields_only_as_a_whole_heading() -> None:
    assert field_of("Says") == "quotes" and field_of("Thinks & feels") == "background" and field_of("감정") == "background"
    assert field_of("Does it work offline?") is None
    assert field_of("Do") is None and field_of("Don't") is None  # a style guide's "Do" / "Don't"


def test_an_xml_declared_page_reads_without_library_warnings(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = parse(tmp_path, "lena.html", """
            <?xml version="1.0" encoding="UTF-8"?>
            <article><h1>Lena Park</h1>
            <h2>Pain points</h2><ul><li>The printer queue jams every Monday</li></ul></article>
            """)
    assert found == {"Lena Park": ["The printer queue jams every Monday"]}
