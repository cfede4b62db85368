"""The report in a real browser: headless Chromium (driven over the DevTools protocol, see ``cdp.py``)
loads it with no console errors, shows every section and its charts, fits a laptop and a phone screen,
and leaves screenshots to look at.

Screenshots go to a temporary folder (printed), or to ``$CALLINSIGHT_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from callinsight.report.build import build_report
from report.cdp import Browser

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SECTIONS = ["What changed", "Pain points and objections", "Topics over time", "Personas", "Competitors", "Calls",
            "Data quality", "Evidence"]
SCREENS = {"laptop": (1280, 900, False), "phone": (390, 844, True)}

#: What the test asks the page: its section headings, the charts a reader can see, whether the page is
#: wider than the screen, and which elements stick out of the screen or spill text out of their box
#: (tables inside their own sideways-scrolling box are fine).
PROBE = """(() => {
  const spill = [];
  document.querySelectorAll('body *').forEach((e) => {
    if (e.closest('.scroll') || e.closest('svg') || e.getClientRects().length === 0) return;
    const r = e.getBoundingClientRect();
    const spills = e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible';
    if (r.right > window.innerWidth + 1 || spills) spill.push(e.tagName.toLowerCase() + '.' + e.className);
  });
  const charts = [...document.querySelectorAll('svg.chart[role=img]')].filter((s) => s.getBoundingClientRect().width > 0);
  return {
    headings: [...document.querySelectorAll('h2')].map((h) => h.textContent),
    charts: charts.length,
    chartWidths: charts.map((s) => Math.round(s.getBoundingClientRect().width)),
    overflow: document.documentElement.scrollWidth > window.innerWidth,
    spill: spill,
  };
})()"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (scripts/install-system-deps.sh installs Debian's chromium package)")
    b = Browser(CHROMIUM, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CALLINSIGHT_SCREENSHOTS", tmp_path / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _check(browser: Browser, html: Path, shots: Path, name: str) -> dict[str, dict[str, Any]]:
    """Open the page on each screen: no console problems, nothing wider than the screen; screenshots."""
    seen = {}
    for screen, (width, height, mobile) in SCREENS.items():
        browser.open(html.as_uri(), width, height, mobile=mobile)
        assert browser.console_problems() == [], f"{screen}: the page logged problems"
        page = browser.evaluate(PROBE)
        assert not page["overflow"] and page["spill"] == [], f"{screen}: wider than the screen: {page['spill']}"
        assert all(w <= width for w in page["chartWidths"])
        for full in (False, True):
            png = shots / f"{name}-{screen}{'-full' if full else ''}.png"
            browser.screenshot(png, full_page=full)
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000
        seen[screen] = page
    print(f"screenshots: {shots}")
    return seen


def test_console_errors_would_be_caught(browser: Browser, tmp_path: Path) -> None:
    """The check above can fail: a page that logs an error or throws is seen."""
    page = tmp_path / "bad.html"
    page.write_text("<!doctype html><title>x</title><script>console.error('boom'); nope();</script>", encoding="utf-8")
    browser.open(page.as_uri(), 1280, 900, mobile=False)
    problems = browser.console_problems()
    assert any("boom" in p for p in problems) and any("nope" in p for p in problems)


def test_overflow_would_be_caught(browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "wide.html"
    page.write_text('<!doctype html><meta name="viewport" content="width=device-width"><p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>', encoding="utf-8")
    browser.open(page.as_uri(), 390, 844, mobile=True)
    assert browser.evaluate(PROBE)["spill"]


def test_populated_report_in_the_browser(browser: Browser, populated: Any, shots: Path) -> None:
    paths = build_report(populated, "week")
    seen = _check(browser, paths.html, shots, "populated")
    for page in seen.values():
        assert page["headings"] == SECTIONS  # all there, in the marketer's order
        assert page["charts"] >= 4  # share bars, topic lines, competitor lines, calls per week
    assert seen["phone"]["chartWidths"] != seen["laptop"]["chartWidths"]  # the narrow drawings on a phone


def test_empty_report_in_the_browser(browser: Browser, config: Any, shots: Path) -> None:
    paths = build_report(config, "week")
    seen = _check(browser, paths.html, shots, "empty")
    for page in seen.values():
        assert page["headings"] == SECTIONS and page["charts"] == 0  # sentences, not empty charts
    assert "Not enough calls yet" in paths.html.read_text()
