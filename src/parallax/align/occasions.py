"""Venues across scripts and inflections: the keys that tell one occasion from another.

Reads: venue phrases of statements ("told the BBC", «в интервью Би-би-си») and headlines of
primary sources. Writes: nothing. Depends on: ``align.embed.latin``.

* ``venue_key`` matches venue names across scripts and inflections: "BBC"/"Би-би-си"/"Бі-Бі-Сі",
  "Russia 1"/"Россия 1"/"Росії 1".
* Generic venue phrases ("reporters", "на брифинге") name no venue (``generic_venue``): outlets
  word one event differently, so they only give the occasion's kind (``occasion_kind``).
* ``title_venue`` reads the venue a transcript's headline names.

``report_day``, ``source_days`` and ``late_days`` give the day a report's occasion took place (its own
date or weekday words, the packs' ``months.txt`` and ``weekdays.txt``; the day of the text a copy was
made from; a late report of an earlier remark), by which ``align.group`` forms date windows. ``align.group`` uses
the venue keys to form occasions; ``split_by_kind`` then splits a speaker's date window
whose reports tell apart several occasions by their kind alone (a post, an interview, the opening
remarks, the press conference), see its docstring.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import Counter
from datetime import date as _date
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

import numpy as np

from .. import lang
from ..lang.base import Language
from ..memo import memo
from ..model import Article, Claim, Occasion, Statement, stable_id
from .claims import day
from .embed import latin

if TYPE_CHECKING:
    from .group import Grouping

#: venue spellings that transliteration alone does not bring together → the venue's key
#: (``xx/venue_spellings.txt``: «Би-би-си» → bibisi → bbc)
_ALIAS_OF = lang.every_table("venue_spellings")


@lru_cache(maxsize=None)
def venue_spellings(key: str) -> frozenset[str]:
    """Every spelling of the venue ``key`` that the spellings table knows, ``key`` itself included."""
    return frozenset(form for form, canon in _ALIAS_OF.items() if canon == key) | {key}

#: the occasion kinds a venue phrase may name, the first found wins (``venue_kinds.txt``: the word
#: beginnings of each, anywhere in the phrase)
_KIND_ORDER = ("press conference", "briefing", "interview", "speech")
_KINDS = tuple((kind, re.compile(lang.alternation(w for w, k in lang.every_table("venue_kinds").items() if k == kind),
                                 re.I)) for kind in _KIND_ORDER)


#: venue phrases that name only the audience or the kind of event ("told reporters", "at a
#: briefing", "на пресс-конференции"): every outlet words them differently for one event, so
#: they say nothing about WHICH occasion it was and are not venue keys (the kind still labels it);
#: every pack's ``generic_venues.txt``
_GENERIC_VENUE = re.compile(r"^(?:(?:" + lang.alternation(lang.every_pack("generic_venues")) + r"|[-–—,.\s])+)$", re.I)


def generic_venue(name: str | None) -> bool:
    """True for a venue phrase naming only an audience or event kind ("reporters", "брифинге")."""
    return bool(name and _GENERIC_VENUE.match(name.strip()))


def venue_key(name: str | None) -> str | None:
    """A script- and case-independent key for a named venue (``"Би-би-си"`` → ``"bbc"``).

    ``None`` for no venue and for generic ones ("reporters", "пресс-конференции"), see
    ``generic_venue``.
    """
    if not name or not name.strip() or generic_venue(name):
        return None
    flat = re.sub(r"[^a-z0-9]", "", latin(name))
    if not flat:
        return None
    return _ALIAS_OF.get(flat, flat)


_QUOTED = re.compile(r"[«“„\"]([^»”“\"]{2,40})[»”“\"]")
#: "interview with X", «интервью телеканалу X»: every pack's ``interview_words`` and the words that may
#: link them to the name (``interview_links``)
_AFTER_KIND = re.compile(r"(?i:" + lang.alternation(lang.every_pack("interview_words")) + r")\s+(?i:" + "|".join(
    r"\s+".join(map(re.escape, w.split())) + r"\s+" for w in sorted(lang.every_pack("interview_links"),
                                                                  key=lambda w: (-len(w), w))) + r")?"
                         r"([A-ZА-ЯІЇЄҐ][\w-]*(?:\s+\d+)?)")


def title_venue(title: str | None) -> str | None:
    """The venue key a headline names for an interview/briefing/speech, if it names one.

    A primary source (a transcript) often names its venue only in its headline ("Лукашенко в
    интервью «России 1»: фрагмент расшифровки"); its statements then carry no venue, and the
    headline is the evidence of where they were said. Only headlines with an occasion kind word
    count, and only a quoted name or the name right after "interview (with)".
    """
    if not title or occasion_kind([title]) is None:
        return None
    for rx in (_QUOTED, _AFTER_KIND):
        m = rx.search(title)
        if m:
            key = venue_key(m.group(1))
            if key:
                return key
    return None


def occasion_kind(texts: Sequence[str]) -> str | None:
    """"interview", "speech", "press conference" or "briefing" from venue phrases, if any says so."""
    for text in texts:
        for kind, rx in _KINDS:
            if rx.search(text or ""):
                return kind
    return None


#: a cue (venue or kind) needs this many articles naming it before it makes an occasion of its own
MIN_CUE_ARTICLES = 2
#: articles whose neighbouring report must agree before a claim with no cue of its own takes their occasion
NEIGHBOUR_VOTES = 2
#: a claim carried by more articles than this needs this many of them naming its occasion
CLAIM_VOTES = 2


#: the highest code point with a case mapping is below this (Adlam, U+1E943): no character above
#: it matches a letter case-insensitively (``tests/align/test_occasions_speed.py`` checks it)
_CASED_BELOW = 0x1F000


@lru_cache(maxsize=1)
def _cased_range() -> str:
    return "".join(map(chr, (*range(0xD800), *range(0xE000, _CASED_BELOW))))


@lru_cache(maxsize=None)
def _case_variants(ch: str, flags: int) -> str:
    """Every character that ``ch`` matches under ``flags`` (``re.I``: "s" → "Ss\u017f"), as ``re`` decides."""
    if not flags & re.I:
        return ch
    return "".join(sorted(set(re.findall(re.escape(ch), _cased_range(), flags))))


def _word_rx(w: str) -> str:
    """One occasion word: a trailing ``*`` for any ending, else the whole word."""
    return re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)"


@lru_cache(maxsize=None)
def _kind_patterns(code: str) -> tuple[tuple[re.Pattern, str], ...]:
    r"""Compiled occasion words of a language pack, then the platform names every language shares.

    Each is ``(?<!\w)`` + its words, compiled with the first character as a case-sensitive class of
    its variants and the look-behind after it (``(?<!\w)a`` ≡ ``[aA](?<!\w.)``): the same matches,
    but ``re`` then jumps from candidate to candidate instead of trying every position.
    """
    def rx(phrase: str, flags: int) -> re.Pattern:
        words = phrase.split()
        body = r"\s+".join(_word_rx(w) for w in words)
        if not words or words[0] in ("", "*"):
            return re.compile(r"(?<!\w)" + body, flags)
        first = words[0][0]
        rest = _word_rx(words[0][1:]) + "".join(r"\s+" + _word_rx(w) for w in words[1:])
        cls = "".join(re.escape(c) for c in _case_variants(first, flags))
        return re.compile(r"(?-i:[" + cls + r"])(?<!\w[\s\S])" + rest, flags)
    out = [(rx(p, re.I), k) for p, k in sorted(lang.get(code).occasion_words().items(), key=lambda x: -len(x[0]))]
    out += [(rx(p, 0), k) for p, k in sorted(Language.platform_words().items(), key=lambda x: -len(x[0]))]
    return tuple(out)


@lru_cache(maxsize=None)
def _kind_screens(code: str) -> tuple[dict[int, str], tuple[tuple[str, bool] | None, ...]]:
    """What ``text_kind`` checks before each pattern's search: (a table folding every character that some
    pattern's first word matches case-insensitively to one of its class, as ``re`` decides: "S", "s", "ſ"
    → "S"), and per pattern (``_kind_patterns``' order) its first word's letters (folded when the
    pattern ignores case, and whether it does), or None. A text without them cannot match the pattern:
    the one scan of ``in`` replaces a search."""
    phrases = [(p, re.I) for p, _k in sorted(lang.get(code).occasion_words().items(), key=lambda x: -len(x[0]))]
    phrases += [(p, 0) for p, _k in sorted(Language.platform_words().items(), key=lambda x: -len(x[0]))]
    firsts = []
    for phrase, flags in phrases:
        words = phrase.split()
        lit = (words[0][:-1] if words[0].endswith("*") else words[0]) if words else ""
        firsts.append((lit, flags) if lit and "*" not in lit else None)
    # case classes joined where they meet: a character of a class folds to the class's smallest member
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c
    for lit, flags in (f for f in firsts if f and f[1]):
        for ch in lit:
            variants = _case_variants(ch, re.I) or ch
            root = min(find(v) for v in (ch, *variants))
            for v in (ch, *variants):
                parent[find(v)] = root
    table = {ord(c): find(c) for c in parent if find(c) != c}
    screens = tuple(None if f is None else (f[0].translate(table), True) if f[1] else (f[0], False) for f in firsts)
    return table, screens


def text_kind(text: str | None, code: str | None) -> str | None:
    """The kind of occasion a phrase names ("on X" → "post", «на пресс-конференции» → "press
    conference"), from the language pack's ``occasion_words.txt``; the earliest mention wins."""
    if not text:
        return None
    code = (code or "xx").lower().split("-")[0]
    table, screens = _kind_screens(code)
    folded = text.translate(table)
    best: tuple[int, str] | None = None
    for (pat, kind), screen in zip(_kind_patterns(code), screens):
        if screen is not None and screen[0] not in (folded if screen[1] else text):
            continue  # its first word is nowhere in the text
        m = pat.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else None


def _without_kind(text: str, code: str | None) -> str:
    for pat, _kind in _kind_patterns((code or "xx").lower().split("-")[0]):
        text = pat.sub(" ", text)
    return text


_BOUNDARY = re.compile(r'[.!?…](?=[\s"”»“]*\s)|\n')


#: a sentence end's punctuation needs a space after it, past closing quotes (``_BOUNDARY``'s look-ahead)
_TO_SPACE = re.compile(r'[\s"”»“]*?\s')


@lru_cache(maxsize=1024)
def _boundaries(text: str) -> tuple[list[int], list[int]]:
    """Every ``_BOUNDARY`` of ``text``, found once per text: (their ends, where each one's look-ahead
    is met). One counts before ``lo`` when its look-ahead is met before ``lo``, as
    ``finditer(text, 0, lo)`` sees nothing after ``lo``; both lists ascend."""
    ends, met = [], []
    for m in re.finditer(r"[.!?…]|\n", text):
        p = m.start()
        if text[p] == "\n":
            need = p
        else:
            space = _TO_SPACE.match(text, p + 1)
            if space is None:
                continue
            need = space.end() - 1
        ends.append(p + 1)
        met.append(need)
    return ends, met


def _sentence_bounds(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``text[lo:hi]``: from the last boundary before ``lo`` to the first at or
    after ``hi`` (one index per text, not a scan from the article's start for each report)."""
    ends, met = _boundaries(text)
    k = bisect_left(met, lo)
    j = bisect_left(ends, hi + 1)
    return (ends[k - 1] if k else 0), (ends[j] if j < len(ends) else len(text))


def _outside_reported(text: str, s: Statement, a: int, b: int) -> str:
    """``text[a:b]`` with each of the report's reported spans as one space: what was said is not
    where or when it was said (the kind and date patterns read a run of spaces as one, so this
    equals blanking every character of the span)."""
    pieces, at = [], a
    for lo_c, hi_c in sorted((max(c.start, a), min(c.end, b)) for c in s.content):
        if lo_c >= hi_c or hi_c <= at:
            continue
        pieces.append(text[at:max(lo_c, at)])
        pieces.append(" ")
        at = hi_c
    pieces.append(text[at:b])
    return "".join(pieces)


def context_kind(s: Statement, article: Article | None) -> str | None:
    """The kind of occasion the report's own sentence names outside the reported words ("…,"
    Orbán wrote on X), else the sentence before it ("As he opened the conference, …")."""
    own, before = _context_kinds(s, article)
    return own or before


def _context_kinds(s: Statement, article: Article | None) -> tuple[str | None, str | None]:
    """``context_kind`` in its two parts: the own sentence's kind, else None and the sentence
    before's."""
    if article is None or not article.text:
        return None, None
    text = article.text
    # the reported words and their cue verb: a speaker or venue mention may sit sentences away
    spans = [*s.content, *(c for c in s.cue if abs(c.start - s.start) < 200 or abs(c.end - s.end) < 200)]
    lo, hi = min(x.start for x in spans), max(x.end for x in spans)
    a, b = _sentence_bounds(text, lo, hi)
    kind = text_kind(_outside_reported(text, s, a, b), s.language)
    if kind is None and a > 0:
        pa, _ = _sentence_bounds(text, max(a - 2, 0), max(a - 2, 0))
        return None, text_kind(text[pa:a], s.language)
    return kind, None


def report_cue(s: Statement, article: Article | None) -> tuple[str, bool] | None:
    """What a report says about its occasion: ``(venue key, True)`` for a named venue ("BBC"),
    ``(kind, False)`` for a kind only ("press conference", "post"), else None."""
    return report_cues(s, article)[0]


#: ``report_cues`` of the statements of the block being grouped (``remembering_cues``), else None
_CUES: dict[tuple[str, str | None], tuple] | None = None


@contextmanager
def remembering_cues():
    """Within the block: each report's cues are read once, though a claim's split by kind
    (``group.split_mixed``) and the occasions' plan (``_plan``) both ask for them."""
    global _CUES
    outer, _CUES = _CUES, {}
    try:
        yield
    finally:
        _CUES = outer


def report_cues(s: Statement, article: Article | None
                ) -> tuple[tuple[str, bool] | None, tuple[str, bool] | None]:
    """``report_cue``, and the same cue when the report's own words give it (its venue phrase, its
    own sentence, its transcript's headline), else None: the sentence before ("As he opened the
    conference, …") may describe another moment than the report's."""
    if _CUES is None:
        return _report_cues(s, article)
    key = (s.id, article.id if article is not None else None)
    hit = _CUES.get(key)
    if hit is None:
        hit = _CUES[key] = _report_cues(s, article)
    return hit


def _report_cues(s: Statement, article: Article | None
                 ) -> tuple[tuple[str, bool] | None, tuple[str, bool] | None]:
    named = venue_key(s.venue_name)
    kind = text_kind(s.venue_name, s.language)
    if named and not any(ch.isupper() or ch.isdigit() for ch in _without_kind(s.venue_name, s.language)):
        named = None  # no name left beside the kind words: «conférence de presse», "meeting"
    if named and kind != "post":  # a platform ("X", «Телеграм») is where a post went, not a venue
        return (named, True), (named, True)
    if kind is None and s.venue_name and not named:
        kind = occasion_kind([s.venue_name])
        kind = "press conference" if kind == "briefing" else kind
    before = None
    if kind is None:
        kind, before = _context_kinds(s, article)
    if kind:
        return (kind, False), (kind, False)
    v = title_venue(article.title) if article is not None and article.primary else None
    if before:
        return (before, False), None
    return ((v, True), (v, True)) if v else (None, None)


#: a report's own date words may move it at most this many days before its publication date
DATE_BACK_DAYS = 7


@lru_cache(maxsize=None)
def _date_patterns(code: str) -> tuple[re.Pattern, re.Pattern] | None:
    """"5 July"/«5 июля» and "July 5" patterns over a language pack's month words."""
    months = lang.get(code).months()
    if not months:
        return None
    alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    return (re.compile(r"(?<![\w.])(\d{1,2})\.?\s+(" + alt + r")(?!\w)", re.I),
            re.compile(r"(?<!\w)(" + alt + r")\.?\s+(\d{1,2})(?![\w.,]\d|\d)", re.I))


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=None)
def _weekday_pattern(code: str) -> re.Pattern | None:
    """A language pack's weekday words ("Friday", «пятницу», "pénteken"; "freitag*" for compounds)
    as one pattern."""
    days = lang.get(code).weekdays()
    if not days:
        return None
    alt = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w).replace(r"\ ", r"\s+")
                   for w in sorted(days, key=len, reverse=True))
    # lower case, no look-behind before the words: ``re`` then skips to the words' first letters
    # (``_weekday_day`` lowers the text and checks the letter before)
    return re.compile(r"(" + alt + r")(?![\w-])")


def text_day(text: str, code: str | None, published: int) -> int | None:
    """The day a date phrase of ``text`` names ("on 5 July", «5 липня»), read against the
    publication day: only a date up to ``DATE_BACK_DAYS`` before it counts; the first one wins.
    With no date, a weekday ("on Friday", «в пятницу», "w piątek") names the latest such day up to
    the publication day (a Monday article's "on Friday" is three days before it)."""
    if not text:
        return None
    code = (code or "xx").lower().split("-")[0]
    return _date_day(text, code, published) or _weekday_day(text, code, published)


def _weekday_day(text: str, code: str, published: int) -> int | None:
    rx = _weekday_pattern(code)
    if rx is None:
        return None
    low = text.lower()
    m = next((m for m in rx.finditer(low) if not m.start() or not (low[m.start() - 1].isalnum()
                                                                   or low[m.start() - 1] in "_-")), None)
    if m is None:
        return None
    days = lang.get(code).weekdays()
    word = re.sub(r"\s+", " ", m.group(1))
    weekday = days.get(word) or next((n for w, n in days.items() if w.endswith("*") and word.startswith(w[:-1])), None)
    if weekday is None:
        return None
    return published - (_date.fromordinal(published).isoweekday() - weekday) % 7


def _date_day(text: str, code: str, published: int) -> int | None:
    pats = _date_patterns(code)
    if not pats or not _DIGIT.search(text):
        return None  # both patterns need a day's digits; most report sentences have none
    months = lang.get((code or "xx").lower().split("-")[0]).months()
    found: list[tuple[int, int, int]] = []
    for rx, day_first in zip(pats, (True, False)):
        for m in rx.finditer(text):
            d, mon = (m.group(1), m.group(2)) if day_first else (m.group(2), m.group(1))
            month = months.get(mon.lower())
            if month:
                y = re.match(r"[.,]?\s*(\d{4})(?!\d)", text[m.end():])
                found.append((m.start(), int(d), month, int(y.group(1)) if y else None))
    pub = _date.fromordinal(published)
    for _pos, d, month, named_year in sorted(found):
        for year in ((named_year,) if named_year else (pub.year, pub.year - 1)):
            try:
                when = _date(year, month, d).toordinal()
            except ValueError:
                continue
            if 0 <= published - when <= DATE_BACK_DAYS:
                return when
    return None


#: how many sentences before a report a past time phrase of its article still dates it ("Last year Vance
#: criticised … . He accused … . “If you are afraid of your own voters …”, he said then.")
PAST_SENTENCES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
#: quoted words in the sentences before a report: what someone said is not when the article says it was said
_QUOTE_SPAN = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")


@lru_cache(maxsize=None)
def _past_patterns(code: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """A language pack's past time phrases (``past_times.txt``: "last year", «рік тому») as one pattern,
    and "February 2025"/«феврале 2025» over its month words."""
    words = lang.get(code).word_list("past_times")
    phrases = re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                   for w in sorted(words, key=len, reverse=True)) + r")(?!\w)",
                         re.I) if words else None
    months = lang.get(code).months()
    alt = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    month_year = re.compile(r"(?<!\w)(" + alt + r")\.?\s+(\d{4})(?!\d)", re.I) if months else None
    return phrases, month_year


def _names_past(text: str, code: str, published: int) -> bool:
    """Whether ``text`` sets something a month or more before ``published``: a past time phrase, or a
    month and year that ended more than ``DATE_BACK_DAYS`` before it."""
    phrases, month_year = _past_patterns(code)
    if phrases is not None and phrases.search(text):
        return True
    if month_year is None or not _DIGIT.search(text):
        return False
    months = lang.get(code).months()
    for m in month_year.finditer(text):
        month, year = months.get(m.group(1).lower()), int(m.group(2))
        if month and 1000 <= year < 9999:  # a year, not a number after a month word ("May 0000")
            after = _date(year + month // 12, month % 12 + 1, 1).toordinal()  # the day after the month
            if after + DATE_BACK_DAYS <= published:
                return True
    return False


def retells_past(s: Statement, article: Article | None, outside: str | None = None) -> bool:
    """Whether the report retells an occasion long before its article: its own sentence, outside the
    reported words, or one of the ``PAST_SENTENCES`` before it that names the speaker, outside quotes,
    names a past time ("last year", «рік тому», "In February 2025"). Its article's day is then not its
    occasion's (a retrospective of a year later, the report of a new event that recalls an old speech);
    ``report_day`` leaves it undated, and it joins the window of its nearest report (and passes the
    sentence's words outside the report, ``outside``, which it has already cut)."""
    published = day(getattr(article, "published", None))
    if published is None or not article.text or not s.content:
        return False
    code = (s.language or "xx").lower().split("-")[0]
    text = article.text
    lo, hi = min(c.start for c in s.content), max(c.end for c in s.content)
    a, b = _sentence_bounds(text, lo, hi)
    if _names_past(_outside_reported(text, s, a, b) if outside is None else outside, code, published):
        return True
    stems = {latin(w)[:4] for n in (s.speaker_name, s.person_name) if n and len(w := n.split()[-1]) >= 4}
    if not stems:
        return False
    # the article's own words before the report, each quote blanked (a quote's sentences are the speaker's,
    # not the article's: they neither date the report nor count as sentences before it)
    lead = max(0, a - 4000)
    own_words = _QUOTE_SPAN.sub(lambda m: " " * len(m.group()), text[lead:b])[:a - lead]
    sentences = [x for x in _SENTENCE_END.split(own_words) if re.search(r"\w", x)]
    for before in sentences[-PAST_SENTENCES:]:
        # a sentence before speaks of the speaker's past occasion only where it names him ("Last year Vance
        # …"), not of the background ("since the offensive began in February 2022")
        if any(st in latin(before) for st in stems) and _names_past(before, code, published):
            return True
    return False


def report_day(s: Statement, article: Article | None) -> int | None:
    """The day a report's occasion took place: its article's publication day, unless the report's
    own sentence, outside the reported words, dates it a few days before ("On 5 July, Orbán said …",
    "… said on Friday", an article of 8 July) — a late article then joins the window of the day it
    reports; None for a report that retells an occasion long past (``retells_past``)."""
    published = day(getattr(article, "published", None))
    if published is None or not article.text or not s.content:
        return published
    # asked by grouping and again by the speaker's record (``compare.timing.statement_day``)
    days = memo("report_day")
    key = (s.id, s.content, s.language, article.id, published)
    if days is not None and key in days:
        return days[key]
    text = article.text
    lo, hi = min(c.start for c in s.content), max(c.end for c in s.content)
    a, b = _sentence_bounds(text, lo, hi)
    outside = _outside_reported(text, s, a, b)
    found = text_day(outside, s.language, published) or (
        None if retells_past(s, article, outside) else published)
    if days is not None:
        days[key] = found
    return found


def source_days(stmts: Sequence[Statement], day_of: Mapping[str, int | None], articles: Mapping[str, Article],
                sources: Callable[[Article | None], Sequence[str]]) -> dict[str, int | None]:
    """Days with each report of a copy, translation or rewrite published days after the text it was
    made from (``sources``: ``copy_of``, ``translation_of``, ``derived_from``, ``duplicate_of``) on
    that text's day: a rewrite of Friday's agency report published on Monday retells Friday's
    occasion. Only a report dated by its article's publication day moves (its own date words win), and
    only to a source published at most ``DATE_BACK_DAYS`` before it; a source that is not among
    ``articles`` moves nothing."""
    out = dict(day_of)
    for s in stmts:
        a = articles.get(s.article_id)
        published = day(getattr(a, "published", None))
        if published is None or out.get(s.id) != published:
            continue
        earlier = [d for src in sources(a) if (d := day(getattr(articles.get(src), "published", None))) is not None
                   and 0 < published - d <= DATE_BACK_DAYS]
        if earlier:
            out[s.id] = max(earlier)
    return out


def late_days(day_of: Mapping[str, int | None], vectors: Mapping[str, np.ndarray], window_days: int,
              same: float) -> dict[str, int | None]:
    """Days with late reports of one remark moved to the remark's earlier day.

    A report published days after the remark, in a later date window, whose vector is within raw
    cosine ``same`` of a report in an earlier window no more than ``DATE_BACK_DAYS`` before it, is a
    late report of that remark (an article of Monday retelling Friday's press conference); it takes
    the earlier report's day. What the later window says of its own (a new post) stays there. A report
    of an undated article counts as an earlier report on the day of its nearest dated report (the window
    ``align.group`` puts it in), but never moves: the close versions of a remark are often all in
    undated articles.
    """
    dated = sorted((d, sid) for sid, d in day_of.items() if d is not None and sid in vectors)
    days = sorted({d for d, _ in dated})
    if len(days) < 2:
        return dict(day_of)
    starts, window_of = [], {}
    for d in days:
        if not starts or d - prev > window_days:
            starts.append(d)
        window_of[d] = starts[-1]
        prev = d
    out = dict(day_of)
    ids = [sid for _, sid in dated]
    V = np.array([vectors[sid] for sid in ids])
    dd = np.array([day_of[sid] for sid in ids])
    undated = sorted(sid for sid, d in day_of.items() if d is None and sid in vectors)
    if undated:
        U = np.array([vectors[sid] for sid in undated])
        dd = np.concatenate([dd, dd[np.argmax(U @ V.T, axis=1)]])
        V = np.vstack([V, U])
    ww = np.array([window_of[int(d)] for d in dd])
    for i, sid in enumerate(ids):
        d = dd[i]
        earlier = (ww < ww[i]) & (dd >= d - DATE_BACK_DAYS)
        if not earlier.any():
            continue
        cos = np.where(earlier, V @ V[i], -2.0)
        j = int(np.argmax(cos))
        if cos[j] >= same:
            out[sid] = int(dd[j])
    return out


def split_by_kind(key: str, grouping: "Grouping", stmts: Sequence[Statement],
                  articles: Mapping[str, Article]) -> "Grouping":
    """Split a window's occasion by what its reports say of each claim's occasion.

    One speaker says different things on one day at different occasions — a post before a trip, a
    radio interview, the opening remarks of a meeting, the press statement after it — and reports
    mostly name no venue, only the kind ("wrote on X", «на пресс-конференции», "as he opened the
    conference"). Each report gives a cue (a named venue, else the kind its venue phrase or its own
    sentence names, else the kind the sentence before names); a cue needs ``MIN_CUE_ARTICLES``
    articles, and a kind that one named venue of the window has joins it ("in an interview" → the
    BBC interview). A claim takes the cue more than half of its articles give, at least
    ``CLAIM_VOTES`` of them when it has more articles than that; a claim left without one takes
    the occasion of its reports' nearest neighbours when ``NEIGHBOUR_VOTES`` articles agree;
    the rest join the window's largest occasion. A claim may still mix two occasions' remarks (the
    opening line and the press conference's pledge read alike): a report whose own words (its venue
    phrase or its own sentence, not the sentence before) name another of the window's occasions
    leaves its claim for that occasion, with the claim's other reports of that occasion. Windows
    with fewer than two cues, or named venues only, keep what ``align.group`` made of them. Ids
    derive from (speaker, day, cue), claims' from their occasion and earliest report, so they stay
    stable when articles are added.
    """
    from .group import _head  # group imports this module

    by_id = {s.id: s for s in stmts}
    occ_of = {o.id: o for o in grouping.occasions}
    windows: dict[str | None, list[Claim]] = {}
    for c in grouping.claims:
        windows.setdefault(occ_of[c.occasion_id].date if c.occasion_id in occ_of else None, []).append(c)
    new_occ: dict[str, Occasion] = {}
    parts_of: dict[str, list[Claim]] = {}
    moved: set[str] = set()
    for when, claims in sorted(windows.items(), key=lambda x: x[0] or ""):
        planned = _plan(claims, by_id, articles)
        if planned is None:
            continue
        plan, own = planned
        # a report whose own words name another occasion of the window than its claim's leaves the
        # claim for that occasion: a claim may mix two occasions' remarks (the opening line and the
        # press conference's), each report says where its own words were said
        split: dict[str, dict[tuple[str, bool], list[Statement]]] = {}
        for c in claims:
            for m in c.statement_ids:
                if m in by_id:
                    rc = own.get(m) or plan[c.id]
                    split.setdefault(c.id, {}).setdefault(rc, []).append(by_id[m])
                    if rc != plan[c.id]:
                        moved.add(m)
        members_of: dict[tuple[str, bool], list[Statement]] = {}
        for parts in split.values():
            for rc, ms in parts.items():
                members_of.setdefault(rc, []).extend(ms)
        for c in claims:
            for (cue, named), ms in sorted(split.get(c.id, {}).items()):
                oid = stable_id("occasion", key, when or "undated", cue if named else f"kind:{cue}", prefix="o")
                if oid not in new_occ:
                    new_occ[oid] = _occasion(oid, occ_of.get(c.occasion_id), cue, named, members_of[(cue, named)],
                                             articles)
                anchor = min(ms, key=lambda s: (day(getattr(articles.get(s.article_id), "published", None)) or 10 ** 7,
                                                s.id))
                part = dataclasses.replace(c, id=stable_id("claim", oid, anchor.id, prefix="c"), occasion_id=oid)
                if len(ms) < len(c.statement_ids):
                    head = _head(ms, articles)
                    part = dataclasses.replace(part, label=head.text[:160], language=head.language,
                                               statement_ids=tuple(sorted(s.id for s in ms)))
                parts_of.setdefault(c.id, []).append(part)
    if not parts_of:
        return grouping
    new_claim = {sid: part for parts in parts_of.values() for part in parts for sid in part.statement_ids}
    claims = [part for c in grouping.claims for part in parts_of.get(c.id, [c])]
    used = {c.occasion_id for c in claims}
    occasions = sorted({o.id: o for o in [*grouping.occasions, *new_occ.values()] if o.id in used}.values(),
                       key=lambda o: o.id)
    rows = []
    for sid, cid, oid, score, rule in grouping.rows:
        if cid and sid in new_claim:
            c = new_claim[sid]
            o = new_occ[c.occasion_id]
            cid, oid, rule = c.id, c.occasion_id, f"{rule}; occasion: {o.label.split(': ', 1)[-1]}" + (
                " (its own sentence names it, not the rest of its claim)" if sid in moved else "")
        rows.append((sid, cid, oid, score, rule))
    return dataclasses.replace(grouping, occasions=occasions, claims=claims, rows=rows)


def _plan(claims: Sequence[Claim], by_id: Mapping[str, Statement], articles: Mapping[str, Article]
          ) -> tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, bool]]] | None:
    """Claim id → (cue, named) for one window, and report id → the occasion its own words name,
    or None when the window tells one occasion only."""
    cue: dict[str, tuple[str, bool]] = {}
    # what a report's own words (its venue phrase, its own sentence) say, not the sentence before
    own_words: dict[str, tuple[str, bool]] = {}
    for c in claims:
        for m in c.statement_ids:
            s = by_id.get(m)
            if s is not None:
                art = articles.get(s.article_id)
                rc, own_rc = report_cues(s, art)
                if rc:
                    cue[m] = rc
                if own_rc:
                    own_words[m] = own_rc
    support: dict[tuple[str, bool], set[str]] = {}
    for m, rc in cue.items():
        aid = by_id[m].article_id
        support.setdefault(rc, set()).add(aid)
    valid = {rc for rc, arts in support.items() if len(arts) >= MIN_CUE_ARTICLES}
    # a kind that exactly one named venue of the window has is that venue ("in an interview" → BBC)
    kinds_of_named: dict[tuple[str, bool], Counter] = {}
    for m, rc in cue.items():
        if rc in valid and rc[1]:
            k = text_kind(by_id[m].venue_name, by_id[m].language) or context_kind(
                by_id[m], articles.get(by_id[m].article_id))
            if k:
                kinds_of_named.setdefault(rc, Counter())[k] += 1
    alias: dict[tuple[str, bool], tuple[str, bool]] = {}
    for rc in valid:
        if not rc[1]:
            owners = [n for n, ks in kinds_of_named.items() if ks and max(sorted(ks), key=ks.get) == rc[0]]
            if len(owners) == 1:
                alias[rc] = owners[0]
    keys = {alias.get(rc, rc) for rc in valid}
    if len(keys) < 2 or all(named for _, named in keys):  # named venues alone: ``align.group`` splits them
        return None
    chosen: dict[str, tuple[str, bool] | None] = {}
    size: Counter = Counter()
    for c in claims:
        votes: Counter = Counter()
        own_arts = set()
        for m in c.statement_ids:
            if m in cue and cue[m] in valid:
                aid = by_id[m].article_id
                if aid not in own_arts:
                    own_arts.add(aid)
                    votes[alias.get(cue[m], cue[m])] += 1.0
        best = max(sorted(votes), key=votes.get) if votes else None
        # the claim's occasion needs most of its votes: a split vote leaves it to the main one
        # and, for a claim of several articles, more than one article saying so
        n_arts = len({by_id[m].article_id for m in c.statement_ids if m in by_id})
        chosen[c.id] = best if best is not None and votes[best] > 0.5 * sum(votes.values()) and \
            votes[best] >= min(CLAIM_VOTES, n_arts - 1) else None
        if chosen[c.id]:
            size[chosen[c.id]] += len(c.statement_ids)
    # a claim no report of which says: the occasion of its reports' nearest neighbours in their
    # articles (an article reports one occasion's remarks together unless something says otherwise)
    claim_of = {m: c.id for c in claims for m in c.statement_ids if m in by_id}
    in_article: dict[str, list[tuple[int, str]]] = {}
    for m, cid in claim_of.items():
        in_article.setdefault(by_id[m].article_id, []).append((by_id[m].start, cid))
    for c in claims:
        if chosen[c.id] is not None:
            continue
        votes = Counter()
        for aid in sorted({by_id[m].article_id for m in c.statement_ids if m in by_id}):
            here = [by_id[m].start for m in c.statement_ids if m in by_id and by_id[m].article_id == aid]
            near = sorted((min(abs(p - h) for h in here), cid) for p, cid in in_article[aid]
                          if cid != c.id and chosen.get(cid) is not None)
            if near:
                votes[chosen[near[0][1]]] += 1
        best = max(sorted(votes), key=votes.get) if votes else None
        if best is not None and votes[best] > 0.5 * sum(votes.values()) and votes[best] >= NEIGHBOUR_VOTES:
            chosen[c.id] = best
            size[best] += len(c.statement_ids)
    if len(size) < 2:
        return None
    main = max(sorted(size), key=size.get)
    own = {m: alias.get(rc, rc) for m, rc in own_words.items() if rc in valid}
    return {cid: rc or main for cid, rc in chosen.items()}, own


def _occasion(oid: str, old: Occasion | None, cue: str, named: bool, members: Sequence[Statement],
              articles: Mapping[str, Article]) -> Occasion:
    """The occasion of one cue: labelled "<speaker>: <kind> [with <venue>], <date>"."""
    shown = None
    if named:
        names = Counter(s.venue_name for s in members if s.venue_name and venue_key(s.venue_name) == cue)
        names = Counter({n: k for n, k in names.items() if n.isascii()}) or names
        shown = max(sorted(names), key=names.get) if names else cue
    kinds = Counter(k for s in members if (k := report_cue(s, articles.get(s.article_id))) and not k[1])
    kind = cue if not named else (max(sorted(kinds), key=kinds.get)[0] if kinds else None)
    who = next((s.person_name for s in members if s.person_name), None) or next(
        (s.speaker_name for s in members if s.speaker_name), None) or "unknown speaker"
    what = " ".join(x for x in (kind, f"with {shown}" if shown and kind == "interview" else shown) if x)
    date = old.date if old is not None else None
    primary = sorted({s.article_id for s in members if getattr(articles.get(s.article_id), "primary", False)})
    return Occasion(oid, old.person_id if old is not None else None, shown, date,
                    f"{who}: {what or 'statements'}, {date or 'undated'}", primary[0] if primary else None)


__all__ = ["generic_venue", "late_days", "occasion_kind", "report_day", "retells_past", "source_days", "split_by_kind", "text_day", "text_kind", "title_venue", "venue_key"]
