"""When a statement was made, and whether two of a speaker's statements lie far enough apart to be a change
of side: the day a statement speaks on, the days between two, and whether a fact's day falls between them."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Mapping

from ..model import Article, Fact, Statement


def statement_day(s: Statement, articles: Mapping[str, Article]) -> str:
    """The day the statement was made: its article's, unless its own sentence dates it a few days before
    ("was adamant on Thursday that …", in Friday's paper: ``align.occasions.report_day``, which keeps it
    for the run)."""
    a = articles.get(s.article_id)
    published = ((a.published if a else None) or "")[:10]
    if not published or not s.content:
        return published
    from ..align.occasions import report_day

    try:
        d = report_day(s, a)
    except ValueError:
        d = None
    return date.fromordinal(d).isoformat() if d else published


@lru_cache(maxsize=65_536)
def days_between(d0: str, d1: str) -> int:
    """Days between two ISO dates (0 when either is not one)."""
    try:
        return abs((date.fromisoformat(d1[:10]) - date.fromisoformat(d0[:10])).days)
    except ValueError:
        return 0


def across(d0: str, d1: str, f: Fact | None) -> bool:
    """The fact's day falls between two statements (the earlier made before it, the later on it or after): a
    change of side on it then follows the event ("I am a fighter, not a quitter" on Wednesday, "I am resigning"
    on Thursday, the day the fact records), not the reporting, however few days apart."""
    day = (f.date or "")[:10] if f else ""
    return bool(day and d0 and d1) and d0 < day <= d1


def fact_start(f: Fact) -> str:
    """The first day the fact's own text names within a week before its date ("halted them on 8 November
    2022; … filed for Chapter 11 bankruptcy on 11 November 2022"): a state it records held from then on."""
    return _text_start(f.text, f.language or "en", (f.date or "")[:10])


@lru_cache(maxsize=4096)
def _text_start(text: str, language: str, day: str) -> str:
    """``fact_start`` of a fact's text, language and date (what it depends on, all of it in the key)."""
    from ..align.occasions import text_day

    try:
        d = text_day(text, language, date.fromisoformat(day).toordinal())
    except ValueError:
        d = None
    return min(day, date.fromordinal(d).isoformat()) if d else day


__all__ = ["across", "days_between", "fact_start", "statement_day"]
