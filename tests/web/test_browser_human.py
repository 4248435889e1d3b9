"""Issue 15 in real headless Chromium: correct a verdict and a speaker through the forms with the
token and see them marked; watch an outlet and see its alerts; the new pages at phone width.
Viewport screenshots of the new pages (desktop and 390 px) go to ``artifacts/screenshots/``, or to
``docs/screenshots/`` (the ones docs/web.md shows) with ``PARALLAX_DOC_SHOTS=1``.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from .conftest import LUKA, O_BBC, TOKEN, build_world
from .test_browser import _free_port, browser  # noqa: F401 - the shared Chromium fixture

pytestmark = [pytest.mark.browser, pytest.mark.issue(15)]
ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / ("docs/screenshots" if os.environ.get("PARALLAX_DOC_SHOTS") else "artifacts/screenshots")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def human_server(tmp_path_factory):
    """uvicorn over a fresh world (these tests write to it)."""
    import uvicorn

    from parallax.web.app import create_app

    world = build_world(str(tmp_path_factory.mktemp("human") / "w.db"))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(world.path, token=TOKEN), host="127.0.0.1", port=port,
                                        log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", world
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def tab(browser):  # noqa: F811 - the fixture imported above
    context = browser.new_context(viewport=DESKTOP)
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()
    assert dialogs == [], f"a page opened a dialog (script ran): {dialogs}"


def _shots(pg, name: str) -> None:
    """A desktop and a phone viewport shot, and no sideways scrolling at phone width."""
    DOCS.mkdir(parents=True, exist_ok=True)
    pg.set_viewport_size(DESKTOP)
    pg.screenshot(path=str(DOCS / f"{name}-desktop.png"))
    pg.set_viewport_size(PHONE)
    overflow = pg.evaluate("document.documentElement.scrollWidth")
    pg.screenshot(path=str(DOCS / f"{name}-phone.png"))
    pg.set_viewport_size(DESKTOP)
    assert overflow <= PHONE["width"] + 1, f"{name}: {overflow} px wide at phone width"


def test_browser_human_verdict_correction_is_marked(tab, human_server):
    base, _world = human_server
    tab.goto(f"{base}/occasions/{O_BBC}/evidence?claim=B1&outlet=reuters.com")
    assert tab.locator("p.verdict.omitted").count() == 1
    tab.locator("a.correct-link", has_text="mark this verdict wrong").click()
    tab.wait_for_url("**/correct?claim=B1&outlet=reuters.com")
    _shots(tab, "correct-verdict")
    form = tab.locator("form.correct.verdict")
    form.locator("select[name=status]").select_option("paraphrased")
    form.locator("input[name=note]").fill("Reuters carries it in its fourth paragraph")
    form.locator("input[name=author]").fill("anna")
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[type=submit]").click()
    tab.wait_for_url("**/evidence?claim=B1&outlet=reuters.com")
    note = tab.locator("aside.human-note")
    assert "Reuters carries it in its fourth paragraph" in note.inner_text()
    assert "anna" in note.inner_text() and "applied" in note.inner_text()
    _shots(tab, "evidence-corrected")
    tab.locator("p.crumbs a").click()
    row = tab.locator("table.matrix tr", has_text="reuters.com")
    assert row.locator("td.st-paraphrased span.badge.human").count() == 1


def test_browser_human_speaker_reassigned_from_a_statement(tab, human_server):
    base, world = human_server
    tab.goto(f"{base}/people/{LUKA}")
    first = tab.locator("ol.statements li.statement").first
    first.locator("a.correct-link").click()
    tab.wait_for_url("**/statements/*/correct")
    _shots(tab, "correct-statement")
    form = tab.locator("form.correct.speaker")
    form.locator("input[name=name]").fill("Steve Rosenberg")
    form.locator("input[name=note]").fill("the interviewer's words")
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[type=submit]").click()
    tab.wait_for_url("**/statements/*/correct")
    assert "Steve Rosenberg" in tab.locator("p.meta").inner_text()
    assert tab.locator("p.meta span.badge.human").count() == 1
    assert "reassigned the speaker" in tab.locator("aside.human-note").inner_text()
    tab.goto(f"{base}/corrections")
    assert tab.locator("table.corrections tbody tr").count() >= 1
    _shots(tab, "corrections")


def test_browser_human_wrong_token_is_refused(tab, human_server):
    base, _world = human_server
    tab.goto(f"{base}/people/{LUKA}/correct")
    _shots(tab, "correct-person")
    form = tab.locator("form.correct.rename")
    form.locator("input[name=name]").fill("Someone Else")
    form.locator("input[name=token]").fill("not-the-token")
    form.locator("button[type=submit]").click()
    assert "token" in tab.locator("main").inner_text()
    tab.goto(f"{base}/people/{LUKA}")
    assert tab.locator("h1").inner_text().startswith("Alexander Lukashenko")


def test_browser_human_watch_an_outlet_and_see_alerts(tab, human_server):
    base, _world = human_server
    tab.goto(f"{base}/")
    tab.locator("header nav a", has_text="Watch").click()
    tab.wait_for_url("**/watch")
    form = tab.locator("form.watch-add")
    form.locator("input[name=list]").fill("belarus-state")
    form.locator("select[name=kind]").select_option("outlet")
    form.locator("input[name=target]").fill("belta.by")
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button[type=submit]").click()
    tab.wait_for_url("**/watch/belarus-state")
    alerts = tab.locator("ol.alerts li.alert")
    assert alerts.count() >= 2
    assert alerts.filter(has_text="belta.by omitted").count() >= 1
    assert alerts.filter(has_text="altered").count() == 1
    _shots(tab, "watch-list")
    tab.goto(f"{base}/watch")
    _shots(tab, "watch")
    tab.goto(f"{base}/watch/belarus-state")
    tab.locator("ol.alerts li.alert a", has_text="altered").click()
    tab.wait_for_url("**/evidence?claim=B1&outlet=belta.by")
    assert tab.locator("section.alteration").count() == 1
    feed = tab.request.get(f"{base}/watch/belarus-state/feed.atom")
    assert feed.ok and feed.headers["content-type"].startswith("application/atom+xml")
