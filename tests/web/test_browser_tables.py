"""Analyst tables, outlet and article pages in real headless Chromium, at desktop and phone width
(issue 15, items 3 and 7): click a sort header, apply a filter and a facet, page, follow the CSV
link, open an outlet page and an article page; at 390 px no text under 9 px and no sideways
scrolling of the page. Screenshots of each page type go to ``artifacts/screenshots/tables/``, and
to ``docs/screenshots/`` when ``PARALLAX_UPDATE_SCREENSHOTS=1``.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import pytest

from .conftest import HOSTILE, LUKA, O_R1
from .test_browser import ARGS, CHROMIUM, server  # noqa: F401 - the uvicorn fixture

pytestmark = [pytest.mark.browser, pytest.mark.issue(15)]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots" / "tables"
DOCS = ROOT / "docs" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
#: One page per page type, as the screenshots and the phone checks visit them.
PAGES = {
    "home": "/", "search": "/search?q=war", "people": "/people", "person": f"/people/{LUKA}",
    "occasions": "/occasions", "occasion": f"/occasions/{O_R1}",
    "evidence": f"/occasions/{O_R1}/evidence?claim=R2&outlet=tass.ru",
    "articles": "/articles", "article": "/articles/art-tass", "outlets": "/outlets", "outlet": "/outlets/belta.by",
    "api-docs": "/api/docs", "facts": "/facts",
}

#: Smallest rendered font of any visible text (SVG text scaled by its chart), and whether the page
#: scrolls sideways.
MEASURE = """() => {
  let smallest = 1e9, where = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    const rects = el.getClientRects();
    if (!rects.length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    let size = parseFloat(style.fontSize);
    const svg = el.closest('svg');
    if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
      size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    }
    if (size < smallest) { smallest = size; where = el.tagName + ': ' + node.textContent.trim().slice(0, 40); }
  }
  return {smallest, where, overflow: document.documentElement.scrollWidth - window.innerWidth};
}"""


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


def _page(browser, viewport):
    context = browser.new_context(viewport=viewport)
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return context, pg, dialogs


@pytest.fixture
def desk(browser):
    context, pg, dialogs = _page(browser, DESKTOP)
    yield pg
    context.close()
    assert dialogs == [], f"a page opened a dialog (script ran): {dialogs}"


@pytest.fixture
def phone(browser):
    context, pg, dialogs = _page(browser, PHONE)
    yield pg
    context.close()
    assert dialogs == [], f"a page opened a dialog (script ran): {dialogs}"


def _shot(pg, name: str) -> None:
    path = SHOTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=False)
    if os.environ.get("PARALLAX_UPDATE_SCREENSHOTS") == "1":
        DOCS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, DOCS / path.name)


def _column(pg, n: int) -> list[str]:
    return [c.strip() for c in pg.locator(f"table.list tbody tr td:nth-child({n})").all_inner_texts()]


def _pager(pg) -> str:
    return pg.locator("nav.pager .rows").first.inner_text()


def test_browser_table_sort_filter_facet_page_and_csv(desk, server):  # noqa: F811
    desk.goto(server + "/articles")
    assert _pager(desk) == "1–7 of 7"
    desk.locator("th a.sort", has_text="Title").click()
    desk.wait_for_url("**/articles?sort=title&order=asc")
    titles = _column(desk, 2)
    assert titles == sorted(titles) and len(titles) == 7
    assert desk.locator("th[aria-sort=ascending]").inner_text().startswith("Title")
    desk.locator("th a.sort", has_text="Title").click()
    desk.wait_for_url("**/articles?sort=title&order=desc")
    assert _column(desk, 2) == titles[::-1]

    # a filter from the form, then a facet beside it
    desk.select_option("form.filters select[name=outlet_kind]", "state")
    desk.locator("form.filters button").click()
    desk.wait_for_url("**/articles?*outlet_kind=state*")
    assert _pager(desk) == "1–3 of 3"
    ru = desk.locator("section.facet[data-facet=country] a[data-value=RU]")
    count = int(ru.locator("xpath=following-sibling::span[@class='count']").inner_text())
    ru.click()
    desk.wait_for_url("**/articles?*country=RU*")
    assert _pager(desk) == f"1–{count} of {count}" and _column(desk, 3) == ["tass.ru"]
    desk.locator("a.chip", has_text="country: RU").click()  # removing the facet
    assert _pager(desk) == "1–3 of 3"

    # pages of two rows, then the CSV of the view: every page, same order
    desk.goto(server + "/articles?sort=outlet&order=asc&size=2")
    shown = list(_column(desk, 3))
    while desk.locator("nav.pager a[rel=next]").count():
        desk.locator("nav.pager a[rel=next]").first.click()
        shown += _column(desk, 3)
    assert _pager(desk) == "7–7 of 7" and shown == sorted(shown)
    href = desk.locator("a.export.csv").first.get_attribute("href")
    assert "sort=outlet" in href and "size" not in href and "page" not in href
    rows = list(csv.DictReader(io.StringIO(desk.request.get(server + href).text())))
    assert [r["outlet"] for r in rows] == shown
    data = desk.request.get(server + desk.locator("a.export.json").first.get_attribute("href")).json()
    assert [r["outlet"] for r in data["rows"]] == shown


def test_browser_outlet_page_and_article_page(desk, server):  # noqa: F811
    desk.goto(server + "/outlets")
    desk.locator("a.outlet-link", has_text="BelTA").click()
    desk.wait_for_url("**/outlets/belta.by")
    assert desk.locator("h1").inner_text().startswith("BelTA")
    facts = desk.locator("dl.facts-list").inner_text()
    assert "state" in facts.lower() and "BY" in facts
    assert desk.locator("table.findings tbody tr").count() == 3  # one alteration, two omissions
    assert desk.locator("h1 .badge.synthetic").is_visible()
    desk.locator("ul.article-list a.article-link").first.click()
    desk.wait_for_url("**/articles/art-belta")
    assert desk.locator("h1").inner_text().startswith("Лукашенко в интервью Би-би-си")
    source = desk.locator("a.source")
    assert source.get_attribute("href") == "https://belta.by/synthetic/art-belta"
    assert source.get_attribute("rel") == "noopener noreferrer nofollow"
    assert desk.locator("p.meta a.outlet").inner_text() == "BelTA"


def test_browser_occasion_timeline(desk, server):  # noqa: F811
    desk.goto(server + f"/occasions/{O_R1}")
    items = desk.locator("ol.report-timeline li")
    assert items.count() == 5
    assert "BelTA" in items.first.inner_text()
    tass = desk.locator("ol.report-timeline li", has_text="TASS")
    assert tass.locator(".status.st-omitted").inner_text() == "C2 ✕"


def test_browser_occasions_filter_and_people_sort(desk, server):  # noqa: F811
    desk.goto(server + "/occasions")
    desk.fill("form.filters input[name=venue]", "Russia")
    desk.locator("form.filters button").click()
    assert _pager(desk) == "1–1 of 1" and "Russia 1" in desk.locator("table.list tbody").inner_text()
    desk.goto(server + "/people")
    desk.locator("th a.sort", has_text="Name").click()
    names = _column(desk, 1)
    assert names == sorted(names, key=str.lower)


@pytest.mark.parametrize("name", list(PAGES))
def test_browser_phone_width_is_readable(phone, server, name):  # noqa: F811
    phone.goto(server + PAGES[name])
    found = phone.evaluate(MEASURE)
    assert found["smallest"] >= 9, (name, found)
    assert found["overflow"] <= 0, (name, found)
    _shot(phone, f"{name}-phone")


@pytest.mark.parametrize("name", list(PAGES))
def test_browser_desktop_screenshots(desk, server, name):  # noqa: F811
    desk.goto(server + PAGES[name])
    found = desk.evaluate(MEASURE)
    assert found["smallest"] >= 9 and found["overflow"] <= 0, (name, found)
    _shot(desk, f"{name}-desktop")


def test_browser_hostile_titles_stay_text_in_tables(desk, server):  # noqa: F811
    desk.goto(server + "/articles?sort=title&order=asc")
    assert desk.evaluate("document.querySelectorAll('script, img').length") == 0
    assert desk.locator("table.list tbody tr").first.inner_text().startswith("2024-10-24\t<script>")
    desk.goto(server + f"/articles/{HOSTILE}")
    assert desk.locator("a.source").get_attribute("rel") == "noopener noreferrer nofollow"
