"""Search: word forms per language, names in any spelling, neighbours in meaning, marks.

The sentences are real news sentences (2024), one statement each, shortened to the reported part.
"""

from __future__ import annotations

import os
import re
import uuid
from urllib.parse import urlsplit

import numpy as np
import pytest

from parallax import lang
from parallax.align.embed import normalise, to_bytes
from parallax.model import Article, Kind, Span, Statement, stable_id
from parallax.report import search
from parallax.resolve import Registry
from parallax.store import open_store

# (key, language, article text, the statement's content within it)
SENTENCES = [
    ("ru-1", "ru", "Лукашенко заявил, что белорусские войска не будут участвовать в войне на Украине.",
     "белорусские войска не будут участвовать в войне на Украине"),
    ("ru-2", "ru", "Президент Белоруссии назвал «глупостью» сообщения о том, что Северная Корея направит своих "
                   "солдат воевать вместе с российскими войсками.",
     "сообщения о том, что Северная Корея направит своих солдат воевать вместе с российскими войсками"),
    ("uk-1", "uk", "Лукашенко заявив, що білоруські війська не братимуть участі у війні.",
     "білоруські війська не братимуть участі у війні"),
    ("uk-2", "uk", "За його словами, Росія не потребує військ КНДР.", "Росія не потребує військ КНДР"),
    ("be-1", "be", "Лукашэнка заявіў, што беларускія войскі не будуць удзельнічаць у вайне.",
     "беларускія войскі не будуць удзельнічаць у вайне"),
    ("en-1", "en", "Lukashenko said reports of North Korean soldiers fighting for Russia were stupid.",
     "reports of North Korean soldiers fighting for Russia were stupid"),
    ("en-2", "en", "He said North Korea had not sent troops, and warned the West against escalation.",
     "North Korea had not sent troops"),
    ("en-3", "en", "The minister said it was too warm for the season.", "it was too warm for the season"),
    ("de-1", "de", "Lukaschenko sagte, belarussische Truppen würden sich nicht am Krieg beteiligen.",
     "belarussische Truppen würden sich nicht am Krieg beteiligen"),
    ("fr-1", "fr", "Selon Macron, l'envoi de troupes occidentales en Ukraine ne peut être exclu.",
     "l'envoi de troupes occidentales en Ukraine ne peut être exclu"),
    ("pl-1", "pl", "Łukaszenka powiedział, że białoruskie wojska nie wezmą udziału w wojnie.",
     "białoruskie wojska nie wezmą udziału w wojnie"),
]


def _store(url):
    store = open_store(str(url))
    for key, code, text, content in SENTENCES:
        a = Article(id=key, text=text, content_hash=stable_id(text), outlet=f"{key}.example", language=code,
                    published="2024-10-23", synthetic=True)
        store.add_articles([a])
        start = text.index(content)
        span = (Span(start, start + len(content), content),)
        store.replace_statements(key, [Statement(id=f"s-{key}", article_id=key, type=Kind.INDIRECT, content=span,
                                                 language=code)], "test")
    return store


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path, monkeypatch):
    """The sentences in a store of each backend (PostgreSQL: a throwaway database on the server
    ``PARALLAX_TEST_PG`` names; skipped without one)."""
    monkeypatch.setattr(search, "_embedder", lambda: None)  # words only, unless a test brings an embedder
    if request.param == "sqlite":
        s = _store(tmp_path / "search.db")
        yield s
        s.close()
        return
    server = os.environ.get("PARALLAX_TEST_PG")
    if not server:
        pytest.skip("no PostgreSQL server: set PARALLAX_TEST_PG=postgresql://… (.ci/with-postgres starts one)")
    import psycopg

    name = "parallax_search_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        try:
            s = _store(urlsplit(server)._replace(path="/" + name).geturl())
            yield s
            s.close()
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _found(store, query, **kw) -> set[str]:
    return {h.statement.article_id for h in search.statements(store, query, limit=100, registry=Registry([]),
                                                              **kw).hits}


# ------------------------------------------------------------------ stems
@pytest.mark.parametrize("code,forms", [
    ("ru", ["войска", "войсками", "войск"]),
    ("ru", ["Лукашенко", "Лукашенка", "Лукашенком"]),
    ("uk", ["війська", "військ", "військами"]),
    ("be", ["войскі", "войскамі", "войск"]),
    ("pl", ["wojska", "wojskami"]),
    ("de", ["Truppen", "Truppe"]),
    ("fr", ["troupes", "troupe"]),
    ("en", ["troops", "troop"]),
])
def test_search_stem_joins_word_forms(code, forms):
    stems = {lang.get(code).stem(f) for f in forms}
    assert len(stems) == 1, stems
    assert all(f.lower().startswith(next(iter(stems))) for f in forms)  # a stem is an index prefix


def test_search_same_stem_allows_a_short_derivation_only():
    assert search.same_stem("korea", "korean")
    assert not search.same_stem("war", "warm")      # a short stem must match exactly
    assert not search.same_stem("korea", "koreanization")


# ------------------------------------------------------------------ word forms
@pytest.mark.parametrize("query,expected", [
    ("войсками", {"ru-1", "ru-2"}),                 # войска / российскими войсками
    ("войска", {"ru-1", "ru-2", "be-1"}),           # Belarusian войскі is the same word
    ("війська", {"uk-1", "uk-2"}),                  # війська / військ
    ("військ", {"uk-1", "uk-2"}),
    ("войскамі", {"be-1"}),
    ("wojskami", {"pl-1"}),
    ("Truppe", {"de-1"}),
    ("troupe", {"fr-1"}),
    ("troop", {"en-2"}),
])
def test_search_word_forms_match_across_inflection(store, query, expected):
    assert _found(store, query) == expected


def test_search_korea_and_korean_find_the_same(store):
    assert _found(store, "North Korea") == _found(store, "North Korean") == {"en-1", "en-2"}
    assert _found(store, "Korea") == _found(store, "Korean") == {"en-1", "en-2"}


def test_search_a_short_word_is_not_a_prefix_of_others(store):
    assert "en-3" not in _found(store, "war")      # "warm", "warned" are other words
    assert _found(store, "warm") == {"en-3"}


def test_search_marks_every_matched_form(store):
    hits = search.statements(store, "войска", limit=10, registry=Registry([])).hits
    marked = {h.statement.article_id: [h.statement.text[a:b] for a, b in h.marks] for h in hits}
    assert marked == {"ru-1": ["войска"], "ru-2": ["войсками"], "be-1": ["войскі"]}


def test_search_filters_still_apply(store):
    assert _found(store, "войска", language="uk") == set()
    assert _found(store, "війська", outlet="uk-2.example") == {"uk-2"}


def test_search_query_syntax_is_data(store):
    for hostile in ['"', 'NEAR(a b)', "войска*", "a OR b", "-x", "^", "(", "войска AND"]:
        search.statements(store, hostile, registry=Registry([]))  # never an FTS5 syntax error


# ------------------------------------------------------------------ meaning
class _Embedder:
    """A stand-in for E5: a fixed vector per text, so the test controls the cosines."""

    name = "test-e5"
    dim = 3

    def __init__(self, table):
        self.table = table

    def embed(self, texts):
        return normalise(np.array([self.table.get(t, [0.0, 0.0, 1.0]) for t in texts], dtype=np.float32))


def test_search_meaning_adds_other_languages_after_word_hits(store, monkeypatch):
    near, far = [1.0, 0.1, 0.0], [0.0, 1.0, 0.0]
    vectors = {"s-en-1": near, "s-ru-2": near, "s-uk-2": [1.0, 0.3, 0.0], "s-de-1": far}
    store.put_embeddings((sid, "test-e5", to_bytes(normalise(np.array([v], dtype=np.float32))[0]))
                         for sid, v in vectors.items())
    emb = _Embedder({"soldiers stupid": [1.0, 0.1, 0.0]})
    monkeypatch.setattr(search, "_embedder", lambda: emb)
    hits = search.statements(store, "soldiers stupid", limit=20, registry=Registry([])).hits
    assert [h.how for h in hits][0] == "words" and hits[0].statement.id == "s-en-1"
    meaning = [h.statement.id for h in hits if h.how == "meaning"]
    assert meaning[:2] == ["s-ru-2", "s-uk-2"]        # best first, above the floor
    assert "s-de-1" not in meaning                     # below SEMANTIC_MIN
    assert search.statements(store, "soldiers stupid", registry=Registry([]), language="ru").total == 1


def test_search_without_an_embedder_is_lexical(store):
    hits = search.statements(store, "soldiers", limit=20, registry=Registry([])).hits
    assert [h.statement.id for h in hits] == ["s-en-1"] and hits[0].how == "words"


def test_search_e5_finds_a_translation(tmp_path):
    """The real multilingual model: an English remark finds its Russian and Ukrainian reports."""
    from parallax.align import vectors_for
    from parallax.align.embed import E5Embedder
    from parallax.errors import ModelUnavailable

    try:
        emb = E5Embedder()
    except ModelUnavailable as e:
        pytest.skip(str(e))
    store = _store(tmp_path / "search.db")
    vectors_for(store, store.statements(), emb)
    ids = [sid for sid, _ in search.neighbours(store, "Belarusian troops will not take part in the war",
                                               embedder=emb)]
    assert {"s-ru-1", "s-uk-1"} <= set(ids[:5]), ids


# ------------------------------------------------------------------ names on the demo store
def _inflections(word: str) -> set[str]:
    """Case forms of a name word, made from the case endings the registry's names module knows."""
    from parallax.resolve import names as N

    vowels = set("aeiouyáéíóúýěąęоаеиуыэюяіїєё")
    cyr = bool(re.search("[а-яёіїєўґ]", word, re.I))
    codes = (N.cyrillic_lang(word),) if cyr else ("pl", "cs")
    out = set()
    for code in codes:
        for ending, noms, cond in N.name_cases(code):
            if cond is not None:
                continue
            for nom in noms:
                if nom == "" and word[-1].lower() not in vowels:
                    out.add(word + ending)
                elif nom and word.lower().endswith(nom) and len(word) - len(nom) >= 3:
                    out.add(word[: len(word) - len(nom)] + ending)
    return out - {word}


def _variants(registry, pid: str) -> set[str]:
    """The id, the name, every alias the registry knows, and case forms of the words that name the
    person alone."""
    p = registry.get(pid)
    out = {pid, p.name, *p.aliases}
    for name in (p.name, *p.aliases):
        for w in name.split():
            if search.person_ids(registry, w) == (pid,):
                out |= _inflections(w)
    return out


@pytest.fixture(scope="module")
def demo(demo_store):
    from parallax.pipeline import registry_for

    store = open_store(demo_store[0])
    registry = registry_for(store)
    people = {pid: n for pid, n in store.person_counts().items() if registry.get(pid) is not None}
    assert people
    yield store, registry, people
    store.close()


def test_search_names_demo_every_variant_finds_all_statements(demo):
    store, registry, people = demo
    checked = 0
    for pid, n in people.items():
        for v in sorted(_variants(registry, pid)):
            for field in ("person", "speaker"):
                got = search.statements(store, None, limit=1, **{field: v}).total
                assert got == n, (pid, field, v, got, n)
            hits = search.statements(store, v, limit=n + 50, semantic=False)
            assert {h.statement.id for h in hits.hits if h.how == "person"} == \
                {s.id for s in store.statements(person_id=pid)}, (pid, "q", v)
            checked += 1
    assert checked >= 30


@pytest.mark.parametrize("spelling", ["Лукашенко", "Лукашенка", "Лукашенком", "Лукашэнка", "Lukashenko",
                                      "Łukaszenka", "Lukaschenko", "Alexander Lukashenko", "alexander-lukashenko"])
def test_search_names_issue_spellings(demo, spelling):
    store, _, people = demo
    assert search.statements(store, None, person=spelling).total == people["alexander-lukashenko"]


# ------------------------------------------------------------------ bounded at scale
def test_search_ranks_the_newest_candidates_and_says_there_are_more(store, monkeypatch):
    """A common word in a huge store: only the ``MAX_CANDIDATES`` newest matches are checked and
    ranked (``more``); a listing without words stops counting at ``COUNT_CAP`` (``more``)."""
    everything = search.statements(store, "войска", limit=100, registry=Registry([]), semantic=False)
    assert not everything.more and {h.statement.article_id for h in everything.hits} == {"ru-1", "ru-2", "be-1"}
    monkeypatch.setattr(search, "MAX_CANDIDATES", 2)
    newest = search.statements(store, "войска", limit=100, registry=Registry([]), semantic=False)
    # ru-1, ru-2 and be-1 match; be-1 and ru-2 were stored last
    assert newest.more and {h.statement.article_id for h in newest.hits} == {"ru-2", "be-1"}
    assert not search.statements(store, "Truppe", limit=100, registry=Registry([]), semantic=False).more
    listing = search.statements(store, None, limit=3)
    assert (listing.total, listing.more, len(listing.hits)) == (len(SENTENCES), False, 3)
    monkeypatch.setattr(search, "COUNT_CAP", 4)
    capped = search.statements(store, None, limit=3)
    assert (capped.total, capped.more, len(capped.hits)) == (4, True, 3)
    assert search.statements(store, None, limit=3, offset=6).total == 9  # the page asked for is counted
