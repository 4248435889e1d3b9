"""Analyst corrections persist in the store and survive re-linking and re-processing."""

from __future__ import annotations

from parallax.model import Article, Kind, Span, Statement
from parallax.resolve import Registry, add_alias, apply_corrections, link, merge, split

TEXT = ("“We will not fight,” said Batka. “Nobody needs escalation,” Aleksandr Lukashenka said. "
        "“It is stupid,” said Sasha Lukashenko.")


def _store_with_statements(store):
    art = Article(id="c1", text=TEXT, content_hash="c1", language="en", published="2024-10-23")
    store.add_articles([art])
    sts = []
    for content, speaker in (("We will not fight", "Batka"), ("Nobody needs escalation", "Aleksandr Lukashenka"),
                             ("It is stupid", "Sasha Lukashenko")):
        c, s = TEXT.index(content), TEXT.index(speaker)
        spans = (Span.of(TEXT, c, c + len(content)),)
        sts.append(Statement(id=Statement.make_id("c1", spans), article_id="c1", type=Kind.DIRECT,
                             content=spans, speaker=Span.of(TEXT, s, s + len(speaker)), speaker_name=speaker))
    linked, new = link(sts, art, Registry.load(store))
    store.upsert_people(new)
    store.replace_statements("c1", linked, "test")
    return art


def by_speaker(store):
    return {s.speaker_name: s for s in store.statements()}


def test_corrections_alias_merge_split_persist(fresh_store):
    store = fresh_store
    _store_with_statements(store)
    before = by_speaker(store)
    assert before["Aleksandr Lukashenka"].person_id == "alexander-lukashenko"
    assert before["Batka"].person_id is None                       # a nickname: nobody, yet
    sasha = before["Sasha Lukashenko"].person_id
    assert sasha and sasha != "alexander-lukashenko"                # a discovered person

    add_alias(store, "alexander-lukashenko", "Batka")
    merge(store, "alexander-lukashenko", sasha)
    after = by_speaker(store)
    assert after["Batka"].person_id == "alexander-lukashenko" and after["Batka"].person_rule == "correction"
    assert after["Sasha Lukashenko"].person_id == "alexander-lukashenko"

    new_id, _ = split(store, "alexander-lukashenko", "Aleksandr Lukashenka")
    assert by_speaker(store)["Aleksandr Lukashenka"].person_id == new_id

    # Re-processing the article (fresh statements, no links) re-applies every correction.
    stmts = [s.__class__(**{**{f: getattr(s, f) for f in s.__slots__}, "person_id": None,
                            "person_name": None, "person_rule": None, "person_score": None})
             for s in store.statements()]
    store.replace_statements("c1", stmts, "test")
    assert apply_corrections(store) == 3
    again = by_speaker(store)
    assert again["Batka"].person_id == "alexander-lukashenko"
    assert again["Sasha Lukashenko"].person_id == "alexander-lukashenko"
    assert again["Aleksandr Lukashenka"].person_id == new_id
    assert [c[1] for c in store.corrections()] == ["alias_add", "merge", "split"]
    # Bundled resolution of other spellings is untouched by the split.
    assert Registry.load(store).resolve("Alexander Lukashenko").person_id == "alexander-lukashenko"


def test_corrections_unknown_id_is_a_clear_error(fresh_store):
    import pytest

    from parallax.errors import NotFound

    with pytest.raises(NotFound, match="no-such-person"):
        merge(fresh_store, "alexander-lukashenko", "no-such-person")
    assert fresh_store.corrections() == []
