"""The report in a real browser: headless Chromium loads it with no console errors, shows every section
and its charts, fits a phone's width, and leaves screenshots to look at.

Screenshots go to a temporary folder (printed), or to ``$CALLINSIGHT_SCREENSHOTS`` when set.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from callinsight.report.build import build_report

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"]
SECTIONS = ("What changed", "Pain points and objections", "Topics over time", "Personas", "Competitors", "Calls",
            "Data quality")
LAPTOP, PHONE = (1280, 900), (390, 844)

#: Appended to a copy of the page only (the report itself has no script): records whether the page is
#: wider than the window, i.e. whether a phone would have to scroll sideways.
PROBE = ("<script>document.body.setAttribute('data-overflow', "
         "String(document.documentElement.scrollWidth > window.innerWidth));</script>")


def _chromium(tmp: Path, size: tuple[int, int], *args: str) -> subprocess.CompletedProcess[str]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (scripts/install-system-deps.sh installs Debian's chromium package)")
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def _shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CALLINSIGHT_SCREENSHOTS", tmp_path / "screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _check_page(html_path: Path, tmp_path: Path, name: str) -> str:
    """Load the page, assert it is clean, save screenshots; return the DOM as Chromium built it."""
    probe = html_path.with_name("probe.html")
    probe.write_text(html_path.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    res = _chromium(tmp_path, PHONE, "--dump-dom", probe.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    assert 'data-overflow="false"' in res.stdout, "the page is wider than a phone screen"
    clean = _chromium(tmp_path, LAPTOP, "--dump-dom", html_path.as_uri())
    assert clean.returncode == 0 and "</html>" in clean.stdout
    assert _console(clean.stderr) == [], "the report logged to the browser console"
    shots = _shots_dir(tmp_path)
    for label, size in (("laptop", LAPTOP), ("phone", PHONE)):
        png = shots / f"{name}-{label}.png"
        res = _chromium(tmp_path, size, f"--screenshot={png}", html_path.as_uri())
        assert res.returncode == 0 and png.exists() and png.stat().st_size > 5_000, res.stderr[-2000:]
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert _console(res.stderr) == []
    print(f"screenshots: {shots}")
    return clean.stdout


def test_console_errors_would_be_caught(tmp_path: Path) -> None:
    """The check above can fail: a page that logs an error is seen."""
    page = tmp_path / "bad.html"
    page.write_text("<!doctype html><title>x</title><script>console.error('boom'); nope();</script>", encoding="utf-8")
    res = _chromium(tmp_path, LAPTOP, "--dump-dom", page.as_uri())
    lines = _console(res.stderr)
    assert any("boom" in line for line in lines) and any("nope" in line for line in lines)


def test_populated_report_in_the_browser(populated: Any, tmp_path: Path) -> None:
    paths = build_report(populated, "week")
    dom = _check_page(paths.html, tmp_path, "populated")
    headings = re.findall(r"<h2>(.*?)</h2>", dom)
    assert [h for h in headings if h in SECTIONS] == list(SECTIONS)  # all there, in the marketer's order
    charts = re.findall(r'<svg class="chart"[^>]*role="img"', dom)
    assert len(charts) >= 6  # bar + line charts, each drawn wide and narrow
    assert "<mark>" in dom and 'href="#q1"' in dom and 'id="q1"' in dom


def test_empty_report_in_the_browser(config: Any, tmp_path: Path) -> None:
    paths = build_report(config, "week")
    dom = _check_page(paths.html, tmp_path, "empty")
    headings = re.findall(r"<h2>(.*?)</h2>", dom)
    assert [h for h in headings if h in SECTIONS] == list(SECTIONS)
    assert "<svg" not in dom and "Not enough calls yet" in dom and "No calls yet" in dom
