"""feeds: RSS and Atom via feedparser; malformed XML refused as a whole."""

from __future__ import annotations

from parallax import ingest
from parallax.model import Article, Rejected


def test_feeds_rss_one_article_per_entry(fixtures):
    out = list(ingest.articles([fixtures / "ingest" / "feed.rss"]))
    good = [x for x in out if isinstance(x, Article)]
    assert len(good) == 2
    first = good[0]
    assert first.text == ("MINSK, Oct 23 (Reuters) - Belarusian President Alexander Lukashenko said on Wednesday "
                          "his country's troops would not fight in Ukraine.\n"
                          "“Even if we went to war, that would be a path to escalation,” he told the BBC.")
    assert "trackPageView" not in first.text  # <script> in the entry is not text
    assert first.canonical_url == "https://reuters.com/world/europe/synthetic-rss-1"  # utm_* dropped
    assert (first.outlet, first.language, first.published) == ("reuters.com", "en", "2024-10-23T18:12:00Z")
    assert first.title == "Belarus's Lukashenko rules out sending troops to Ukraine"
    assert first.synthetic and first.format == "feed"
    [empty] = [x for x in out if isinstance(x, Rejected)]
    assert empty.source.endswith("feed.rss:entry 3 (https://www.reuters.com/world/europe/synthetic-rss-3/)")


def test_feeds_atom_entry(fixtures):
    [a] = list(ingest.articles([fixtures / "ingest" / "feed.atom"]))
    assert a.text.startswith("Самопроголошений президент Білорусі")
    assert "\nЗа його словами" in a.text
    assert (a.language, a.outlet, a.published) == ("uk", "ukrinform.ua", "2024-10-23T16:05:00Z")
    assert a.synthetic


def test_feeds_malformed_xml_is_rejected_with_position(fixtures):
    [r] = list(ingest.articles([fixtures / "ingest" / "broken-feed.xml"]))
    assert isinstance(r, Rejected)
    assert r.source == str(fixtures / "ingest" / "broken-feed.xml")
    assert r.reason.startswith("malformed XML feed at line 13")


def test_feeds_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><config><item>1</item></config>')
    [r] = list(ingest.articles([path]))
    assert isinstance(r, Rejected) and "not an RSS or Atom feed" in r.reason


def test_feeds_sniffed_without_extension(tmp_path, fixtures):
    path = tmp_path / "download"
    path.write_bytes((fixtures / "ingest" / "feed.atom").read_bytes())
    [a] = list(ingest.articles([path]))
    assert a.format == "feed"
