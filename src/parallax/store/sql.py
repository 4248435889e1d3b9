"""The SQL both backends share: row <-> dataclass mapping and every domain method, written once.

``SQLStore`` implements the ``Store`` protocol on four primitives a backend supplies:
``_exec(sql, params)`` (a DB-API cursor), ``_execmany``, ``_rows`` and ``_atomic()`` (one
transaction; nested: a savepoint), plus a few dialect hooks (``NOW``, ``PUBLISHED_INSTANT``,
``_ids_concat``, the full-text hooks ``_statement_match`` / ``_terms_match`` /
``search_articles`` and the extra
columns a backend keeps per row, ``_article_extra`` / ``_statement_extra``). SQL here is the common subset of
SQLite and PostgreSQL, with ``?`` placeholders (see the package docstring for the rules).
"""

from __future__ import annotations

import dataclasses
import json
import re
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Iterable, Iterator, Sequence

from ..errors import NotFound
from ..model import (
    AddResult, Alert, Alteration, Article, Cell, Claim, Contradiction, Correction, Fact, Kind, Occasion, Outlet,
    Person, Role, Span, Statement, Status, Watch,
)
from .read import WebReads

_ARTICLE_COLS = (
    "id, text, content_hash, url, canonical_url, title, outlet, language, published, source, "
    "format, synthetic, is_primary, duplicate_of, fingerprint, meta"
)
_STATEMENT_COLS = (
    'id, article_id, type, start, "end", content, fragments, speaker, speaker_start, speaker_end, '
    "speaker_name, cue, cue_spans, venue, venue_start, venue_end, venue_name, person_id, "
    "person_name, person_rule, person_score, language, confidence, claim_id, occasion_id"
)


def _article(row: tuple) -> Article:
    (id_, text, chash, url, curl, title, outlet, lang, pub, source, fmt, synth, prim, dup, fp, meta) = row
    return Article(
        id=id_, text=text, content_hash=chash, url=url, canonical_url=curl, title=title,
        outlet=outlet, language=lang, published=pub, source=source, format=fmt,
        synthetic=bool(synth), primary=bool(prim), duplicate_of=dup, fingerprint=fp,
        meta=json.loads(meta or "{}"),
    )


def _article_row(a: Article) -> tuple:
    return (a.id, a.text, a.content_hash, a.url, a.canonical_url, a.title, a.outlet,
            a.language, a.published, a.source, a.format, int(a.synthetic), int(a.primary),
            a.duplicate_of, a.fingerprint, json.dumps(dict(a.meta), ensure_ascii=False))


def upsert_sql(table: str, cols: Sequence[str], key: Sequence[str], *, touch: str | None = None,
               now: str | None = None) -> str:
    """``INSERT … ON CONFLICT (key) DO UPDATE`` of every other column (SQLite and PostgreSQL alike);
    ``touch`` names a column set to ``now`` on update (a row replaced is new)."""
    sets = [f"{c} = excluded.{c}" for c in cols if c not in key]
    if touch:
        sets.append(f"{touch} = {now}")
    return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT ({', '.join(key)}) DO " + (f"UPDATE SET {', '.join(sets)}" if sets else "NOTHING"))


def _spans(fragments: list[list], text_of: str, base: int) -> tuple[Span, ...]:
    return tuple(Span(s, e, text_of[s - base:e - base]) for s, e in fragments)


def _statement(row: tuple) -> Statement:
    (id_, aid, typ, start, end, content, fragments, spk, spk_s, spk_e, spk_name, cue, cue_spans,
     venue, v_s, v_e, v_name, pid, pname, prule, pscore, lang, conf, claim, occ) = row
    frags = json.loads(fragments)
    parts = content.split("\x1f") if "\x1f" in content else [content]
    if len(parts) != len(frags):
        parts = [content] if len(frags) == 1 else [""] * len(frags)
    content_spans = tuple(
        Span(s, e, p if len(p) == e - s else " " * (e - s)) for (s, e), p in zip(frags, parts)
    )
    cues = json.loads(cue_spans or "[]")
    cue_parts = (cue or "").split("\x1f")
    cue_t = tuple(
        Span(s, e, cue_parts[i] if i < len(cue_parts) and len(cue_parts[i]) == e - s else " " * (e - s))
        for i, (s, e) in enumerate(cues)
    )
    return Statement(
        id=id_, article_id=aid, type=Kind(typ), content=content_spans,
        speaker=Span(spk_s, spk_e, spk) if spk is not None and spk_s is not None else None,
        cue=cue_t,
        venue=Span(v_s, v_e, venue) if venue is not None and v_s is not None else None,
        venue_name=v_name, speaker_name=spk_name, person_id=pid, person_name=pname,
        person_rule=prule, person_score=pscore, language=lang, confidence=conf,
        claim_id=claim, occasion_id=occ,
    )


def _statement_row(s: Statement) -> tuple:
    return (
        s.id, s.article_id, s.type.value, s.start, s.end,
        "\x1f".join(f.text for f in s.content), json.dumps([f.as_list() for f in s.content]),
        s.speaker.text if s.speaker else None, s.speaker.start if s.speaker else None,
        s.speaker.end if s.speaker else None, s.speaker_name,
        "\x1f".join(c.text for c in s.cue) if s.cue else None, json.dumps([c.as_list() for c in s.cue]),
        s.venue.text if s.venue else None, s.venue.start if s.venue else None,
        s.venue.end if s.venue else None, s.venue_name, s.person_id, s.person_name, s.person_rule,
        s.person_score, s.language, s.confidence, s.claim_id, s.occasion_id,
    )


def _person(row: tuple) -> Person:
    id_, name, qid, gender, aliases, roles, source = row
    return Person(
        id=id_, name=name, qid=qid, gender=gender, aliases=tuple(json.loads(aliases)),
        roles=tuple(
            Role(r["title"], r.get("start"), r.get("end"),
                 {k: tuple(v) for k, v in (r.get("descriptions") or {}).items()})
            for r in json.loads(roles)
        ),
        source=source,
    )


def _equals(pairs: Iterable[tuple[str, Any]]) -> tuple[list[str], list[Any]]:
    """``col = ?`` clauses and their parameters for the filters that are set."""
    clauses, params = [], []
    for col, val in pairs:
        if val:
            clauses.append(f"{col} = ?")
            params.append(val)
    return clauses, params


#: Sort keys of ``statements(sort=...)`` → SQL expression (``{published}``: the backend's
#: ``PUBLISHED_INSTANT``, so that times in different zones sort by the instant).
STATEMENT_SORTS = {"published": "coalesce({published}, 0)", "outlet": "a.outlet", "language": "s.language",
                   "type": "s.type", "person": "coalesce(s.person_name, s.speaker_name, s.speaker)",
                   "content": "s.content", "article": "a.title"}
#: Facet names of ``statement_facets`` → SQL expression.
STATEMENT_FACETS = {"outlet": "a.outlet", "language": "s.language", "type": "s.type", "person": "s.person_id",
                    "synthetic": "a.synthetic"}
#: Article fields the article list shows (no text).
ARTICLE_ROW = ("id", "title", "url", "outlet", "language", "published", "synthetic", "is_primary", "duplicate_of")
#: Sort keys of ``article_rows`` → SQL expression.
ARTICLE_SORTS = {"published": "coalesce({published}, 0)", "title": "a.title", "outlet": "a.outlet",
                 "language": "a.language", "synthetic": "a.synthetic", "statements": "statements"}
#: Columns ``article_facets`` counts by.
ARTICLE_FACETS = frozenset({"outlet", "language", "synthetic"})


#: The join of a statement to its article (``a``), which statement filters on article columns use.
_ARTICLE_JOIN = " JOIN articles a ON a.id = s.article_id"


def _in(col: str, values: Sequence[Any], clauses: list[str], params: list[Any]) -> None:
    """``col IN (?, …)`` (false for no values)."""
    clauses.append(f"{col} IN ({', '.join('?' * len(values))})" if values else "1 = 0")
    params.extend(values)


def _published_between(since: str | None, until: str | None, clauses: list[str], params: list[Any]) -> None:
    """The article's date from ``since`` to ``until`` (a whole day: a date-time on it is inside)."""
    if since:
        clauses.append("a.published >= ?")
        params.append(since)
    if until:
        clauses.append("substr(a.published, 1, 10) <= ?")
        params.append(until)


class SQLStore(WebReads):
    """Every domain method of the ``Store`` protocol (and the web's ``read.ReadModel``), on the
    primitives a backend supplies."""

    path: str
    #: SQL for "now" as an ISO-8601 UTC timestamp (the columns' default format).
    NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
    #: SQL for ``a.published`` as a Julian day number of its UTC instant (NULL when it is not a
    #: date), so that "10:00+03:00" sorts before "08:00Z" of the same day; each backend sets it.
    PUBLISHED_INSTANT: str

    # ------------------------------------------------- what a backend supplies
    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement (``?`` placeholders); a DB-API cursor (fetchone/fetchall/fetchmany/rowcount)."""
        raise NotImplementedError

    def _execmany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _atomic(self) -> AbstractContextManager:
        """One write transaction (nested: a savepoint): all of the block or none of it."""
        raise NotImplementedError

    def _ids_concat(self, col: str) -> str:
        """SQL aggregate joining ``col`` with spaces."""
        return f"group_concat({col}, ' ')"

    def _statement_match(self, query: str) -> tuple[str, str, list] | None:
        """Full-text filter of statements: (join, where clause, params), or None when ``query`` has no words."""
        raise NotImplementedError

    def _terms_match(self, groups: Sequence[Sequence[str]], window: int | None = None) -> tuple[str, list] | None:
        """Statements holding, for every group of prefixes, a word that starts with one of them:
        (where clause on ``s``, params), or None when a group has no word. ``window``: only the
        ``window`` most recently stored of them (insertion order), however many match."""
        raise NotImplementedError

    def search_articles(self, query: str, limit: int = 50) -> list[Article]:
        raise NotImplementedError

    def _article_extra(self, a: Article) -> dict[str, Any]:
        """Backend-only columns stored with an article (PostgreSQL: its search terms)."""
        return {}

    def _statement_extra(self, s: Statement) -> dict[str, Any]:
        """Backend-only columns stored with a statement, rewritten whenever its links are."""
        return {}

    def _before_copy(self, tables: Sequence[str]) -> None:
        """Prepare ``tables`` for a bulk copy (``copy.copy_store``), inside its transaction."""

    def _copy_rows(self, table: str, cols: Sequence[str], batches: Iterable[Sequence[tuple]]) -> int:
        """Insert a bulk copy's rows (``batches`` of tuples in ``cols`` order); return how many."""
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        n = 0
        for rows in batches:
            self._execmany(sql, rows)
            n += len(rows)
        return n

    def _after_copy(self) -> None:
        """Rebuild what a bulk copy (``copy.copy_store``) wrote around: search terms, sequences."""

    # ------------------------------------------------------------- shared
    #: statement id → (its row, the ``Statement`` parsed from it), inside ``parsing_once``
    _parsed: dict[str, tuple[tuple, Statement]] | None = None

    @contextmanager
    def parsing_once(self) -> Iterator["SQLStore"]:
        """Within the block, a statement row read again is not parsed again: the corpus stages read
        every statement four times (split, align, coverage, contradictions). An unchanged row gives
        the ``Statement`` parsed before; a row whose only change is its claim and occasion (what
        ``align`` writes) gives that ``Statement`` with the new links; any other change is parsed
        anew. One entry per statement read, dropped at the end of the block."""
        if self._parsed is not None:
            yield self
            return
        self._parsed = {}
        try:
            yield self
        finally:
            self._parsed = None

    def _statements_of(self, rows: Iterable[tuple]) -> list[Statement]:
        """``_statement`` of each row, each row parsed once within ``parsing_once``."""
        memo = self._parsed
        if memo is None:
            return [_statement(r) for r in rows]
        out = []
        for r in rows:
            seen = memo.get(r[0])
            if seen is None:
                s = _statement(r)
            elif seen[0] == r:
                out.append(seen[1])
                continue
            elif seen[0][:-2] == r[:-2]:  # the last two columns: claim_id, occasion_id
                s = dataclasses.replace(seen[1], claim_id=r[-2], occasion_id=r[-1])
            else:
                s = _statement(r)
            memo[r[0]] = (r, s)
            out.append(s)
        return out

    def _rows(self, sql: str, params: Sequence[Any] | dict = ()) -> list[tuple]:
        return self._exec(sql, params).fetchall()

    @contextmanager
    def transaction(self) -> Iterator["SQLStore"]:
        with self._atomic():
            yield self

    def _holds_writer(self) -> bool:
        """Whether this process holds the store's writer lock (the backend's ``lock_writes``)."""
        raise NotImplementedError

    @contextmanager
    def writing(self, *, on_wait=None, timeout: float | None = None) -> Iterator["SQLStore"]:
        """``lock_writes`` for the length of a block (released after it, unless held before)."""
        held = self._holds_writer()
        self.lock_writes(on_wait=on_wait, timeout=timeout)
        try:
            yield self
        finally:
            if not held:
                self.unlock_writes()

    def _insert_statement(self, s: Statement, *, replace: bool = False) -> None:
        extra = self._statement_extra(s)
        cols = [c.strip() for c in _STATEMENT_COLS.split(",")] + list(extra)
        if replace:
            sql = upsert_sql("statements", cols, ('id',))
        else:
            sql = f"INSERT INTO statements ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        self._exec(sql, (*_statement_row(s), *extra.values()))

    # ---------------------------------------------------------------- articles
    def add_articles(self, batch: Iterable[Article]) -> AddResult:
        """Insert new articles; an id or content hash already stored is a duplicate, not an error.

        An id is only the same article's within one outlet: a source's own id (``"1"``) that
        another outlet's article already holds is namespaced by the outlet (and kept in
        ``meta["source_id"]``), so two dumps numbered 1-5 are ten articles. ``ids`` lists the
        stored ids in input order.
        """
        added, dups, ids = 0, 0, []
        with self._atomic():
            for a in batch:
                a = self.namespaced(a)
                if self.find_duplicate(a):
                    dups += 1
                    continue
                extra = self._article_extra(a)
                cols = _ARTICLE_COLS + "".join(f", {c}" for c in extra)
                self._exec(
                    f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * (16 + len(extra)))})",
                    (*_article_row(a), *extra.values()),
                )
                added += 1
                ids.append(a.id)
        return AddResult(added=added, duplicates=dups, ids=tuple(ids))

    def namespaced(self, article: Article) -> Article:
        """``article``, or a copy with an id of its own when another outlet's article holds its id."""
        row = self._exec("SELECT outlet, canonical_url, content_hash FROM articles WHERE id = ?",
                              (article.id,)).fetchone()
        if row is None or self._same_source(row, article):
            return article
        from dataclasses import replace
        from ..model import stable_id

        new_id = stable_id("id", article.outlet or article.source, article.id, prefix="a")
        return replace(article, id=new_id, meta={**dict(article.meta), "source_id": article.id})

    @staticmethod
    def _same_source(row: tuple, article: Article) -> bool:
        outlet, canon, chash = row
        if outlet is not None or article.outlet is not None:
            return outlet == article.outlet
        # Neither names an outlet: the same id is the same article only with the same URL or text.
        return (canon is not None and canon == article.canonical_url) or chash == article.content_hash

    def find_duplicate(self, article: Article) -> str | None:
        """The id of the stored article that ``article`` is a re-ingest of, or None.

        The same article is: the same id from the same outlet, the same canonical URL, or the
        same text (content hash) from the same outlet — or with neither URL nor outlet to tell
        the two apart. The same text at another outlet (a syndicated wire copy) is not a
        duplicate: it is stored, and ingest links the copies as near-duplicates.
        """
        article = self.namespaced(article)
        row = self._exec(
            "SELECT id FROM articles WHERE id = ? "
            "OR (? IS NOT NULL AND canonical_url = ?) "
            "OR (content_hash = ? AND (outlet = ? OR (outlet IS NULL AND ? IS NULL) OR (? IS NULL AND ? IS NULL))) "
            "LIMIT 1",
            (article.id, article.canonical_url, article.canonical_url, article.content_hash,
             article.outlet, article.outlet, article.url, article.outlet),
        ).fetchone()
        return row[0] if row else None

    def article(self, article_id: str) -> Article:
        rows = self._rows(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"no article with id {article_id!r}")
        return _article(rows[0])

    def articles(self, *, pending: bool = False, ids: Sequence[str] | None = None,
                 outlet: str | None = None, limit: int | None = None, offset: int = 0,
                 current: str | None = None) -> Iterator[Article]:
        """Articles in ingest order; ``pending``: not extracted yet, or (with ``current``, an
        extractor version "family-N") extracted by another version of that family."""
        where, params = self._article_where(pending, ids, outlet, current)
        sql = f"SELECT {_ARTICLE_COLS} FROM articles{where} ORDER BY rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        for row in self._exec(sql, params).fetchall():
            yield _article(row)

    @staticmethod
    def _article_where(pending: bool, ids: Sequence[str] | None = None, outlet: str | None = None,
                       current: str | None = None):
        clauses, params = [], []
        if pending and current:
            clauses.append("(extracted_at IS NULL OR (extractor_version LIKE ? AND extractor_version <> ?))")
            params.extend((current.rsplit("-", 1)[0] + "-%", current))
        elif pending:
            clauses.append("extracted_at IS NULL")
        if ids is not None:
            clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "1 = 0")
            params.extend(ids)
        if outlet:
            clauses.append("outlet = ?")
            params.append(outlet)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def count_articles(self, *, pending: bool = False, outlet: str | None = None,
                       current: str | None = None) -> int:
        where, params = self._article_where(pending, None, outlet, current)
        return self._exec(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]

    @staticmethod
    def _listing_where(*, outlet=None, outlets=None, language=None, since=None, until=None, synthetic=None,
                       title=None, ids=None) -> tuple[str, list]:
        clauses, params = _equals((("a.outlet", outlet), ("a.language", language)))
        if outlets is not None:
            _in("a.outlet", list(outlets), clauses, params)
        _published_between(since, until, clauses, params)
        if synthetic is not None:
            clauses.append("a.synthetic = ?")
            params.append(int(bool(synthetic)))
        if title:  # a substring; ASCII letters in any case (lower() of both backends' text columns)
            clauses.append("lower(a.title) LIKE ? ESCAPE '!'")
            ascii_lower = "".join(c.lower() if c.isascii() else c for c in title)
            params.append("%" + re.sub(r"([%_!])", r"!\1", ascii_lower) + "%")
        if ids is not None:
            _in("a.id", list(ids), clauses, params)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def article_rows(self, *, sort: str = "published", order: str = "desc", limit: int | None = 50,
                     offset: int = 0, **filters) -> list[dict[str, Any]]:
        """One page of the article list without the texts: ``ARTICLE_ROW`` fields plus ``statements``.

        Filters: outlet, outlets (a list of domains), language, since, until (dates), synthetic, title
        (a substring), ids. ``sort`` is a key of ``ARTICLE_SORTS``; the id breaks ties.
        """
        if sort not in ARTICLE_SORTS:
            raise ValueError(f"cannot sort articles by {sort!r}")
        where, params = self._listing_where(**filters)
        direction = "DESC" if order == "desc" else "ASC"
        cols = ", ".join(f"a.{c}" for c in ARTICLE_ROW)
        key = ARTICLE_SORTS[sort].format(published=self.PUBLISHED_INSTANT)
        sql = (f"SELECT {cols}, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements "
               f"FROM articles a{where} ORDER BY {key} {direction} NULLS {'LAST' if order == 'desc' else 'FIRST'}, "
               f"a.id {direction}")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        out = []
        for row in self._rows(sql, params):
            d = dict(zip((*ARTICLE_ROW, "statements"), row))
            d["synthetic"], d["primary"] = bool(d["synthetic"]), bool(d.pop("is_primary"))
            out.append(d)
        return out

    def count_article_rows(self, **filters) -> int:
        """How many articles ``article_rows`` would list under the same filters, all pages."""
        where, params = self._listing_where(**filters)
        return self._exec(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]

    def article_facets(self, column: str, *, limit: int = 30, **filters) -> list[tuple[Any, int]]:
        """(value, articles) for one column of ``ARTICLE_FACETS`` under the filters, most first."""
        if column not in ARTICLE_FACETS:
            raise ValueError(f"no article facet {column!r}")
        where, params = self._listing_where(**filters)
        return self._facet(f"a.{column}", "articles a", where, params, limit)

    def fingerprints(self) -> Iterator[tuple[str, str]]:
        yield from self._exec(
            "SELECT id, fingerprint FROM articles WHERE fingerprint IS NOT NULL ORDER BY rowid"
        ).fetchall()

    def link_near_duplicates(self, pairs: Iterable[tuple[str, str, float]]) -> int:
        n = 0
        with self._atomic():
            for a, b, score in pairs:
                for x, y in ((a, b), (b, a)):
                    n += self._exec(
                        "INSERT INTO near_duplicates (article_id, other_id, score) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        (x, y, score),
                    ).rowcount
        return n // 2

    def near_duplicates(self, article_id: str) -> list[tuple[str, float]]:
        return [tuple(r) for r in self._rows(
            "SELECT other_id, score FROM near_duplicates WHERE article_id = ? ORDER BY score DESC, other_id",
            (article_id,))]

    def near_duplicates_of(self, article_ids: Sequence[str]) -> dict[str, list[tuple[str, float]]]:
        """``near_duplicates`` of many articles in one read per 500: article id → its links (every id
        given is a key, with ``[]`` when it has none)."""
        out: dict[str, list[tuple[str, float]]] = {a: [] for a in article_ids}
        ids = list(out)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for a, other, score in self._rows(
                    f"SELECT article_id, other_id, score FROM near_duplicates WHERE article_id IN "
                    f"({', '.join('?' * len(chunk))}) ORDER BY article_id, score DESC, other_id", chunk):
                out[a].append((other, score))
        return out

    # ----------------------------------------------------------------- outlets
    def upsert_outlets(self, outlets: Iterable[Outlet]) -> int:
        n = 0
        with self._atomic():
            for o in outlets:
                self._exec(
                    upsert_sql("outlets", ("domain", "name", "country", "language", "kind"), ("domain",)),
                    (o.domain, o.name, o.country, o.language, o.kind.value))
                n += 1
        return n

    def outlets(self) -> list[Outlet]:
        return [Outlet(*r) for r in self._rows(
            "SELECT domain, name, country, language, kind FROM outlets ORDER BY domain")]

    # -------------------------------------------------------------- statements
    def replace_statements(self, article_id: str, statements: Sequence[Statement], version: str) -> int:
        """Replace one article's statements and mark it extracted, in one transaction."""
        with self._atomic():
            self._exec("DELETE FROM statements WHERE article_id = ?", (article_id,))
            for s in statements:
                self._insert_statement(s)
            self._exec(
                f"UPDATE articles SET extracted_at = {self.NOW}, "
                "extractor_version = ? WHERE id = ?", (version, article_id))
        return len(statements)

    def _statement_where(self, *, article_id=None, person_id=None, claim_id=None, occasion_id=None,
                         query=None, outlet=None, outlet_kind=None, language=None, type=None,
                         since=None, until=None, speaker=None, ids=None, article_ids=None, person_ids=None,
                         terms=None, outlets=None, synthetic=None, window=None) -> tuple[str, list]:
        """``terms``: ``(person_ids, prefixes)`` pairs, each met by a statement of one of the people
        or by a full-text match of any prefix (``"войск"`` finds войска, войсками); all must be met.
        ``window``: the full-text matches are read among the index's ``window`` newest only."""
        join = _ARTICLE_JOIN
        clauses, params = _equals((("s.article_id", article_id), ("s.person_id", person_id),
                                   ("s.claim_id", claim_id), ("s.occasion_id", occasion_id),
                                   ("a.outlet", outlet), ("s.language", language), ("s.type", type)))
        if outlet_kind:
            clauses.append("a.outlet IN (SELECT domain FROM outlets WHERE kind = ?)")
            params.append(outlet_kind)
        _published_between(since, until, clauses, params)
        if speaker:
            clauses.append("(s.person_name LIKE ? OR s.speaker_name LIKE ? OR s.speaker LIKE ?)")
            params.extend([f"%{speaker}%"] * 3)
        if ids is not None:
            clauses.append(f"s.id IN ({', '.join('?' * len(ids))})" if ids else "1 = 0")
            params.extend(ids)
        if article_ids is not None:
            clauses.append(f"s.article_id IN ({', '.join('?' * len(article_ids))})" if article_ids else "1 = 0")
            params.extend(article_ids)
        if person_ids is not None:
            clauses.append(f"s.person_id IN ({', '.join('?' * len(person_ids))})" if person_ids else "1 = 0")
            params.extend(person_ids)
        words = [prefixes for people, prefixes in terms or () if not people]
        if words:  # the word terms in one full-text query
            match = self._terms_match(words, window)
            clauses.append(match[0] if match else "1 = 0")
            params.extend(match[1] if match else [])
        for people, prefixes in terms or ():
            if not people:
                continue
            alternatives = [f"s.person_id IN ({', '.join('?' * len(people))})"]
            params.extend(people)
            match = self._terms_match([prefixes], window)
            if match:
                alternatives.append(match[0])
                params.extend(match[1])
            clauses.append("(" + " OR ".join(alternatives) + ")")
        if outlets is not None:  # outlet domains, e.g. every outlet of one kind or country
            _in("a.outlet", list(outlets), clauses, params)
        if synthetic is not None:
            clauses.append("a.synthetic = ?")
            params.append(int(bool(synthetic)))
        if query:
            match = self._statement_match(query)
            if match:
                join += match[0]
                clauses.append(match[1])
                params.extend(match[2])
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return join + where, params

    #: Filters that pick few statements through an index of their own: a listing with none of them
    #: is read in article order (``articles_instant``, ``statements_order``) rather than sorted.
    _SELECTIVE = frozenset({"article_id", "person_id", "claim_id", "occasion_id", "ids", "article_ids",
                            "person_ids", "terms", "query"})

    def _article_order_from(self, where: str) -> str:
        """``FROM`` and ``WHERE`` of a statement listing read article by article in publication order
        (the backend's join hint; SQLite otherwise starts from the statements and sorts them all)."""
        return f" FROM statements s{where}"

    def statements(self, *, limit: int | None = None, offset: int = 0, sort: str | None = None,
                   order: str = "asc", newest: int | None = None, **filters) -> list[Statement]:
        """Statements matching the filters, in article order (published, then offset), or by
        ``sort`` (a key of ``STATEMENT_SORTS``) in ``order`` ("asc"/"desc"), article order breaking ties.

        ``newest``: only the ``newest`` most recently stored matches (and full-text terms read
        among the index's ``4 × newest`` newest matches), in the same order: a bounded candidate
        set for search, whatever the store's size.
        """
        cols = ", ".join(f"s.{c.strip()}" for c in _STATEMENT_COLS.split(","))
        if newest is not None:
            where, params = self._statement_where(window=4 * int(newest), **filters)
            if sort:
                ids = [r[0] for r in self._rows(
                    f"SELECT s.id FROM statements s{where} ORDER BY s.rowid DESC LIMIT {int(newest)}", params)]
                return self.statements(ids=ids, limit=limit, offset=offset, sort=sort, order=order) if ids else []
            rows = self._rows(f"SELECT {cols}, a.published FROM statements s{where} ORDER BY s.rowid DESC "
                              f"LIMIT {int(newest)}", params)
            # article order, as below: published (NULL first, code-point order), article, offset, id
            rows.sort(key=lambda r: (r[-1] is not None, r[-1] or "", r[1], r[3], r[0]))
            found = self._statements_of(r[:-1] for r in rows)
            return found[offset:offset + limit] if limit is not None else found[offset:]
        where, params = self._statement_where(**filters)
        first = ""
        if sort:
            if sort not in STATEMENT_SORTS:
                raise ValueError(f"cannot sort statements by {sort!r}")
            desc = order == "desc"
            first = (f"{STATEMENT_SORTS[sort].format(published=self.PUBLISHED_INSTANT)} "
                     f"{'DESC NULLS LAST' if desc else 'ASC NULLS FIRST'}, ")
        source = f" FROM statements s{where}"
        if sort in (None, "published") and not self._SELECTIVE.intersection(k for k, v in filters.items() if v is not None):
            source = self._article_order_from(where)
        order_by = f" ORDER BY {first}a.published NULLS FIRST, s.article_id, s.start, s.id"
        if limit is None:
            return self._statements_of(self._rows(f"SELECT {cols}{source}{order_by}", params))
        # one page: its ids first (read from indexes), then only those rows, which hold the text
        ids = [r[0] for r in self._rows(f"SELECT s.id{source}{order_by} LIMIT {int(limit)} OFFSET {int(offset)}",
                                        params)]
        rows: dict[str, tuple] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows.update((r[0], r) for r in self._rows(
                f"SELECT {cols} FROM statements s WHERE s.id IN ({', '.join('?' * len(chunk))})", chunk))
        return self._statements_of(rows[i] for i in ids)

    def count_statements(self, *, cap: int | None = None, **filters) -> int:
        """How many statements match the filters; with ``cap``, counting stops past ``cap``
        (``cap + 1`` then means "more than ``cap``"), so that a huge match set costs a bounded read."""
        where, params = self._statement_where(**filters)
        rest = where[len(_ARTICLE_JOIN):]
        if where.startswith(_ARTICLE_JOIN) and not re.search(r"\ba\.", rest):
            where = rest  # no article column filtered: every statement has its article (a foreign key)
        if cap is not None:
            return self._exec(f"SELECT count(*) FROM (SELECT 1 FROM statements s{where} LIMIT {int(cap) + 1}) x",
                              params).fetchone()[0]
        return self._exec(f"SELECT count(*) FROM statements s{where}", params).fetchone()[0]

    def statement_facets(self, column: str, *, limit: int = 30, **filters) -> list[tuple[Any, int]]:
        """(value, statements) for one column of ``STATEMENT_FACETS`` under the filters, most first."""
        if column not in STATEMENT_FACETS:
            raise ValueError(f"no statement facet {column!r}")
        where, params = self._statement_where(**filters)
        return self._facet(STATEMENT_FACETS[column], "statements s", where, params, limit)

    def _facet(self, col: str, table: str, where: str, params, limit: int) -> list[tuple[Any, int]]:
        """(value, rows) of one whitelisted column under a listing's WHERE clause, most first."""
        return [tuple(r) for r in self._rows(
            f"SELECT {col} AS v, count(*) AS n FROM {table}{where} GROUP BY {col} "
            f"ORDER BY n DESC, v NULLS FIRST LIMIT {int(limit)}", params)]

    def statement(self, statement_id: str) -> Statement:
        found = self.statements(ids=[statement_id])
        if not found:
            raise NotFound(f"no statement with id {statement_id!r}")
        return found[0]

    def update_links(self, updates: Iterable[Statement]) -> int:
        """Write back the person link, speaker name and claim/occasion of statements."""
        n = 0
        with self._atomic():
            for s in updates:
                extra = self._statement_extra(s)
                n += self._exec(
                    "UPDATE statements SET person_id = ?, person_name = ?, person_rule = ?, "
                    "person_score = ?, speaker_name = ?, claim_id = ?, occasion_id = ?"
                    + "".join(f", {c} = ?" for c in extra) + " WHERE id = ?",
                    (s.person_id, s.person_name, s.person_rule, s.person_score, s.speaker_name,
                     s.claim_id, s.occasion_id, *extra.values(), s.id)).rowcount
        return n

    # ------------------------------------------------------------------ people
    def upsert_people(self, people: Iterable[Person]) -> int:
        n = 0
        with self._atomic():
            for p in people:
                roles = [{"title": r.title, "start": r.start, "end": r.end,
                          "descriptions": {k: list(v) for k, v in r.descriptions.items()}} for r in p.roles]
                self._exec(
                    upsert_sql("people", ("id", "name", "qid", "gender", "aliases", "roles", "source"), ("id",)),
                    (p.id, p.name, p.qid, p.gender, json.dumps(list(p.aliases), ensure_ascii=False),
                     json.dumps(roles, ensure_ascii=False), p.source))
                n += 1
        return n

    def people(self) -> list[Person]:
        return [_person(r) for r in self._rows(
            "SELECT id, name, qid, gender, aliases, roles, source FROM people ORDER BY name, id")]

    def add_correction(self, op: str, a: str, b: str | None = None, value: str | None = None, *,
                       author: str | None = None, note: str | None = None, created_at: str | None = None) -> int:
        with self._atomic():
            return self._exec(
                "INSERT INTO corrections (op, a, b, value, author, note, created_at) "
                f"VALUES (?, ?, ?, ?, ?, ?, coalesce(?, {self.NOW})) RETURNING id",
                (op, a, b, value, author, note, created_at)).fetchone()[0]

    def corrections(self) -> list[tuple[int, str, str, str | None, str | None]]:
        return [tuple(r) for r in self._rows("SELECT id, op, a, b, value FROM corrections ORDER BY id")]

    # --------------------------------------------------------------- alignment
    def upsert_occasions(self, occasions: Iterable[Occasion]) -> int:
        rows = [(o.id, o.person_id, o.venue, o.date, o.label, o.primary_article_id) for o in occasions]
        with self._atomic():
            if rows:
                self._execmany(upsert_sql("occasions", ("id", "person_id", "venue", "date", "label",
                                                        "primary_article_id"), ("id",)), rows)
        return len(rows)

    def occasions(self, person_id: str | None = None) -> list[Occasion]:
        sql = "SELECT id, person_id, venue, date, label, primary_article_id FROM occasions"
        params: list = []
        if person_id:
            sql += " WHERE person_id = ?"
            params.append(person_id)
        return [Occasion(*r) for r in self._rows(sql + " ORDER BY date NULLS FIRST, label, id", params)]

    def occasion(self, occasion_id: str) -> Occasion:
        rows = self._rows("SELECT id, person_id, venue, date, label, primary_article_id FROM occasions "
                          "WHERE id = ?", (occasion_id,))
        if not rows:
            raise NotFound(f"no occasion with id {occasion_id!r}")
        return Occasion(*rows[0])

    def upsert_claims(self, claims: Iterable[Claim], centroids: dict[str, bytes] | None = None) -> int:
        centroids = centroids or {}
        rows = [(c.id, c.person_id, c.occasion_id, c.label, c.language, centroids.get(c.id)) for c in claims]
        with self._atomic():
            if rows:
                self._execmany(
                    "INSERT INTO claims (id, person_id, occasion_id, label, language, centroid) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id, "
                    "occasion_id = excluded.occasion_id, label = excluded.label, language = excluded.language, "
                    "centroid = coalesce(excluded.centroid, claims.centroid)", rows)
        return len(rows)

    def claims(self, occasion_id: str | None = None, person_id: str | None = None, *,
               occasion_ids: Sequence[str] | None = None) -> list[Claim]:
        """Claims (with their statement ids) in insertion order; ``occasion_ids``: those of any of
        these occasions, in one read."""
        sql = ("SELECT c.id, c.person_id, c.occasion_id, c.label, c.language, "
               f"(SELECT {self._ids_concat('s.id')} FROM statements s WHERE s.claim_id = c.id) FROM claims c")
        clauses, params = _equals((("c.occasion_id", occasion_id), ("c.person_id", person_id)))
        if occasion_ids is not None:
            _in("c.occasion_id", list(occasion_ids), clauses, params)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [Claim(id=r[0], person_id=r[1], occasion_id=r[2], label=r[3], language=r[4],
                      statement_ids=tuple(sorted((r[5] or "").split())))
                for r in self._rows(sql + " ORDER BY c.rowid", params)]

    def claim_centroids(self, person_id: str | None = None) -> dict[str, bytes]:
        sql, params = "SELECT id, centroid FROM claims WHERE centroid IS NOT NULL", []
        if person_id:
            sql += " AND person_id = ?"
            params.append(person_id)
        return dict(self._rows(sql, params))

    def assign_claims(self, rows: Iterable[tuple[str, str, str | None, float, str]]) -> int:
        """rows: (statement_id, claim_id, occasion_id, score, rule) — the grouping and its evidence."""
        rows = list(rows)
        with self._atomic():
            self._execmany("UPDATE statements SET claim_id = NULLIF(?, ''), occasion_id = ? WHERE id = ?",
                                     [(cid, oid, sid) for sid, cid, oid, _score, _rule in rows])
            self._execmany(
                upsert_sql("claim_evidence", ("statement_id", "claim_id", "score", "rule"), ("statement_id",)),
                [(sid, cid, score, rule) for sid, cid, _oid, score, rule in rows])
        return len(rows)

    def claim_evidence(self, statement_id: str) -> tuple[str, float, str] | None:
        row = self._exec("SELECT claim_id, score, rule FROM claim_evidence WHERE statement_id = ?",
                              (statement_id,)).fetchone()
        return tuple(row) if row else None

    def replace_coverage(self, occasion_id: str, cells: Sequence[Cell]) -> int:
        rows = [(c.occasion_id, c.claim_id, c.outlet, c.article_id, c.status.value, c.statement_id,
                 json.dumps([{"kind": a.kind, "this": list(a.this), "other_article_id": a.other_article_id,
                              "other": list(a.other), "note": a.note} for a in c.alterations], ensure_ascii=False))
                for c in cells]
        with self._atomic():
            self._exec("DELETE FROM coverage WHERE occasion_id = ?", (occasion_id,))
            if rows:
                self._execmany(
                    "INSERT INTO coverage (occasion_id, claim_id, outlet, article_id, status, statement_id, "
                    "alterations) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return len(cells)

    def coverage(self, occasion_id: str | None = None, outlet: str | None = None) -> list[Cell]:
        """Matrix cells, of one occasion and/or one outlet when given."""
        clauses, params = _equals((("occasion_id", occasion_id), ("outlet", outlet)))
        sql = ("SELECT occasion_id, claim_id, outlet, article_id, status, statement_id, alterations "
               "FROM coverage" + (" WHERE " + " AND ".join(clauses) if clauses else ""))
        out = []
        for oid, cid, outlet, aid, status, sid, alts in self._rows(sql + " ORDER BY occasion_id, claim_id, outlet", params):
            out.append(Cell(oid, cid, outlet, aid, Status(status), sid, tuple(
                Alteration(a["kind"], tuple(a["this"]), a["other_article_id"], tuple(a["other"]), a.get("note", ""))
                for a in json.loads(alts))))
        return out

    def put_embeddings(self, rows: Iterable[tuple[str, str, bytes]]) -> int:
        rows = [tuple(r) for r in rows]
        with self._atomic():
            if rows:
                self._execmany(upsert_sql("embeddings", ("statement_id", "model", "vector"), ("statement_id",)),
                               rows)
        return len(rows)

    def embeddings(self, statement_ids: Sequence[str] | None, model: str, *,
                   newest: int | None = None) -> dict[str, bytes]:
        """Stored vectors of ``model`` by statement id; ``statement_ids=None``: every one (search),
        or those of the ``newest`` most recently stored statements."""
        if statement_ids is None:
            if newest is not None:
                return dict(self._rows(
                    "SELECT e.statement_id, e.vector FROM statements s JOIN embeddings e ON e.statement_id = s.id "
                    f"WHERE e.model = ? ORDER BY s.rowid DESC LIMIT {int(newest)}", (model,)))
            return dict(self._rows("SELECT statement_id, vector FROM embeddings WHERE model = ? "
                                   "AND statement_id IN (SELECT id FROM statements)", (model,)))
        out: dict[str, bytes] = {}
        ids = list(statement_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update(self._rows(
                f"SELECT statement_id, vector FROM embeddings WHERE model = ? AND statement_id IN "
                f"({', '.join('?' * len(chunk))})", [model, *chunk]))
        return out

    def count_embeddings(self, model: str | None = None) -> int:
        """How many vectors are stored (of ``model``; None: of every model, read from the key's
        index alone, so search can ask cheaply whether its vectors changed)."""
        if model is None:
            return self._exec("SELECT count(*) FROM embeddings").fetchone()[0]
        return self._exec("SELECT count(*) FROM embeddings WHERE model = ?", (model,)).fetchone()[0]

    def clear_alignment(self) -> None:
        with self._atomic():
            for table in ("coverage", "claim_evidence", "claims", "occasions"):
                self._exec(f"DELETE FROM {table}")
            self._exec("UPDATE statements SET claim_id = NULL, occasion_id = NULL")

    # ---- align ----
    def prune_alignment(self) -> int:
        """Delete claims with no statement, occasions with no claim and their coverage; return rows removed."""
        n = 0
        with self._atomic():
            n += self._exec(
                "DELETE FROM claims WHERE id NOT IN (SELECT claim_id FROM statements WHERE claim_id IS NOT NULL)"
            ).rowcount
            n += self._exec(
                "DELETE FROM occasions WHERE id NOT IN (SELECT occasion_id FROM claims WHERE occasion_id IS NOT NULL)"
            ).rowcount
            n += self._exec("DELETE FROM coverage WHERE occasion_id NOT IN (SELECT id FROM occasions)").rowcount
        return n

    def statement_speakers(self) -> Iterator[tuple]:
        """(id, article_id, published, person_id, speaker_name, speaker text, claim_id) of every
        statement, without its content, in article order: what alignment needs to split the
        store into speaker blocks before reading the statements of one block at a time."""
        cur = self._exec(
            "SELECT s.id, s.article_id, a.published, s.person_id, s.speaker_name, s.speaker, s.claim_id "
            "FROM statements s JOIN articles a ON a.id = s.article_id ORDER BY a.published NULLS FIRST, s.article_id, s.start, s.id")
        while rows := cur.fetchmany(2000):
            yield from (tuple(r) for r in rows)

    def alignment_state(self) -> Iterator[tuple]:
        """(id, article_id, person_id, speaker_name, speaker text, claim_id, occasion_id, aligned,
        person_name, primary, type) of every statement, without its content: ``aligned`` is true once
        alignment has looked at it (it has an evidence row, possibly "asserts nothing")."""
        cur = self._exec(
            "SELECT s.id, s.article_id, s.person_id, s.speaker_name, s.speaker, s.claim_id, s.occasion_id, "
            "e.statement_id IS NOT NULL, s.person_name, a.is_primary, s.type FROM statements s "
            "JOIN articles a ON a.id = s.article_id "
            "LEFT JOIN claim_evidence e ON e.statement_id = s.id ORDER BY s.id")
        while rows := cur.fetchmany(2000):
            yield from (tuple(r) for r in rows)

    def split_statements(self, splits: Iterable[tuple[str, Sequence[Statement]]]) -> int:
        """Replace statements by their parts (``align.parts``): the original row goes, the parts come."""
        n = 0
        with self._atomic():
            for old_id, parts in splits:
                self._exec("DELETE FROM claim_evidence WHERE statement_id = ?", (old_id,))
                self._exec("DELETE FROM embeddings WHERE statement_id = ?", (old_id,))
                self._exec("DELETE FROM statements WHERE id = ?", (old_id,))
                for s in parts:
                    self._insert_statement(s, replace=True)
                    n += 1
        return n

    def delete_alignment(self, statement_ids: Sequence[str], claim_ids: Sequence[str],
                         occasion_ids: Sequence[str]) -> None:
        """Forget the grouping of these statements, claims and occasions (and the occasions' cells)."""
        with self._atomic():
            for table, col, ids in (("coverage", "occasion_id", occasion_ids), ("occasions", "id", occasion_ids),
                                    ("claims", "id", claim_ids), ("claim_evidence", "statement_id", statement_ids)):
                ids = list(ids)
                for i in range(0, len(ids), 500):
                    chunk = ids[i:i + 500]
                    self._exec(f"DELETE FROM {table} WHERE {col} IN ({', '.join('?' * len(chunk))})", chunk)
            ids = list(statement_ids)
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self._exec("UPDATE statements SET claim_id = NULL, occasion_id = NULL WHERE id IN "
                                f"({', '.join('?' * len(chunk))})", chunk)

    def clear_coverage(self, occasion_ids: Sequence[str]) -> None:
        """Drop the cells of these occasions (regrouped: ``compare`` recomputes them)."""
        ids = list(occasion_ids)
        with self._atomic():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self._exec(f"DELETE FROM coverage WHERE occasion_id IN ({', '.join('?' * len(chunk))})", chunk)

    def article_ids_of_occasions(self, occasion_ids: Sequence[str]) -> dict[str, list[str]]:
        """Occasion id → the ids of the articles of its statements, sorted (every id given is a key)."""
        out: dict[str, set[str]] = {o: set() for o in occasion_ids}
        ids = list(out)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for oid, aid in self._rows(f"SELECT DISTINCT occasion_id, article_id FROM statements WHERE occasion_id IN "
                                       f"({', '.join('?' * len(chunk))})", chunk):
                out[oid].add(aid)
        return {o: sorted(a) for o, a in out.items()}

    def occasions_without_coverage(self) -> list[str]:
        """Ids of occasions that have claims but no coverage cells, in id order."""
        return [r[0] for r in self._rows(
            "SELECT o.id FROM occasions o WHERE EXISTS (SELECT 1 FROM claims c WHERE c.occasion_id = o.id) "
            "AND NOT EXISTS (SELECT 1 FROM coverage v WHERE v.occasion_id = o.id) ORDER BY o.id")]

    def claim_heads(self, ids: Sequence[str]) -> dict[str, Claim]:
        """Claims by id without their statement ids (cheap; for seeding an incremental run)."""
        out: dict[str, Claim] = {}
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self._rows("SELECT id, person_id, occasion_id, label, language FROM claims WHERE id IN "
                                f"({', '.join('?' * len(chunk))})", chunk):
                out[r[0]] = Claim(id=r[0], person_id=r[1], occasion_id=r[2], label=r[3], language=r[4])
        return out

    # ---- facts (analyst data: versioned, never written by a run) ----
    def put_facts(self, facts: Iterable[Fact]) -> list[tuple[str, int, str]]:
        """Store facts; a known id whose content changed gets a new version, the old one is kept.

        Returns (id, version, "added" | "updated" | "unchanged") per fact.
        """
        out = []
        with self._atomic():
            for f in facts:
                row = self._exec(
                    "SELECT version, text, date, source_url, entities, language, deleted FROM facts "
                    "WHERE id = ? ORDER BY version DESC LIMIT 1", (f.id,)).fetchone()
                ents = json.dumps(list(f.entities), ensure_ascii=False)
                if row and not row[6] and tuple(row[1:6]) == (f.text, f.date, f.source_url, ents, f.language):
                    out.append((f.id, row[0], "unchanged"))
                    continue
                version = (row[0] + 1) if row else 1
                self._exec(
                    "INSERT INTO facts (id, version, text, date, source_url, entities, language, origin) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (f.id, version, f.text, f.date, f.source_url, ents, f.language, f.origin))
                out.append((f.id, version, "updated" if row else "added"))
        return out

    def facts(self, *, history: bool = False, ids: Sequence[str] | None = None) -> list[Fact]:
        """Current facts (latest version of each id), or every version with ``history``."""
        sql = ("SELECT id, version, text, date, source_url, entities, language, origin FROM facts f"
               + ("" if history else " WHERE version = (SELECT max(version) FROM facts g WHERE g.id = f.id)"
                  " AND deleted = 0"))
        params: list = []
        if ids is not None:
            sql += (" AND" if not history else " WHERE") + f" id IN ({', '.join('?' * len(ids))})"
            params.extend(ids)
        return [Fact(id=r[0], version=r[1], text=r[2], date=r[3], source_url=r[4],
                     entities=tuple(json.loads(r[5] or "[]")), language=r[6] or "en", origin=r[7])
                for r in self._rows(sql + " ORDER BY id, version", params)]

    def fact(self, fact_id: str) -> Fact:
        found = self.facts(ids=[fact_id])
        if not found:
            raise NotFound(f"no fact with id {fact_id!r}")
        return found[0]

    # ---- contradictions (derived; a run rewrites them) ----
    def replace_contradictions(self, flags: Iterable[Contradiction], *, statement_ids: Sequence[str] = (),
                               fact_ids: Sequence[str] = ()) -> int:
        """Delete the flags of these statements (as the flagged side) and facts, then insert ``flags``."""
        n = 0
        with self._atomic():
            for i in range(0, len(statement_ids), 500):
                chunk = list(statement_ids[i:i + 500])
                self._exec(f"DELETE FROM contradictions WHERE statement_id IN ({', '.join('?' * len(chunk))})",
                                chunk)
            for fid in fact_ids:
                self._exec("DELETE FROM contradictions WHERE against_kind = 'fact' AND against_id = ?", (fid,))
            for c in flags:
                self._exec(
                    upsert_sql("contradictions", ("statement_id", "against_kind", "against_id", "against_version",
                                                  "rule", "reason", "score"),
                               ("statement_id", "against_kind", "against_id"), touch="created_at", now=self.NOW),
                    (c.statement_id, c.against_kind, c.against_id, c.against_version, c.rule, c.reason, c.score))
                n += 1
            # flags whose statement (either side) or fact is gone
            self._exec("DELETE FROM contradictions WHERE statement_id NOT IN (SELECT id FROM statements)")
            self._exec("DELETE FROM contradictions WHERE against_kind = 'statement' "
                            "AND against_id NOT IN (SELECT id FROM statements)")
        return n

    def contradictions(self, *, person_id: str | None = None, since: str | None = None,
                       statement_id: str | None = None, involving: str | None = None) -> list[Contradiction]:
        """Flags, in the flagged statement's article order; ``involving`` matches either side."""
        sql = ("SELECT c.statement_id, c.against_kind, c.against_id, c.reason, c.score, c.rule, c.against_version "
               "FROM contradictions c JOIN statements s ON s.id = c.statement_id "
               "JOIN articles a ON a.id = s.article_id")
        clauses, params = _equals((("s.person_id", person_id), ("c.statement_id", statement_id)))
        if since:
            clauses.append("substr(a.published, 1, 10) >= ?")
            params.append(since)
        if involving:
            clauses.append("(c.statement_id = ? OR (c.against_kind = 'statement' AND c.against_id = ?))")
            params.extend([involving, involving])
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY a.published NULLS FIRST, s.article_id, s.start, c.statement_id, c.against_kind, c.against_id"
        return [Contradiction(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in self._rows(sql, params)]

    def checked(self) -> set[str]:
        """Subjects already checked for contradictions (``s:<statement>``, ``f:<fact>:<version>``)."""
        return {r[0] for r in self._rows("SELECT subject FROM contradiction_checks")}

    def mark_checked(self, subjects: Iterable[str]) -> int:
        n = 0
        with self._atomic():
            for subject in subjects:
                n += self._exec("INSERT INTO contradiction_checks (subject) VALUES (?) ON CONFLICT DO NOTHING",
                                     (subject,)).rowcount
        return n

    def forget_checks(self) -> None:
        """Make every statement and fact pending again (``run --full``)."""
        with self._atomic():
            self._exec("DELETE FROM contradiction_checks")

    # ---- ingest ----
    def article_ids(self) -> list[str]:
        """Every stored article id, in insertion order (cheap: no text is read)."""
        return [r[0] for r in self._rows("SELECT id FROM articles ORDER BY rowid")]

    # ---- human corrections and watch lists (issue 15) ----
    def correction_log(self, *, ops: Sequence[str] | None = None, target: str | None = None) -> list[Correction]:
        """Corrections with who/when/why and their last re-apply state, oldest first; ``target``
        matches ``a`` or ``b`` (a person, statement or cell key)."""
        sql = ("SELECT c.id, c.op, c.a, c.b, c.value, c.author, c.note, c.created_at, s.state, s.detail "
               "FROM corrections c LEFT JOIN correction_states s ON s.correction_id = c.id")
        clauses, params = [], []
        if ops:
            clauses.append(f"c.op IN ({', '.join('?' * len(ops))})")
            params.extend(ops)
        if target:
            clauses.append("(c.a = ? OR c.b = ?)")
            params.extend([target, target])
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        return [Correction(*r) for r in self._rows(sql + " ORDER BY c.id", params)]

    def set_correction_states(self, states: Iterable[tuple[int, str, str | None]]) -> int:
        """Record (correction id, state, detail) as the outcome of the latest re-apply."""
        n = 0
        with self._atomic():
            for cid, state, detail in states:
                n += self._exec(
                    "INSERT INTO correction_states (correction_id, state, detail) VALUES (?, ?, ?) "
                    "ON CONFLICT (correction_id) DO UPDATE SET state = excluded.state, detail = excluded.detail, "
                    f"checked_at = {self.NOW}", (cid, state, detail)).rowcount
        return n

    def unalign(self, statement_ids: Sequence[str]) -> int:
        """Make statements pending for alignment (their evidence rows go; their claim and occasion
        stay, so the next run regroups their old group together with their new one)."""
        n = 0
        ids = list(statement_ids)
        with self._atomic():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                n += self._exec(f"DELETE FROM claim_evidence WHERE statement_id IN "
                                f"({', '.join('?' * len(chunk))})", chunk).rowcount
        return n

    def set_cell_status(self, occasion_id: str, claim_id: str, outlet: str, status: str) -> str | None:
        """Overwrite one coverage cell's status; return its status before, or None if no such cell."""
        with self._atomic():
            row = self._exec("SELECT status FROM coverage WHERE occasion_id = ? AND claim_id = ? AND outlet = ?",
                             (occasion_id, claim_id, outlet)).fetchone()
            if row is None:
                return None
            self._exec("UPDATE coverage SET status = ? WHERE occasion_id = ? AND claim_id = ? AND outlet = ?",
                       (status, occasion_id, claim_id, outlet))
            return row[0]

    def put_watch_list(self, name: str, webhook: str | None = None, *, keep_webhook: bool = True) -> None:
        """Create a watch list (or set its webhook; ``keep_webhook`` leaves a set one when none is given)."""
        with self._atomic():
            self._exec(
                "INSERT INTO watch_lists (name, webhook) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
                + ("webhook = coalesce(excluded.webhook, watch_lists.webhook)" if keep_webhook
                   else "webhook = excluded.webhook"), (name, webhook))

    def watch_lists(self) -> list[tuple[str, str | None, str]]:
        """(name, webhook, created_at) of every watch list, by name."""
        return [tuple(r) for r in self._rows("SELECT name, webhook, created_at FROM watch_lists ORDER BY name")]

    def add_watches(self, watches: Iterable[Watch]) -> int:
        """Add watched items (creating their lists); returns how many were new."""
        n = 0
        with self._atomic():
            for w in watches:
                self._exec("INSERT INTO watch_lists (name) VALUES (?) ON CONFLICT DO NOTHING", (w.list,))
                n += self._exec("INSERT INTO watches (list, kind, target) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                                (w.list, w.kind, w.target)).rowcount
        return n

    def remove_watches(self, name: str, kind: str | None = None, target: str | None = None) -> int:
        """Remove one watched item, or (no kind) the whole list; its alerts are kept."""
        with self._atomic():
            if kind is None:
                n = self._exec("DELETE FROM watches WHERE list = ?", (name,)).rowcount
                return n + self._exec("DELETE FROM watch_lists WHERE name = ?", (name,)).rowcount
            return self._exec("DELETE FROM watches WHERE list = ? AND kind = ? AND target = ?",
                              (name, kind, target)).rowcount

    def watches(self, name: str | None = None) -> list[Watch]:
        sql, params = "SELECT list, kind, target FROM watches", []
        if name is not None:
            sql += " WHERE list = ?"
            params.append(name)
        return [Watch(*r) for r in self._rows(sql + " ORDER BY list, kind, target", params)]

    def add_alerts(self, alerts: Iterable[Alert]) -> list[Alert]:
        """Record alerts whose (list, key) is new; return those (with ids). A list with a webhook gets a
        delivery queued for each, in the same transaction."""
        out = []
        with self._atomic():
            hooks = dict(self._rows("SELECT name, webhook FROM watch_lists WHERE webhook IS NOT NULL"))
            for a in alerts:
                row = self._exec(
                    "INSERT INTO alerts (list, key, kind, watched_kind, watched, title, detail, link) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list, key) DO NOTHING RETURNING id",
                    (a.list, a.key, a.kind, a.watched_kind, a.watched, a.title,
                     json.dumps(a.detail, ensure_ascii=False), a.link)).fetchone()
                if row is not None:
                    if hooks.get(a.list):
                        self._exec("INSERT INTO deliveries (alert_id, url) VALUES (?, ?)", (row[0], hooks[a.list]))
                    out.append(row[0])
        return self.alerts(ids=out) if out else []

    def alerts(self, *, name: str | None = None, since: str | None = None, ids: Sequence[int] | None = None,
               limit: int | None = None) -> list[Alert]:
        """Alerts, newest first; ``since`` is an ISO date or time (UTC)."""
        sql = "SELECT id, list, key, kind, watched_kind, watched, title, detail, link, created_at FROM alerts"
        clauses, params = _equals((("list", name),))
        if since:
            clauses.append("created_at >= ?")
            params.append(since)
        if ids is not None:
            clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "1 = 0")
            params.extend(ids)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [Alert(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7] or "{}"), r[8], r[9])
                for r in self._rows(sql, params)]

    def due_deliveries(self, now: float, limit: int = 100) -> list[tuple[int, str, int]]:
        """(alert id, url, attempts so far) of pending webhook deliveries due at ``now`` (epoch seconds)."""
        return [tuple(r) for r in self._rows(
            "SELECT alert_id, url, attempts FROM deliveries WHERE status = 'pending' AND next_at <= ? "
            f"ORDER BY alert_id LIMIT {int(limit)}", (float(now),))]

    def record_delivery(self, alert_id: int, *, ok: bool, error: str | None = None,
                        next_at: float | None = None) -> None:
        """One attempt's outcome: delivered; or failed, retried at ``next_at`` (None: given up)."""
        with self._atomic():
            if ok:
                self._exec("UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, "
                           f"last_error = NULL, delivered_at = {self.NOW} WHERE alert_id = ?", (alert_id,))
            elif next_at is not None:
                self._exec("UPDATE deliveries SET status = 'pending', attempts = attempts + 1, last_error = ?, "
                           "next_at = ? WHERE alert_id = ?", (error, float(next_at), alert_id))
            else:
                self._exec("UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ? "
                           "WHERE alert_id = ?", (error, alert_id))

    def deliveries(self, status: str | None = None) -> list[tuple[int, str, str, int, float, str | None, str | None]]:
        """(alert id, url, status, attempts, next_at, last_error, delivered_at) of webhook deliveries."""
        sql, params = "SELECT alert_id, url, status, attempts, next_at, last_error, delivered_at FROM deliveries", []
        if status:
            sql += " WHERE status = ?"
            params.append(status)
        return [tuple(r) for r in self._rows(sql + " ORDER BY alert_id", params)]
