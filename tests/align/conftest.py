"""Builders for small real-text stores: articles and statements located by exact substrings."""

from __future__ import annotations

import hashlib

import pytest

from parallax.model import Article, Kind, Span, Statement, stable_id


def article(id_, text, *, outlet, language, published="2024-10-23T12:00:00+03:00", primary=False, synthetic=True):
    return Article(id=id_, text=text, content_hash=hashlib.sha1(text.encode()).hexdigest(),
                   url=f"https://{outlet}/{id_}", title=f"[synthetic] {id_}", outlet=outlet, language=language,
                   published=published, primary=primary, synthetic=synthetic)


def statement(a, content, speaker="Alexander Lukashenko", *, type_="direct", venue=None, venue_name=None):
    """A statement whose content is the first occurrence of ``content`` in the article."""
    i = a.text.index(content)
    span = (Span.of(a.text, i, i + len(content)),)
    vspan = None
    if venue:
        j = a.text.index(venue)
        vspan = Span.of(a.text, j, j + len(venue))
    made = Statement(id=Statement.make_id(a.id, span), article_id=a.id, type=Kind(type_), content=span,
                     venue=vspan, venue_name=venue_name, speaker_name=speaker,
                     person_id=stable_id(speaker, prefix="p"), person_name=speaker, language=a.language)
    MADE[made.id] = made
    return made


#: every statement the builders made, by id: alignment may replace one by its parts
MADE: dict[str, Statement] = {}


class Claims:
    """``claims[statement_id]``: the claim of a statement the builders made, split or not."""

    def __init__(self, store) -> None:
        self.store = store

    def __getitem__(self, sid: str):
        return claim_of(self.store, MADE[sid])


def part_of(store, statement):
    """The stored statement that overlaps ``statement`` most: alignment may split it into its
    remarks (``align.parts``)."""
    best, overlap = None, 0
    for s in store.statements(article_id=statement.article_id):
        ov = min(s.end, statement.end) - max(s.start, statement.start)
        if ov > overlap:
            best, overlap = s, ov
    return best


def claim_of(store, statement):
    """The claim a statement ended in, split or not."""
    part = part_of(store, statement)
    return part.claim_id if part is not None else None


def occasion_of(store, statement):
    part = part_of(store, statement)
    return part.occasion_id if part is not None else None


def put(store, a, statements):
    store.add_articles([a])
    store.replace_statements(a.id, statements, version="test")


@pytest.fixture(scope="session")
def e5():
    from parallax.align.embed import E5Embedder

    return E5Embedder()


@pytest.fixture
def make():
    class Make:
        pass

    m = Make()
    m.article, m.statement, m.put = article, statement, put
    m.claim_of, m.occasion_of = claim_of, occasion_of
    return m
