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
