"""The read model: aggregate queries of the web pages, apart from the ``Store``'s domain verbs.

``WebReads`` is written once, like ``sql.py``, and mixed into both backends; its rows are small
frozen dataclasses that also unpack as the tuples they replace (``for outlet, n in …``).
A new page's aggregate goes here (a method, a row class, a line in ``ReadModel``), not in
``base.Store``.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import Any, Iterator, Protocol, Sequence


class _Row:
    """Unpacks like a tuple of its fields."""

    __slots__ = ()

    def __iter__(self) -> Iterator[Any]:
        return iter(astuple(self))


@dataclass(frozen=True, slots=True)
class OutletStatus(_Row):
    outlet: str
    status: str
    cells: int


@dataclass(frozen=True, slots=True)
class OutletStats(_Row):
    outlet: str
    articles: int
    statements: int


@dataclass(frozen=True, slots=True)
class OutletCount(_Row):
    outlet: str
    statements: int


@dataclass(frozen=True, slots=True)
class PersonDay(_Row):
    day: str
    claims: int
    statements: int


@dataclass(frozen=True, slots=True)
class OccasionArticles(_Row):
    articles: int
    synthetic: int


@dataclass(frozen=True, slots=True)
class ArticleSource(_Row):
    outlet: str | None
    synthetic: bool


class ReadModel(Protocol):
    def coverage_summary(self) -> dict[str, dict[str, int]]: ...
    def occasion_articles(self) -> dict[str, OccasionArticles]: ...
    def coverage_by_outlet(self) -> list[OutletStatus]: ...
    def outlet_stats(self) -> list[OutletStats]: ...
    def person_counts(self) -> dict[str, int]: ...
    def person_outlets(self, person_id: str) -> list[OutletCount]: ...
    def person_days(self, person_id: str) -> list[PersonDay]: ...
    def person_summary(self, person_id: str) -> tuple[list[OutletCount], list[PersonDay]]: ...
    def article_outlets(self) -> list[str]: ...
    def article_sources(self, ids: Sequence[str]) -> dict[str, ArticleSource]: ...


class WebReads:
    """``ReadModel`` on a ``SQLStore``'s ``_rows``."""

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:  # pragma: no cover - SQLStore's
        raise NotImplementedError

    def coverage_summary(self) -> dict[str, dict[str, int]]:
        """Cells per status for every occasion: ``{occasion_id: {"omitted": 2, ...}}``."""
        out: dict[str, dict[str, int]] = {}
        for oid, status, n in self._rows(
                "SELECT occasion_id, status, count(*) FROM coverage GROUP BY occasion_id, status "
                "ORDER BY occasion_id, status"):
            out.setdefault(oid, {})[status] = n
        return out

    def occasion_articles(self) -> dict[str, OccasionArticles]:
        """``{occasion_id: (articles, synthetic articles)}`` over the articles of its matrix cells."""
        return {oid: OccasionArticles(n, synth) for oid, n, synth in self._rows(
            "SELECT c.occasion_id, count(DISTINCT a.id), count(DISTINCT CASE WHEN a.synthetic = 1 THEN a.id END) "
            "FROM coverage c JOIN articles a ON a.id = c.article_id GROUP BY c.occasion_id")}

    def coverage_by_outlet(self) -> list[OutletStatus]:
        """Cells per (outlet, status) over every occasion, for the outlets page."""
        return [OutletStatus(*r) for r in self._rows(
            "SELECT outlet, status, count(*) FROM coverage GROUP BY outlet, status ORDER BY outlet, status")]

    def outlet_stats(self) -> list[OutletStats]:
        """Articles and statements of every outlet that has articles."""
        return [OutletStats(*r) for r in self._rows(
            "SELECT a.outlet, count(DISTINCT a.id), count(s.id) FROM articles a "
            "LEFT JOIN statements s ON s.article_id = a.id WHERE a.outlet IS NOT NULL "
            "GROUP BY a.outlet ORDER BY a.outlet")]

    def person_counts(self) -> dict[str, int]:
        """Statements per linked person id."""
        return dict(self._rows(
            "SELECT person_id, count(*) FROM statements WHERE person_id IS NOT NULL GROUP BY person_id "
            "ORDER BY person_id"))

    def person_outlets(self, person_id: str) -> list[OutletCount]:
        """Outlets that quote or report one person, with their statements, most first."""
        return [OutletCount(*r) for r in self._rows(
            "SELECT a.outlet, count(*) AS n FROM statements s JOIN articles a ON a.id = s.article_id "
            "WHERE s.person_id = ? GROUP BY a.outlet ORDER BY n DESC, a.outlet NULLS FIRST", (person_id,))]

    def person_days(self, person_id: str) -> list[PersonDay]:
        """Distinct claims and statements per publication day of one person's statements."""
        return [PersonDay(*r) for r in self._rows(
            "SELECT substr(a.published, 1, 10) AS day, count(DISTINCT s.claim_id), count(*) "
            "FROM statements s JOIN articles a ON a.id = s.article_id "
            "WHERE s.person_id = ? AND a.published IS NOT NULL GROUP BY day ORDER BY day", (person_id,))]

    def person_summary(self, person_id: str) -> tuple[list[OutletCount], list[PersonDay]]:
        """``person_outlets`` and ``person_days`` of one person from one read of their statements."""
        outlets: dict[str | None, int] = {}
        days: dict[str, tuple[set, int]] = {}
        for outlet, day, claim_id, n in self._rows(
                "SELECT a.outlet, substr(a.published, 1, 10), s.claim_id, count(*) FROM statements s "
                "JOIN articles a ON a.id = s.article_id WHERE s.person_id = ? "
                "GROUP BY a.outlet, substr(a.published, 1, 10), s.claim_id", (person_id,)):
            outlets[outlet] = outlets.get(outlet, 0) + n
            if day is not None:
                claims, total = days.get(day, (set(), 0))
                if claim_id is not None:
                    claims.add(claim_id)
                days[day] = (claims, total + n)
        return ([OutletCount(o, n) for o, n in sorted(outlets.items(),
                                                      key=lambda kv: (-kv[1], kv[0] is not None, kv[0] or ""))],
                [PersonDay(d, len(c), n) for d, (c, n) in sorted(days.items())])

    def article_outlets(self) -> list[str]:
        """The outlets the store has articles from, in code-point order: one index probe per outlet
        (a skip scan of ``articles_outlet``), not a count of every article."""
        return [r[0] for r in self._rows(
            "WITH RECURSIVE o(outlet) AS (SELECT min(outlet) FROM articles UNION ALL "
            "SELECT (SELECT min(a.outlet) FROM articles a WHERE a.outlet > o.outlet) FROM o "
            "WHERE o.outlet IS NOT NULL) SELECT outlet FROM o WHERE outlet IS NOT NULL")]

    def article_sources(self, ids: Sequence[str]) -> dict[str, ArticleSource]:
        """Outlet and synthetic flag of the given articles (those that exist), without their text."""
        out: dict[str, ArticleSource] = {}
        ids = sorted(set(ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.update((aid, ArticleSource(outlet, bool(synth))) for aid, outlet, synth in self._rows(
                f"SELECT id, outlet, synthetic FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
        return out
