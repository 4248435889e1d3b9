"""End to end in real headless Chromium (Debian's package, driven by Playwright): click through
search → person → occasion → evidence → article, check what is shown, keep a screenshot per page
under ``artifacts/screenshots/``.

Skips, saying why, when /usr/bin/chromium or Playwright is missing (``make browsers`` installs it).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from .conftest import HOSTILE, LUKA, O_BBC, O_R1, SCRIPT, TOKEN

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("PARALLAX_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(world):
    """uvicorn on 127.0.0.1 in a thread, over the world store."""
    import uvicorn

    from parallax.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(world.path, token=TOKEN), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (make browsers) to run browser tests")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (the dev extra) is not installed")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    yield pg
    context.close()
    assert dialogs == [], f"a page opened a dialog (script ran): {dialogs}"


def _shot(pg, name: str) -> None:
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_browser_search_person_occasion_evidence_article(page, server):
    page.goto(server + "/")
    assert page.locator("ul.counts").inner_text().split()[0] == "7"  # articles
    _shot(page, "home")

    page.fill("form.search.big input[name=q]", "North Korean")
    page.press("form.search.big input[name=q]", "Enter")
    page.wait_for_url("**/search?q=North+Korean")
    results = page.locator("li.statement")
    # the two English reports, words marked, then the Russian report of the same claim
    assert results.count() == 3
    assert "reports of North Korean soldiers" in results.first.inner_text()
    assert results.first.locator("mark.match").all_inner_texts() == ["North", "Korean"]
    assert "северокорейских" in results.nth(2).inner_text() and "same remark" in results.nth(2).inner_text().lower()
    _shot(page, "search")

    results.first.locator("a.person").click()
    page.wait_for_url(f"**/people/{LUKA}")
    assert page.locator("h1").inner_text() == "Alexander Lukashenko"
    assert "Лукашенко" in page.locator("p.aliases").inner_text()
    assert page.locator("svg.chart rect").count() == 2
    _shot(page, "person")

    page.locator("ol.timeline a.occasion-link", has_text="Russia 1").first.click()
    page.wait_for_url(f"**/occasions/{O_R1}")
    tass_omitted = page.locator("table.matrix tr", has_text="tass.ru").locator("td.st-omitted a")
    assert tass_omitted.inner_text() == "✕ omitted"
    colour = tass_omitted.evaluate("a => getComputedStyle(a.parentElement).backgroundColor")
    assert colour == "rgb(178, 24, 43)"
    _shot(page, "occasion")

    tass_omitted.click()
    page.wait_for_url("**/evidence?claim=R2&outlet=tass.ru")
    verdict = page.locator("p.verdict.omitted").inner_text()
    assert "tass.ru reported this occasion" in verdict and "nothing in its article carries this remark" in verdict
    assert page.locator("li.statement").count() == 3  # reuters, meduza, ukrinform carried R2
    _shot(page, "evidence-omission")

    page.locator("section.article-evidence h2 a").click()
    page.wait_for_url("**/articles/art-tass")
    assert page.locator("article.text mark.stmt").inner_text() == "Тогда Запад сразу отреагирует"
    assert page.locator("article.text a.speaker").inner_text() == "Александр Лукашенко"
    assert page.locator("h1 .badge.synthetic").is_visible()
    _shot(page, "article")


def test_browser_omission_in_two_clicks_from_home(page, server):
    page.goto(server + "/")
    page.locator("a.occasion-link", has_text="Russia 1").click()
    page.locator("table.matrix tr", has_text="tass.ru").locator("td.st-omitted a").click()
    assert "nothing in its article carries this remark" in page.locator("p.verdict").inner_text()
    assert "Russia does not need North Korean troops" in page.locator("p.claim-box").inner_text()


def test_browser_alteration_side_by_side(page, server):
    page.goto(server + f"/occasions/{O_BBC}")
    page.locator("table.matrix tr", has_text="belta.by").locator("td.st-altered a").click()
    sides = page.locator(".side-by-side .side")
    assert sides.count() == 2
    assert "даже Беларуси" in sides.nth(1).locator("mark.evidence").inner_text()
    assert "даже" not in sides.nth(0).locator("mark.altered").inner_text()
    _shot(page, "evidence-alteration")


def test_browser_hostile_article_is_inert_text(page, server):
    page.goto(server + f"/articles/{HOSTILE}")
    assert page.evaluate("document.querySelectorAll('script, img').length") == 0
    assert page.locator("h1").inner_text().startswith(SCRIPT)
    text = page.locator("article.text").inner_text()
    assert f"“{SCRIPT} is not a quote & never was.”" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert page.locator("article.text mark.stmt").inner_text() == f"{SCRIPT} is not a quote & never was."
    _shot(page, "article-hostile")


def test_browser_outlets_and_people_pages(page, server):
    page.goto(server + "/outlets")
    assert page.locator("svg.chart").is_visible()
    assert page.locator("table.list tbody tr").count() == 7
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    _shot(page, "outlets")
    page.goto(server + "/people")
    assert page.locator("table.list tbody tr").first.inner_text().startswith("Alexander Lukashenko")
    _shot(page, "people")
    page.goto(server + "/search?outlet_kind=state&limit=2")
    assert "1–2 of 5" in page.locator("nav.pager").first.inner_text()
    page.locator("nav.pager a[rel=next]").first.click()
    assert "3–4 of 5" in page.locator("nav.pager").first.inner_text()
    _shot(page, "search-filtered")


def test_browser_search_cyrillic_inflected_name(page, server, world):
    """«Лукашенка» (genitive; Belarusian nominative) typed into the search box finds every statement of
    his, whoever the article says spoke, with his name marked where a statement mentions it."""
    page.goto(server + "/search")
    page.fill("form.filters input[name=q]", "Лукашенка")
    page.press("form.filters input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    results = page.locator("li.statement")
    his = [s for s in world.statements.values() if s.person_id == LUKA]
    assert results.count() == len(his)
    assert page.locator("nav.pager").first.inner_text().startswith(f"1–{len(his)} of {len(his)}")
    people = results.locator("a.person").all_inner_texts()
    assert people and set(people) == {"Alexander Lukashenko"}
    _shot(page, "search-name")

    page.fill("form.filters input[name=q]", "Лукашенком войсками")
    page.press("form.filters input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    marks = page.locator("li.statement mark.match").all_inner_texts()
    assert marks and set(marks) <= {"войска", "войсками", "війська"}, marks
    rows = page.locator("li.statement")
    # belta and meduza (his, with «войска») first, then the other reports of that claim (bbc, ukrinform)
    assert rows.count() == 4
    assert [rows.nth(i).locator("mark.match").count() > 0 for i in range(4)] == [True, True, False, False]
    assert all("same remark" in rows.nth(i).inner_text().lower() for i in (2, 3))
    _shot(page, "search-name-words")

    page.goto(server + "/search?speaker=" + "Лукашэнка")
    assert page.locator("li.statement").count() == len(his)
