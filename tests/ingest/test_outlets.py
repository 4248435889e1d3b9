"""outlets: the bundled registry, suffix lookup, user overrides, CSV import."""

from __future__ import annotations

import pytest

from parallax.errors import FormatError
from parallax.ingest import outlets
from parallax.model import Outlet, OutletKind


@pytest.mark.parametrize("url,domain,kind", [
    ("https://tass.ru/politika/22220000", "tass.ru", OutletKind.STATE),
    ("https://www.rt.com/russia/1/", "rt.com", OutletKind.STATE),
    ("https://russian.rt.com/world/1", "russian.rt.com", OutletKind.STATE),  # longest suffix wins
    ("https://news.bbc.co.uk/2/hi/europe/1.stm", "bbc.co.uk", OutletKind.PUBLIC),
    ("https://www.reuters.com/world/europe/x/", "reuters.com", OutletKind.AGENCY),
    ("https://meduza.io/news/2024/10/23/x", "meduza.io", OutletKind.INDEPENDENT),
    ("https://www.ukrinform.net/rubric-polytics/1.html", "ukrinform.net", OutletKind.STATE),
    ("https://suspilne.media/1/", "suspilne.media", OutletKind.PUBLIC),
    ("https://www.belta.by/president/view/1", "belta.by", OutletKind.STATE),
    ("https://www.understandingwar.org/backgrounder/x", "understandingwar.org", OutletKind.THINK_TANK),
    ("HTTPS://WWW.DW.COM/en/x", "dw.com", OutletKind.PUBLIC),
    ("tass.ru", "tass.ru", OutletKind.STATE),
])
def test_outlets_lookup(url, domain, kind):
    found = outlets.lookup(url)
    assert found is not None and (found.domain, found.kind) == (domain, kind)


@pytest.mark.parametrize("url", ["https://notbbc.com/x", "https://example.org/", "", None, "https://ru/"])
def test_outlets_lookup_misses(url):
    assert outlets.lookup(url) is None


def test_outlets_bundled_registry_covers_the_region():
    reg = list(outlets.bundled())
    assert len(reg) >= 70
    countries = {o.country for o in reg}
    assert {"RU", "UA", "BY", "PL", "RO", "BG", "DE", "GB", "US"} <= countries
    assert len({o.domain for o in reg}) == len(reg)


def test_outlets_user_entry_overrides_bundled(fresh_store):
    fresh_store.upsert_outlets([Outlet("tass.ru", "TASS (my label)", "RU", "ru", OutletKind.AGENCY),
                                Outlet("rtvi.com", "RTVI", "US", "ru", OutletKind.INDEPENDENT)])
    reg = outlets.Registry.from_store(fresh_store)
    assert reg.lookup("https://tass.ru/x").name == "TASS (my label)"
    assert reg.lookup("https://rtvi.com/news/1").kind is OutletKind.INDEPENDENT
    assert reg.user_domains == {"tass.ru", "rtvi.com"}
    assert outlets.lookup("https://tass.ru/x").kind is OutletKind.STATE  # the bundled one is untouched


def test_outlets_csv_bad_kind_names_the_line(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("domain,name,country,language,kind\nrtvi.com,RTVI,US,ru,independent\nx.org,X,,,tabloid\n")
    with pytest.raises(FormatError) as err:
        outlets.load_csv(path)
    assert err.value.source == f"{path}:3" and "tabloid" in err.value.reason


def test_outlets_csv_normalises_domains(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("domain,name\nhttps://www.Example.org/news,Example\n")
    [o] = outlets.load_csv(path)
    assert (o.domain, o.kind) == ("example.org", OutletKind.OTHER)


@pytest.mark.issue(15)
def test_outlets_registry_knows_every_outlet_of_the_real_dev_events(shared_data):
    """Every outlet of events_dev is registered (its country and language at least); kinds are set
    only where known, so some stay "unknown" rather than guessed."""
    import json

    reg = outlets.default_registry()
    missing, kinds = set(), {}
    for path in sorted((shared_data / "events_dev").glob("*/articles.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found = reg.lookup(row.get("url")) or reg.get(row.get("outlet") or "")
            if found is None:
                missing.add(row.get("outlet") or row.get("url"))
            else:
                kinds[found.domain] = found.kind
    assert not missing, sorted(missing)
    known = [d for d, k in kinds.items() if k is not OutletKind.UNKNOWN]
    assert len(known) >= len(kinds) // 2


@pytest.mark.issue(15)
@pytest.mark.parametrize("url,kind,country", [
    ("https://ont.by/news/x", OutletKind.STATE, "BY"),
    ("https://wap.belta.by/x", OutletKind.STATE, "BY"),
    ("https://www.magyarnemzet.hu/x", OutletKind.STATE_ALIGNED, "HU"),
    ("https://mti.hu/x", OutletKind.STATE, "HU"),
    ("https://1tv.ge/x", OutletKind.PUBLIC, "GE"),
    ("https://www.inform.kz/ru/x", OutletKind.STATE, "KZ"),
    ("https://fr.news-pravda.com/x", OutletKind.AGGREGATOR, ""),
    ("https://dzen.ru/a/x", OutletKind.AGGREGATOR, "RU"),
    ("https://www.lsm.lv/x", OutletKind.PUBLIC, "LV"),
    ("https://www.pap.pl/x", OutletKind.STATE, "PL"),
    ("https://de.news-front.su/x", OutletKind.STATE_ALIGNED, ""),
    ("https://interfax.com.ua./x", OutletKind.AGENCY, "UA"),
])
def test_outlets_region_kinds(url, kind, country):
    found = outlets.lookup(url)
    assert found is not None and (found.kind, found.country) == (kind, country)


@pytest.mark.issue(15)
def test_outlets_csv_empty_or_unknown_kind():
    [a, b] = outlets.read_csv("domain,name,kind\nx.org,X,unknown\ny.org,Y,\n")
    assert (a.kind, b.kind) == (OutletKind.UNKNOWN, OutletKind.OTHER)


@pytest.mark.issue(15)
def test_demo_seed_text_is_credited_to_its_real_outlet():
    """The demo's one real text is ISW's assessment: its outlet is understandingwar.org (a think
    tank), not a placeholder called "seed"."""
    import json

    from parallax import settings

    rows = [json.loads(x) for x in (settings.PACKAGE_DATA / "demo" / "articles.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    real = [r for r in rows if not r.get("synthetic")]
    assert [r["outlet"] for r in real] == ["understandingwar.org"]
    assert outlets.lookup("understandingwar.org").kind is OutletKind.THINK_TANK
    assert all(r["outlet"] != "seed" for r in rows)
