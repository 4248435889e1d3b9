"""Stage 6: the coverage matrix of every occasion that needs one.

Reads: occasions without cells (new or regrouped by ``align.run``), their claims and statements,
the articles with their near-duplicate links (``families``: copies of one text are one voice), the
cached vectors (``align.vectors_for``), the other statements of the same articles (words given to
another speaker, or the speaker's reports grouped in another occasion), and the texts of their copies
that have no report in the occasion. Writes: coverage cells, one occasion per transaction.
Depends on: ``align`` (vectors), ``compare.matrix``, ``compare.alterations``.

Resumable by construction: ``align.run`` clears the cells of every occasion it regroups in the
same transaction as the grouping, and ``run`` fills every occasion that has claims but no cells,
so a run killed between the two stages is finished by the next ``parallax run``.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import numpy as np

from ..model import Article, Claim, Statement
from .alterations import Version
from .matrix import matrix


def versions_of(claims: Sequence[Claim], statements: Mapping[str, Statement], articles: Mapping[str, Article],
                vectors: Mapping[str, np.ndarray], family: Mapping[str, str] | None = None,
                copies: Mapping[str, str] | None = None) -> dict[str, list[Version]]:
    """claim id → its ``Version`` objects (one per statement).

    A weakly attributed statement (``align.claims.weak_attribution``) carries no speaker key: its
    article names no other person, so it is no evidence of a changed speaker. ``family`` (article
    id → its voice: copies, translations and rewrites of one text, ``families``) gives each
    version its ``family``, and ``copies`` (word-for-word copies only) its ``copies``.
    """
    family, copies = family or {}, copies or {}
    from ..align.claims import speaker_key, weak_attribution

    out = {}
    for c in claims:
        out[c.id] = [
            Version(statements[sid], articles[statements[sid].article_id],
                    articles[statements[sid].article_id].outlet or articles[statements[sid].article_id].id,
                    vectors.get(sid), None if weak_attribution(statements[sid]) else speaker_key(statements[sid]),
                    family=family.get(statements[sid].article_id), copies=copies.get(statements[sid].article_id))
            for sid in c.statement_ids if sid in statements and statements[sid].article_id in articles
        ]
    return out


def cells_for(store, occasion_id: str, embedder) -> list:
    """The cells of one occasion, from what the store holds."""
    from ..align import vectors_for
    from ..align.claims import speaker_key

    claims = store.claims(occasion_id=occasion_id)
    stmts = {s.id: s for s in store.statements(occasion_id=occasion_id)}
    aids = sorted({s.article_id for s in stmts.values()})
    articles, outside_copies, copies, near_duplicates = _occasion_articles(store, aids)
    family = families(articles.values(), near_duplicates.get)
    copy_texts = {a: x.text for a, x in outside_copies.items()}
    others = [s for i in range(0, len(aids), 500) for s in store.statements(article_ids=aids[i:i + 500])
              if s.id not in stmts and s.person_id]
    vectors = vectors_for(store, [*stmts.values(), *others], embedder, articles)

    elsewhere: dict[str, list[Version]] = {}
    for s in others:
        a = articles[s.article_id]
        elsewhere.setdefault(a.outlet or a.id, []).append(Version(s, a, a.outlet or a.id, vectors.get(s.id),
                                                                  speaker_key(s), family=family.get(a.id),
                                                                  copies=copies.get(a.id)))
    return matrix(occasion_id, claims, versions_of(claims, stmts, articles, vectors, family, copies), elsewhere=elsewhere,
                  family=family, copies=copies, copy_texts=copy_texts, outside_copies=outside_copies,
                  cut_vectors=cut_vectors(store, cut_texts({**articles, **outside_copies}, copies), embedder.name))


#: the fewest content words (``matrix._stems``) of a sentence that a copy may be charged with cutting
CUT_SENTENCE_WORDS = 4


def cut_texts(articles: Mapping[str, Article], copies: Mapping[str, str]) -> list[tuple[str, str]]:
    """``(outlet, sentence)`` for each sentence that most other outlets' copies of the outlet's text
    (``copies``, same language) carry and no passage of its own article holds (``matrix.passages``):
    what it cut from the text it copied, whether or not extraction took a statement from it."""
    from .. import lang
    from .matrix import CARRIED_WORDS, _stems, passages

    groups: dict[tuple[str, str], list[Article]] = {}
    for a in sorted(articles.values(), key=lambda a: a.id):
        groups.setdefault((copies.get(a.id, a.id), a.language or ""), []).append(a)
    out: list[tuple[str, str]] = []
    for group in groups.values():
        if len({a.outlet or a.id for a in group}) < 2:
            continue
        sentences = {b.id: [(x.text, ws) for x in lang.get(b.language or "xx").sentences(b.text)
                            if len(ws := _stems(x.text)) >= CUT_SENTENCE_WORDS] for b in group}
        texts = {b.id: {t for t, _ in sentences[b.id]} for b in group}
        for a in group:
            mine, seen = passages(a.text), set()
            others = [b for b in group if (b.outlet or b.id) != (a.outlet or a.id)]
            for b in others:
                for text, ws in sentences[b.id]:
                    if text in seen or any(len(ws & q) / len(ws) >= CARRIED_WORDS for q in mine):
                        continue
                    seen.add(text)
                    # most of the other copies carry it: one copy against the others cannot tell whether
                    # this one cut the sentence or that one put it in (a longer version of the story)
                    if sum(text in texts[b2.id] for b2 in others) * 2 > len(others):
                        out.append((a.outlet or a.id, text[:1000]))
    return out


CUT_PREFIX = "cut-"


def cut_id(text: str) -> str:
    """The key a cut sentence's vector is cached under (beside the statements' vectors)."""
    import hashlib

    return CUT_PREFIX + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def cut_vectors(store, cut: Sequence[tuple[str, str]], model: str) -> dict[str, np.ndarray]:
    """Outlet → the cached vectors of the sentences it cut (``cache_cuts`` embeds them in ``run``; a
    sentence with none cached is left out: coverage embeds nothing of its own)."""
    from ..align.embed import from_bytes

    cached = store.embeddings(sorted({cut_id(t) for _, t in cut}), model) if cut else {}
    out: dict[str, list[np.ndarray]] = {}
    for outlet, text in cut:
        if cut_id(text) in cached:
            out.setdefault(outlet, []).append(from_bytes(cached[cut_id(text)]))
    return {o: np.asarray(vs, dtype=np.float32) for o, vs in out.items()}


def _occasion_articles(store, aids: Sequence[str]):
    """The articles, their copies outside them, the word-for-word families (``copies``) and each article's
    near duplicates: what ``cells_for`` and ``cache_cuts`` read of an occasion's articles."""
    articles = {a.id: a for a in store.articles(ids=list(aids))}
    near_duplicates = {a: store.near_duplicates(a) for a in aids}
    copies = families(articles.values(), near_duplicates.get, derived=False)
    outside = sorted({o for a in aids for o, _ in near_duplicates[a]} - articles.keys())
    return (articles, ({a.id: a for a in store.articles(ids=outside)} if outside else {}), copies,
            near_duplicates)


def cache_cuts(store, aids: Sequence[str], embedder) -> int:
    """Embed and cache the sentences the copies among ``aids`` cut (``cut_texts``) that have no vector."""
    from ..align.embed import to_bytes

    articles, outside, copies, _ = _occasion_articles(store, aids)
    texts = sorted({t for _, t in cut_texts({**articles, **outside}, copies)})
    have = store.embeddings([cut_id(t) for t in texts], embedder.name) if texts else {}
    missing = [t for t in texts if cut_id(t) not in have]
    if missing:
        store.put_embeddings([(cut_id(t), embedder.name, to_bytes(v)) for t, v in zip(missing, embedder.embed(missing))])
    return len(missing)


def families(articles: Iterable[Article], near_duplicates, *, derived: bool = True) -> dict[str, str]:
    """Article id → the id of its family: the articles linked as copies of one text (the ingest
    stage's near-duplicate links, ``near_duplicates(article_id)`` → ``[(other_id, score)]``,
    ``duplicate_of`` and ``copy_of``) and, with ``derived``, its translations and rewrites
    (``translation_of`` / ``derived_from``). A family is one voice; a family of copies shares
    one text, which is the closest version of a remark for each of its members. The family id
    is the smallest member id, so it does not depend on the order of arrival.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for a in articles:
        find(a.id)
        meta = a.meta or {}
        links = [a.duplicate_of, meta.get("copy_of")]
        if derived:
            links += [meta.get("translation_of"), meta.get("derived_from")]
        for other in links:
            if isinstance(other, str) and other:
                union(a.id, other)
        for other, _ in near_duplicates(a.id) or ():
            union(a.id, other)
    return {x: find(x) for x in parent}


#: occasions read together (``Prefetched``), and at most this many of their articles
BATCH_OCCASIONS = 200
BATCH_ARTICLES = 2000


class Prefetched:
    """The store as ``cells_for`` reads it, for a batch of occasions: each read (claims, the
    occasions' articles and all their statements, near-duplicate links, vectors) done once for the
    batch rather than once or twice per occasion, and answered with exactly what the store would
    return (same rows, same order). Any other call, or a call outside the batch, goes to the store.
    """

    def __init__(self, store, occasion_ids: Sequence[str], article_ids: Mapping[str, Sequence[str]], model: str):
        self._store, self._model = store, model
        self._aids = dict(article_ids)  # occasion → its articles, sorted
        every = sorted({a for aids in self._aids.values() for a in aids})
        self._claims: dict[str, list[Claim]] = {o: [] for o in occasion_ids}
        for c in store.claims(occasion_ids=list(occasion_ids)):
            self._claims[c.occasion_id].append(c)
        self._articles = {a.id: a for a in store.articles(ids=every)}  # in rowid order
        self._article_at = {aid: k for k, aid in enumerate(self._articles)}
        self._article_list = list(self._articles.values())
        published = {a.id: a.published for a in self._articles.values()}
        # in the store's article order (published, NULL first; article; offset; id), as each read gives it
        self._statements = sorted((s for i in range(0, len(every), 500)
                                   for s in store.statements(article_ids=every[i:i + 500])),
                                  key=lambda s: (published[s.article_id] is not None, published[s.article_id] or "",
                                                 s.article_id, s.start, s.id))
        self._near = store.near_duplicates_of(every)
        self._vectors = store.embeddings([s.id for s in self._statements], model)
        # positions in that order, per occasion and per article: a read takes its rows, not a scan
        self._by_occasion: dict[str | None, list[Statement]] = {}
        self._at_article: dict[str, list[int]] = {}
        for i, s in enumerate(self._statements):
            self._by_occasion.setdefault(s.occasion_id, []).append(s)
            self._at_article.setdefault(s.article_id, []).append(i)

    def __getattr__(self, name):
        return getattr(self._store, name)

    def claims(self, occasion_id=None, person_id=None, **kw):
        if occasion_id in self._claims and person_id is None and not kw:
            return list(self._claims[occasion_id])
        return self._store.claims(occasion_id, person_id, **kw)

    def statements(self, **filters):
        if set(filters) == {"occasion_id"} and filters["occasion_id"] in self._aids:
            return list(self._by_occasion.get(filters["occasion_id"], ()))
        if set(filters) == {"article_ids"} and set(filters["article_ids"]) <= self._articles.keys():
            at = sorted(i for a in set(filters["article_ids"]) for i in self._at_article.get(a, ()))
            return [self._statements[i] for i in at]
        return self._store.statements(**filters)

    def articles(self, *, ids=None, **kw):
        if ids is not None and not kw and set(ids) <= self._articles.keys():
            return iter([self._article_list[k] for k in sorted({self._article_at[i] for i in ids})])
        return self._store.articles(ids=ids, **kw)

    def near_duplicates(self, article_id: str):
        if article_id in self._near:
            return list(self._near[article_id])
        return self._store.near_duplicates(article_id)

    def embeddings(self, statement_ids, model, **kw):
        if model == self._model and statement_ids is not None and not kw:
            ids = list(statement_ids)
            out = {i: self._vectors[i] for i in ids if i in self._vectors}
            cuts = [i for i in ids if i not in out and i.startswith(CUT_PREFIX)]  # not the batch's statements
            return {**out, **self._store.embeddings(cuts, model)} if cuts else out
        return self._store.embeddings(statement_ids, model, **kw)

    def put_embeddings(self, rows):
        rows = list(rows)
        self._vectors.update((sid, vec) for sid, model, vec in rows if model == self._model)
        return self._store.put_embeddings(rows)


def batches(store, pending: Sequence[str]) -> list[tuple[list[str], dict[str, list[str]]]]:
    """The pending occasions in batches of ``BATCH_OCCASIONS``, holding at most ``BATCH_ARTICLES``
    articles unless one occasion alone has more: (occasion ids, occasion → its article ids)."""
    out: list[tuple[list[str], dict[str, list[str]]]] = []
    for i in range(0, len(pending), BATCH_OCCASIONS):
        part = list(pending[i:i + BATCH_OCCASIONS])
        aids = store.article_ids_of_occasions(part)
        cur: list[str] = []
        seen: set[str] = set()
        for oid in part:
            if cur and len(seen | set(aids[oid])) > BATCH_ARTICLES:
                out.append((cur, {o: aids[o] for o in cur}))
                cur, seen = [], set()
            cur.append(oid)
            seen |= set(aids[oid])
        if cur:
            out.append((cur, {o: aids[o] for o in cur}))
    return out


def embed_cuts(store, embedder) -> int:
    """Before ``run``, where alignment embeds: the sentences that copies among the articles of the
    occasions with no cells cut from the texts they copied (``cache_cuts``), so that ``run`` finds
    every vector it reads cached. Returns how many were embedded."""
    pending = store.occasions_without_coverage()
    return sum(cache_cuts(store, sorted({a for ids in aids.values() for a in ids}), embedder)
               for _, aids in batches(store, pending)) if pending else 0


def run(store, *, embedder=None, progress=None) -> int:
    """Compute and store the matrix of every occasion that has claims but no cells; return the cells.

    The occasions are read in batches (``Prefetched``) and written one per transaction.
    ``progress(done, total)`` is called with the occasions done after each one.
    """
    from ..align import get_embedder

    pending = store.occasions_without_coverage()
    if not pending:
        return 0
    embedder = embedder or get_embedder("auto")
    n = done = 0
    for oids, aids in batches(store, pending):
        view = Prefetched(store, oids, aids, embedder.name)
        for oid in oids:
            cells = cells_for(view, oid, embedder)
            with store.transaction():
                store.replace_coverage(oid, cells)
            n += len(cells)
            done += 1
            if progress is not None:
                progress(done, len(pending))
    return n


__all__ = ["cells_for", "cut_texts", "embed_cuts", "families", "run", "versions_of"]
