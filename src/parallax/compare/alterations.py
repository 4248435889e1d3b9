"""Alterations: changes of meaning between one outlet's report of a claim and the others'.

Reads: the versions of one claim (statements with their articles, vectors, speaker keys).
Writes: nothing; returns ``model.Alteration`` objects with evidence spans on both sides.
Depends on: ``align.embed`` (transliteration), ``align.occasions.venue_key``.

Embeddings do not see negation (a negated sentence scores ≈ 0.93 against the original), so
rules decide. No rule flags a reading that another independent voice shares (``independent``: a
variant, such as two translations of one French modal verb), and a copy of a text is judged first
against that text (``against_source``). Each rule compares a version with its *counterparts* — the closest version in
each other outlet (and the primary source's, which wins when present) — and flags it when the
counterparts that speak to the point mostly disagree with it. A one-to-one disagreement is
broken by centrality: the version less similar to all the others is the altered one.

Kinds (INTERFACES ``coverage --json``):

* ``negation`` — polarity differs (each language pack's ``negators.txt``; a denial verb right
  before a clause counts).
* ``number`` — digits or number words (the packs' ``numbers.txt``) disjoint from the counterparts'.
* ``date`` — year, month or day disjoint from the counterparts'.
* ``qualifier`` — a hedge class (even, probably, almost, only, for now, more than) that most
  counterparts carry and this version lacks, or that this version adds; or a modal shift
  (should → can, должен → может: the packs' ``modals.txt`` classes differ).
* ``speaker`` — the claim attributed to someone other than its majority speaker.
* ``addressee`` — a named party swapped for another inside token-aligned same-language wording
  (``align``), or a venue different from the claim's when the article does not name that venue too.

A copy of a text is also judged on its reporting words (``frame_tokens``: the speaker mention and the
words between it and the content), which only copies share: a date, number, negation or the speaker's
title changed there (``_frame_change``).

Features are compared only on what two versions share: same language through token alignment,
across languages only between close counterparts (``comparable``), never within one article.
* ``added_words`` — two or more words inside this version's quotation marks that no other
  version in its language has. Translations are compared only through same-language versions
  (cross-language word alignment is left out).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from .. import lang
from ..align.claims import quoted_spans as _quoted_spans
from ..align.embed import latin
from ..align.occasions import venue_key, venue_spellings
from ..model import Alteration, Article, Kind, Statement

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|%")

#: a bare negation particle added to a quote is a negation change, reported as such (every pack's
#: ``negation_particles.txt``)
_PARTICLES = lang.every_pack("negation_particles")
#: first-person subject pronouns ("We", «Мы»): capitalised, yet no name (every pack's ``first_person``)
_FIRST_PERSON = lang.every_pack("first_person")
#: a verb of denial before a quote ("denied", «опроверг»): every pack's ``denial_stems.txt``
_DENIAL = re.compile(r"\b(" + lang.alternation(lang.every_pack("denial_stems")) + r")\b", re.I)

#: the hedge classes every language pack's ``hedges.txt`` sorts its words into
HEDGE_CLASSES = ("even", "probably", "almost", "only", "for now", "more than")
#: hedge classes whose addition (not only whose loss) changes what was said
ADDED_HEDGES = ("probably",)


@dataclass(frozen=True)
class _Lexicon:
    """One language's words for the rules, from its pack (``lang/<code>/*.txt``)."""

    negators: frozenset[str]
    negator_prefixes: tuple[str, ...]
    hedges: dict[str, re.Pattern]
    numbers: dict[str, int]
    multipliers: frozenset[str]
    months: dict[str, int]
    modals: dict[str, str]
    #: beginnings of verbs of preventing (``preventives.txt``, "word*"): "to prevent Russia winning" is negated
    preventives: tuple[str, ...] = ()
    #: whole words of preventing (``preventives.txt`` without "*": «hindern», not «Hindernis»)
    preventive_words: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=64)
def lexicon(code: str) -> _Lexicon:
    """The rule words of a language; a language without a pack has none (and English's
    ``n't`` rule still applies to every version)."""
    pack = lang.get(code or "xx")
    by_class: dict[str, list[str]] = {}
    for word, cls in pack.hedges().items():
        by_class.setdefault(cls, []).append(re.escape(word.lower()).replace("\\ ", r"\s+"))
    hedges = {cls: re.compile(rf"(?<!\w)({'|'.join(sorted(ws, key=len, reverse=True))})(?!\w)", re.I)
              for cls, ws in by_class.items()}
    numbers = {w.lower(): v for w, v in pack.number_words().items()}
    return _Lexicon(frozenset(w.lower() for w in pack.negators()), tuple(pack.negator_prefixes()), hedges,
                    numbers, frozenset(w for w, v in numbers.items() if v >= 1000),
                    {w.lower(): m for w, m in pack.months().items()},
                    {w.lower(): c for w, c in pack.modals().items()},
                    tuple(sorted(w.rstrip("*") for w in pack.word_list("preventives") if w.endswith("*"))),
                    frozenset(w for w in pack.word_list("preventives") if not w.endswith("*")))


_DIGITS = re.compile(r"\d+(?:[  ]\d{3})*(?:[.,]\d+)?")

#: the function words of every pack (``lang/<code>/stopwords.txt``): two sentences sharing only them
#: ("that", "we", «что») say nothing in common
STOPWORDS = lang.every_pack("stopwords")


@dataclass
class Version:
    """One report of a claim in context: the statement, its article, outlet, vector, speaker key."""

    statement: Statement
    article: Article
    outlet: str
    vector: np.ndarray | None = None
    speaker_key: str | None = None
    #: the voice the article belongs to (copies, translations and rewrites of one text,
    #: ``coverage.families``): its other members are no independent voice for this version
    family: str | None = None
    #: the family of word-for-word copies of one text (near-duplicates, ``copy_of``) it belongs to
    copies: str | None = None
    #: the same sentence in other outlets' word-for-word copies of its text, whatever claim or occasion
    #: grouping gave them (``link_twins``); ``None`` when not linked (then the claim's copies are used)
    twins: tuple["Version", ...] | None = None
    _tokens: list | None = field(default=None, repr=False)
    _memo: dict = field(default_factory=dict, repr=False)

    @functools.cached_property
    def language(self) -> str:
        """The statement's language code (else its article's), computed once: the statement and
        article are frozen, and ``detect`` asks it ~50 times per version."""
        return (self.statement.language or self.article.language or "").split("-")[0]

    @property
    def quoted(self) -> bool:
        return self.statement.type in (Kind.DIRECT, Kind.MIXED)

    def tokens(self) -> list[tuple[str, int, int]]:
        """Lower-cased word tokens of the content, with article offsets."""
        if self._tokens is None:
            self._tokens = [(m.group().lower(), f.start + m.start(), f.start + m.end())
                            for f in self.statement.content for m in _TOKEN.finditer(f.text)]
        return self._tokens

    @property
    def span(self) -> tuple[int, int]:
        return (self.statement.start, self.statement.end)


# ------------------------------------------------------------------------------- features
def _per_version(fn):
    """Compute a feature of a version once: ``detect`` asks for it against every other version."""
    name = fn.__name__

    @functools.wraps(fn)
    def wrapper(v: "Version"):
        if name not in v._memo:
            v._memo[name] = fn(v)
        return v._memo[name]
    return wrapper


_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def _is_negator(w: str, lex: _Lexicon) -> bool:
    return w in lex.negators or w.endswith(("n't", "n’t")) or (bool(lex.negator_prefixes)
                                                               and w.startswith(lex.negator_prefixes))


@_per_version
def negators(v: Version) -> list[tuple[int, int]]:
    """Spans of negation words in the content."""
    lex = lexicon(v.language)
    return [(s, e) for w, s, e in v.tokens() if _is_negator(w, lex)]


@_per_version
def denial_frame(v: Version) -> tuple[int, int] | None:
    """A denial verb just before the content ("denied that …", "заперечив причетність …")."""
    if len(v.tokens()) < 3:
        return None  # "dismissed them as “stupid”" denies nothing the content says
    text = v.article.text
    start = v.statement.start
    lo = max(0, start - 60)
    window = text[lo:start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    if cut >= 0:
        lo, window = lo + cut + 1, window[cut + 1:]
    m = None
    for m in _DENIAL.finditer(window):
        pass
    return (lo + m.start(), lo + m.end()) if m else None


def _prevents(w: str, lex: _Lexicon) -> bool:
    return bool(lex.preventives) and w.startswith(lex.preventives) or w in lex.preventive_words


@_per_version
def negative(v: Version) -> bool:
    """Whether the content reads negated: a negator, a denial verb before it, or a verb of preventing
    ("to prevent Russia winning the war" says what "so that Russia cannot win" says)."""
    lex = lexicon(v.language)
    return bool(negators(v)) or denial_frame(v) is not None or any(_prevents(w, lex) for w, _, _ in v.tokens())


def negative_in_common(v: Version, other: Version) -> bool:
    """Whether ``v`` negates what it shares with ``other``.

    Within one language a negator counts only in a sentence of ``v`` that ``other`` carried (half
    of its words' stems occur in ``other``): a transcript's negated sentence that an outlet did not
    carry at all is an omission of that sentence, not a dropped negation in the part it did carry.
    """
    if v.language != other.language:
        return negative(v)
    theirs = _stem_set(other)
    for content in _negated_sentences(v):
        shared = sum(w in theirs for w in content)
        if content and shared * 2 >= len(content):
            return True
    return denial_frame(v) is not None


@_per_version
def _stem_set(v: Version) -> frozenset[str]:
    return frozenset(stem(w) for w, _, _ in v.tokens())


@_per_version
def _negated_sentences(v: Version) -> list[list[str]]:
    """The stems of the words of each sentence of the content that holds a negator, less the negators
    and ``STOPWORDS`` ("that", "we": two sentences sharing them say nothing in common)."""
    out = []
    lex = lexicon(v.language)
    for f in v.statement.content:
        for sentence in _SENTENCE.split(f.text):
            words = [m.group().lower() for m in _TOKEN.finditer(sentence)]
            if any(_is_negator(w, lex) or _prevents(w, lex) for w in words):
                out.append([stem(w) for w in words if not _is_negator(w, lex) and not _prevents(w, lex)
                            and w not in STOPWORDS])
    return out


@_per_version
def hedges(v: Version) -> dict[str, tuple[int, int]]:
    """Hedge class → the span of its first occurrence in the content."""
    out: dict[str, tuple[int, int]] = {}
    for f in v.statement.content:
        for cls, rx in lexicon(v.language).hedges.items():
            m = rx.search(f.text)
            if m and cls not in out:
                out[cls] = (f.start + m.start(), f.start + m.end())
    return out


def _same_wording(this: Version, cps: Sequence[Version]) -> list[Version]:
    """Counterparts in this version's language that share most of its words (Jaccard of stems ≥ 0.5):
    the ones that can show a hedge or modal verb added to the same sentence."""
    mine = _stem_set(this)
    out = []
    for o in cps:
        if o.language != this.language or o.outlet == this.outlet:
            continue
        theirs = _stem_set(o)
        if mine and theirs and len(mine & theirs) / len(mine | theirs) >= 0.5:
            out.append(o)
    return out


@_per_version
def modals(v: Version) -> dict[str, tuple[int, int]]:
    """Modal class (obligation, possibility, …) → the span of its first modal verb in the content."""
    table = lexicon(v.language).modals
    out: dict[str, tuple[int, int]] = {}
    for w, s, e in v.tokens():
        if w in table:
            out.setdefault(table[w], (s, e))
    return out


@_per_version
def dates(v: Version) -> dict[str, dict[int, tuple[int, int]]]:
    """``{"y": {2028: span}, "m": {12: span}, "d": {19: span}}`` from the content."""
    out: dict[str, dict[int, tuple[int, int]]] = {"y": {}, "m": {}, "d": {}}
    toks = v.tokens()
    month_of = lexicon(v.language).months
    for i, (w, s, e) in enumerate(toks):
        if w in month_of:
            out["m"].setdefault(month_of[w], (s, e))
            for j in (i - 1, i + 1):
                if 0 <= j < len(toks) and toks[j][0].isdigit() and 1 <= int(toks[j][0]) <= 31:
                    out["d"].setdefault(int(toks[j][0]), toks[j][1:])
        elif w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100:
            out["y"].setdefault(int(w), (s, e))
    return out


@_per_version
def numbers(v: Version) -> dict[float, tuple[int, int]]:
    """Quantities (digits or number words, × thousand/million) that are not parts of dates."""
    taken = {span for kind in dates(v).values() for span in kind.values()}
    out: dict[float, tuple[int, int]] = {}
    for f in v.statement.content:
        for m in _DIGITS.finditer(f.text):
            span = (f.start + m.start(), f.start + m.end())
            raw = re.sub(r"[  ]", "", m.group())
            if span in taken or any(a <= span[0] < b for a, b in taken):
                continue
            if re.fullmatch(r"\d{1,3}(,\d{3})+", raw):
                raw = raw.replace(",", "")
            try:
                out.setdefault(float(raw.replace(",", ".")), span)
            except ValueError:
                continue
    toks = v.tokens()
    lex = lexicon(v.language)
    words, multipliers = lex.numbers, lex.multipliers
    for i, (w, s, e) in enumerate(toks):
        if w in words and (s, e) not in taken:
            val = float(words[w])
            if w in multipliers and i > 0 and (toks[i - 1][0] in words or toks[i - 1][0].isdigit()):
                continue  # "five thousand": counted on the first word
            if i + 1 < len(toks) and toks[i + 1][0] in multipliers:
                val *= words[toks[i + 1][0]]
            out.setdefault(val, (s, e))
    return out


def stem(w: str) -> str:
    """A word's stem across scripts and inflections: its transliteration (``latin``), cut to five letters
    when the word has more than three. Versions (here) and article passages (``matrix``) are matched by
    it; a word already in lower-case ASCII is its own transliteration."""
    t = w if w.isascii() and w.islower() else latin(w)
    return t[:5] if len(w) > 3 else t


@dataclass(frozen=True)
class Alignment:
    """How two same-language versions line up word by word (stems, ``difflib``).

    ``lo``/``hi`` bound the aligned window of each side (first to last matched token, as token
    indexes of ``a``/``b``); ``ratio`` is the share of the windows' tokens that match.
    """

    ratio: float
    a_window: tuple[int, int]
    b_window: tuple[int, int]
    a_matched: frozenset[int]
    b_matched: frozenset[int]


def align(a: Version, b: Version) -> Alignment | None:
    """Token alignment of two same-language versions, ``None`` if no word matches."""
    from difflib import SequenceMatcher

    sa = [stem(w) for w, _, _ in a.tokens()]
    sb = [stem(w) for w, _, _ in b.tokens()]
    blocks = [m for m in SequenceMatcher(None, sa, sb, autojunk=False).get_matching_blocks() if m.size]
    if not blocks:
        return None
    am = frozenset(i for m in blocks for i in range(m.a, m.a + m.size))
    bm = frozenset(j for m in blocks for j in range(m.b, m.b + m.size))
    aw = (min(am), max(am) + 1)
    bw = (min(bm), max(bm) + 1)
    n = sum(m.size for m in blocks)
    return Alignment(2 * n / ((aw[1] - aw[0]) + (bw[1] - bw[0])), aw, bw, am, bm)


def _covers(al: Alignment, a: Version, b: Version, share: float = 0.5) -> bool:
    """The matched words are ``share`` of the shorter version at least, and two or more: a word or
    two in common ("that we", "that … NATO") make a window of their own, not one passage. A swapped
    party asks a third (the rest of the wording may be rephrased around the shared words)."""
    n = len(al.a_matched)
    return n >= 2 and n >= share * min(len(a.tokens()), len(b.tokens()))


#: cross-language versions are compared feature by feature only when they are close
#: counterparts: this cosine, and word counts within this factor of each other
COUNTERPART_COS = 0.88
COUNTERPART_LEN = 2.0


def comparable(a: Version, b: Version, carrier: Version | None = None) -> bool:
    """Whether two versions say the same thing (translations of one passage).

    Same language: their aligned window covers most of both (a longer transcript passage whose
    other sentences the outlet never carried is not comparable as a whole). Across languages:
    cosine ≥ ``COUNTERPART_COS``, and ``carrier`` — the side carrying the feature under test (a
    negator, a hedge), both sides when not given — is at most ``COUNTERPART_LEN`` times as long
    as the other: its feature may sit in a part the other never carried.
    """
    na, nb = len(a.tokens()), len(b.tokens())
    if not na or not nb:
        return False
    if a.language == b.language:
        al = align(a, b)
        return al is not None and al.ratio >= 0.5 and _covers(al, a, b)
    if a.vector is not None and b.vector is not None and float(a.vector @ b.vector) < COUNTERPART_COS:
        return False
    if carrier is None:
        return max(na, nb) <= COUNTERPART_LEN * min(na, nb)
    mine, theirs = (na, nb) if carrier is a else (nb, na)
    return mine <= COUNTERPART_LEN * theirs


@_per_version
def entities(v: Version) -> dict[str, tuple[int, int]]:
    """Named parties in the content: capitalised words not opening a fragment, and acronyms.

    The language pack decides what is no name (``is_name_word``: pronouns, ``not_names.txt``),
    and in a language that capitalises every noun a capitalised word right after one of its
    ``noun_articles.txt`` ("das Ziel", "keinen Konsens") is a common noun.
    """
    pack = lang.get(v.language or "xx")
    articles = pack.word_list("noun_articles")
    out: dict[str, tuple[int, int]] = {}
    for f in v.statement.content:
        prev, end = "", 0  # the token before, and where it ends
        for i, m in enumerate(_TOKEN.finditer(f.text)):
            w, before, last_word = m.group(), end, prev
            end, prev = m.end(), w
            if len(w) < 2 or not (w.isupper() or w[:1].isupper()):
                continue  # no name: the text and the word before it are read for a capitalised word alone
            # the last non-space character before the token: between two tokens, else the previous token's last
            last = (f.text[before:m.start()].rstrip() or f.text[before - 1])[-1] if i else ""
            opens = i == 0 or last in (".", "!", "?", "«", "„", "“", "\"", ":", "—")
            after_article = last_word.lower() in articles
            if w.isupper() or (w[:1].isupper() and not opens
                               and not after_article and pack.is_name_word(w, False)):
                if w.lower() in _FIRST_PERSON:
                    continue
                out.setdefault(stem(w), (f.start + m.start(), f.start + m.end()))
    return out


def _same_party(a: str, b: str) -> bool:
    """An acronym and a name with its first letter are likely one party ("UE" / "Unii", "РФ" / "Росією")."""
    short, full = sorted((a, b), key=len)
    return len(short) <= 4 and short.isupper() and full[:1].lower() == short[:1].lower()


def quoted_spans(v: Version) -> list[tuple[int, int]]:
    """The parts of the content inside quotation marks (all of it for a direct quote)."""
    return _quoted_spans(v.statement, v.article.text, opened_before=True)


# ----------------------------------------------------------------------------- detection
def _sim(a: Version, b: Version) -> float:
    if a.vector is not None and b.vector is not None:
        return float(a.vector @ b.vector)
    from rapidfuzz import fuzz
    return fuzz.token_set_ratio(latin(a.statement.text), latin(b.statement.text)) / 100.0


#: below this cosine a "counterpart" reports another part of the claim, not the same words
MIN_ALIGN = 0.84


def counterparts(this: Version, others: Sequence[Version]) -> list[Version]:
    """The closest version in each other outlet (primary sources count as their own outlet),
    when it is close enough (``MIN_ALIGN`` with vectors) to be the same passage."""
    best: dict[str, tuple[float, Version]] = {}
    for o in others:
        if o.outlet == this.outlet and not o.article.primary:
            continue
        if o.statement.id == this.statement.id or o.statement.article_id == this.statement.article_id:
            continue
        key = "\x00primary" if o.article.primary else o.outlet
        sc = _sim(this, o)
        if this.vector is not None and o.vector is not None and sc < MIN_ALIGN:
            continue
        if key not in best or sc > best[key][0]:
            best[key] = (sc, o)
    return [v for _, v in sorted(best.values(), key=lambda t: (-t[0], t[1].statement.id))]


def _centrality(v: Version, pool: Sequence[Version]) -> float:
    sims = [_sim(v, o) for o in pool if o.outlet != v.outlet]
    return sum(sims) / len(sims) if sims else 0.0


def _verdict(this: Version, relevant: Sequence[Version], disagree: Sequence[Version],
             pool: Sequence[Version]) -> Version | None:
    """The counterpart to cite when ``this`` is the altered side, else ``None``."""
    if not disagree:
        return None
    primary = [o for o in relevant if o.article.primary]
    if primary:
        return primary[0] if primary[0] in disagree else None
    # counted in voices: copies of one text are one judge, and copies of this version's own text none
    # (a wire and its re-publication disagreeing with a third outlet are one voice against one)
    # a voice whose copies read both ways (one of them is the altered one) is no judge of this one
    own = _voice_of(this)
    n_relevant = len({_voice_of(o) for o in relevant} - {own})
    agree = {_voice_of(o) for o in relevant if o not in disagree}
    against = [o for o in disagree if _voice_of(o) != own and _voice_of(o) not in agree]
    n_against = len({_voice_of(o) for o in against})
    if not against:
        return None
    # the evidence to cite: the text this version copied when it reads otherwise, else another voice
    source = next((o for o in disagree if _voice_of(o) == own), None)
    if n_against * 2 > n_relevant and n_against >= 2:
        return source or _prefer_same_language(this, against)
    if n_relevant == 1 and n_against == 1:
        o = against[0]
        if _centrality(this, pool) < _centrality(o, pool):
            return source or o
    if n_relevant == 2 and n_against == 2:
        return source or _prefer_same_language(this, against)
    return None


def _voice_of(v: Version) -> str:
    """The voice a version speaks for: its family of copies and translations, else its outlet."""
    return v.family or v.outlet


def _judges(this: Version, cps: Sequence[Version]) -> list[Version]:
    """The counterparts that can tell whether a word is missing from ``this``: for a quote, the
    other quotes when there are at least two (a paraphrase of part of the remark — "this would be
    a step to escalation" — neither has nor lacks a hedge of the quoted sentence), else all."""
    if this.quoted:
        quoted = [o for o in cps if o.quoted]
        if len(quoted) >= 2:
            return quoted
    return list(cps)


def _prefer_same_language(this: Version, cands: Sequence[Version]) -> Version:
    same = [o for o in cands if o.language == this.language]
    return (same or list(cands))[0]


def _token_index(v: Version, span: tuple[int, int]) -> int | None:
    return next((i for i, (_, s, e) in enumerate(v.tokens()) if s <= span[0] < e or s >= span[0]), None)


def _in_window(v: Version, span: tuple[int, int], window: tuple[int, int]) -> bool:
    i = _token_index(v, span)
    return i is not None and window[0] <= i < window[1]


def _negation_differs(this: Version, o: Version) -> bool:
    """Polarity differs on what the two versions share.

    Same language: a negator counts only in a sentence the other version carried
    (``negative_in_common``), and the side said to be positive must carry no negator at all
    ("never … / never …" phrased differently is not a change). Across languages the two must be
    close counterparts (``comparable``): a short quote is not compared with a long transcript
    passage whose negated sentence the outlet never carried.
    """
    if not negative(this) and not negative(o):
        return False  # neither holds a negator, a denial frame or a verb of preventing
    if o.language == this.language:
        a, b = negative_in_common(this, o), negative_in_common(o, this)
        if a == b:
            return False
        return not negative(o) if a else not negative(this)
    a, b = negative(this), negative(o)
    return a != b and comparable(this, o, carrier=this if a else o)


def _swapped_party(this: Version, o: Version) -> tuple[str, str] | None:
    """A named party of ``this`` standing where ``o`` names another, in aligned wording.

    Only same-language versions whose aligned windows agree on most words (ratio ≥ 0.6) count,
    and the two names must stand in one place of the alignment (a short replaced run of words
    between matching ones, ``difflib`` opcodes): a capitalised word elsewhere in a longer report
    ("… in the war in Ukraine") or a reworded clause is not a swapped addressee.
    """
    from difflib import SequenceMatcher

    al = align(this, o)
    if al is None or al.ratio < 0.6 or not _covers(al, this, o, 1 / 3):
        return None
    mine, theirs = entities(this), entities(o)
    ta, tb = this.tokens(), o.tokens()
    sa, sb = [stem(w) for w, _, _ in ta], [stem(w) for w, _, _ in tb]
    my_stems, their_stems = set(sa), set(sb)
    ops = SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes()
    before_a = [0] * (len(sa) + 1)  # matched tokens before each index of either side
    before_b = [0] * (len(sb) + 1)
    for op, i1, i2, j1, j2 in ops:
        for i in range(i1, i2):
            before_a[i + 1] = before_a[i] + (op == "equal")
        for j in range(j1, j2):
            before_b[j + 1] = before_b[j] + (op == "equal")
    # a name added beside the shared words and another one beside them in the other version
    # ("our European partners" / "our partners in Washington"): at most one shared word apart. Only
    # where a capital marks a name (not in a language that capitalises every noun), and not for an
    # acronym, which often stands for several words of the other version ("UE" / "Unii Europejskiej")
    loose = not lang.get(this.language or "xx").word_list("noun_articles")
    novel = [i for i, k in enumerate(sa) if loose and k in mine and k not in their_stems
             and al.a_window[0] <= i < al.a_window[1] and not this.article.text[ta[i][1]:ta[i][2]].isupper()]
    gone = [j for j, k in enumerate(sb) if loose and k in theirs and k not in my_stems
            and al.b_window[0] <= j < al.b_window[1] and not o.article.text[tb[j][1]:tb[j][2]].isupper()]
    for i in novel:
        for j in gone:
            if abs(before_a[i] - before_b[j]) <= 1 and not _same_party(
                    this.article.text[slice(*mine[sa[i]])], o.article.text[slice(*theirs[sb[j]])]):
                return sa[i], sb[j]
    for op, i1, i2, j1, j2 in ops:
        if op != "replace":
            continue
        if i2 - i1 <= 3 and j2 - j1 <= 3:
            novel = [k for k in sa[i1:i2] if k in mine and k not in their_stems]
            gone = [k for k in sb[j1:j2] if k in theirs and k not in my_stems]
        else:  # a longer reworded run: only names right after the matching words before it
            novel = [sa[i1]] if sa[i1] in mine and sa[i1] not in their_stems and i1 > 0 else []
            gone = [sb[j1]] if sb[j1] in theirs and sb[j1] not in my_stems and j1 > 0 else []
        if novel and gone and not _same_party(this.article.text[slice(*mine[novel[0]])],
                                              o.article.text[slice(*theirs[gone[0]])]):
            return novel[0], gone[0]
    # one capitalised word for another where both open the quote or a sentence ("Hungary will soon
    # become …" / "Austria will soon become …"), the wording going on the same: a name the capital
    # alone cannot mark there, but the words around it can
    mine_o, theirs_o = _openers(this), _openers(o)
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and sa[i1] in mine_o and sb[j1] in theirs_o \
                and sa[i1] not in their_stems and sb[j1] not in my_stems \
                and k + 1 < len(ops) and ops[k + 1][0] == "equal" and ops[k + 1][2] - ops[k + 1][1] >= 3:
            return sa[i1], sb[j1]
    return None


def _names_a_party(this: Version, swap: tuple[str, str], others: Sequence[Version]) -> bool:
    """Whether a swapped pair of capitalised words names a party. Only a language that capitalises every
    noun (its pack lists ``noun_articles``) asks: one of the two must be a place of the pack
    (``is_place``) or written with a capital by a version in another language ("Ukraine" / «Украина»);
    "Schläge -> Angriffe", "Hilfskonferenz -> Unterstützerkonferenz" are common nouns."""
    pack = lang.get(this.language or "xx")
    if not pack.word_list("noun_articles"):
        return True
    places = {stem(w) for w in pack.word_list("places")}
    if set(swap) & places:
        return True
    foreign = {stem(m.group().lower()) for o in others if o.language != this.language
               for f in o.statement.content for m in _TOKEN.finditer(f.text) if m.group()[:1].isupper()}
    return bool(set(swap) & foreign)


@_per_version
def _openers(v: Version) -> dict[str, tuple[int, int]]:
    """Capitalised words opening the content, a quote or a sentence that may be names (the pack's
    ``is_name_word`` for a sentence-initial word: no pronoun, filler or listed common word), which
    ``entities`` leaves out: stem → span."""
    pack = lang.get(v.language or "xx")
    out: dict[str, tuple[int, int]] = {}
    for f in v.statement.content:
        end = 0
        for i, m in enumerate(_TOKEN.finditer(f.text)):
            w, before = m.group(), end
            end = m.end()
            if not (len(w) > 1 and w[:1].isupper() and not w.isupper()):
                continue  # only a capitalised word can open as a name: the text before it is read for it alone
            if (i == 0 or (f.text[before:m.start()].rstrip() or " ")[-1] in ".!?«„“\":—") \
                    and pack.is_name_word(w, True) and w.lower() not in _FIRST_PERSON:
                out.setdefault(stem(w), (f.start + m.start(), f.start + m.end()))
    return out


def _hedge_in_common(o: Version, this: Version, cls: str) -> bool:
    """``o`` carries the hedge ``cls`` in the part it shares with ``this``."""
    span = hedges(o).get(cls)
    if span is None:
        return False
    if o.language == this.language:
        al = align(o, this)
        # a hedge right at the edge of the shared wording scopes over it ("for now there were …")
        return al is not None and _in_window(o, span, (al.a_window[0] - 2, al.a_window[1] + 2))
    return comparable(o, this, carrier=o)


def siblings(x: Version, claim: Sequence[Version]) -> list[Version]:
    """Other outlets' word-for-word copies of ``x``'s sentence: its ``twins`` when linked (wherever
    grouping put them), else those among the versions of its claim (the same ``copies`` family, same
    language, ``_whole_copy``)."""
    if x.twins is not None:
        return [o for o in x.twins if _whole_copy(x, o)]
    if "siblings" not in x._memo:
        x._memo["siblings"] = [] if x.copies is None else [
            o for o in claim if o is not x and o.copies == x.copies and o.outlet != x.outlet
            and o.language == x.language and _whole_copy(x, o)]
    return x._memo["siblings"]


def link_twins(vs: Sequence[Version]) -> None:
    """Set each version's ``twins``: the versions of other outlets' word-for-word copies of its text
    (the same ``copies`` family and language) that are the same sentence: aligned word for word (0.8)
    over most of the shorter (a copy that put words into the quote still reads its source's sentence).

    Grouping may put one sentence of a text and its copy's identical sentence in two claims (or two
    occasions); an outlet's change to the text it copied is read against that text's sentence
    directly, not against whichever members the copy's claim happens to hold.
    """
    groups: dict[tuple[str, str], list[Version]] = {}
    for v in vs:
        if v.copies is not None:
            groups.setdefault((v.copies, v.language), []).append(v)
        else:
            v.twins = ()
    for group in groups.values():
        for v in group:
            mine = _stem_set(v)
            v.twins = tuple(o for o in group if o.outlet != v.outlet and o.article.id != v.article.id
                            and mine and len(mine & _stem_set(o)) >= 0.8 * min(len(mine), len(_stem_set(o)))
                            and _same_sentence(v, o))


def _same_sentence(a: Version, b: Version) -> bool:
    """``a`` and ``b`` are one sentence of a text: aligned on 0.8 of their aligned windows, and on 0.8 of
    the words of the shorter ("Without the slightest doubt, I have seen that …" / "I have seen that …")."""
    al = align(a, b)
    return al is not None and al.ratio >= 0.8 and len(al.a_matched) >= 0.8 * min(len(a.tokens()), len(b.tokens()))


def _whole_copy(a: Version, b: Version) -> bool:
    """``a`` and ``b`` are one text word for word: aligned on 0.8 of the words of each (a short excerpt
    inside a longer report of the same text is another report, not its copy)."""
    al = align(a, b)
    return al is not None and al.ratio >= 0.8 and len(al.a_matched) >= 0.8 * len(a.tokens()) \
        and len(al.b_matched) >= 0.8 * len(b.tokens())


#: the fewest other copies of a text that, reading alike, show which copy changed it (one copy against
#: the other cannot tell which side changed the text)
COPIES_TO_JUDGE = 2


def departs(x: Version, claim: Sequence[Version], test, translated: bool = True) -> bool:
    """``x`` reads as ``test`` asks and none of the other copies of its text does (``COPIES_TO_JUDGE``
    of them at least, or one whose reading an independent voice in the same words or a close translation
    shares; ``translated=False`` for a modal verb, which translations render either way: «rien ne doit
    être exclu» is "can" in half of them): the outlet changed the text it copied (a number, a name, a
    hedge), so its reading backs no one else's."""
    sib = siblings(x, claim)
    if not sib or any(test(o) for o in sib):
        return False
    if len({o.outlet for o in sib}) >= COPIES_TO_JUDGE:
        return True
    # one other copy: it is the text when an independent voice in the same words (or a close translation
    # of it: "meeting of over 20 heads of state" / «Treffen von über 20 Staats- und Regierungschefs») reads
    # as it does
    same = _same_point if translated else _same_words
    return any(y.family != x.family and y.outlet != x.outlet and not test(y) and same(o, y)
               for o in sib for y in claim)


def _own_stems(x: Version, claim: Sequence[Version]) -> set[str]:
    """The word stems of ``x`` less those that no other outlet's copy of its text carries anywhere
    (``COPIES_TO_JUDGE`` of them at least): words an outlet put into a text it copied are its own, no
    wording the others share."""
    mine = set(_stem_set(x))
    texts = {o.article.id: o.article.text for o in [*claim, *(x.twins or ())] if x.copies is not None
             and o.copies == x.copies and o.outlet != x.outlet and o.language == x.language}
    if len(texts) < COPIES_TO_JUDGE:
        return mine
    return mine & {stem(m.group().lower()) for t in texts.values() for m in _TOKEN.finditer(t)}


def detect(this: Version, others: Sequence[Version], *, claim_speaker: str | None = None,
           claim_venue: str | None = None, remark: Sequence[Version] = ()) -> list[Alteration]:
    """Every alteration of ``this`` against the other versions of its claim.

    Args:
        this: the version under test.
        others: all other versions of the claim (any outlet; the same outlet is skipped).
        claim_speaker: the claim's majority speaker key (for ``speaker``).
        claim_venue: the claim's majority venue key (for ``addressee`` by venue).
        remark: versions outside the claim that may report the same remark (the occasion's other
            claims): a copy judged against the text it copied asks them too (``against_source``),
            so that its verdict does not hang on which claim grouping gave the voices of the remark.
    """
    cps = counterparts(this, others)
    pool = [this, *cps]
    out: list[Alteration] = []
    voices = independent(this, others)
    claim = [this, *others]
    # the voices of the remark wherever grouped: this claim's, and those of the occasion's other claims
    # that are close to this version (``MIN_ALIGN``)
    wide = voices + [x for x in independent(this, remark) if this.vector is not None and x.vector is not None
                     and float(this.vector @ x.vector) >= MIN_ALIGN]

    def backed(test, among: Sequence[Version] = voices, translated: bool = True) -> bool:
        """Another voice reports the claim as this version does: a variant, not an alteration. A copy
        whose reading none of the other copies of its text share (``departs``) changed that text: its
        reading is its own change, no second voice for this one."""
        return any(test(x) and not departs(x, claim, test, translated) for x in among)

    # the closest versions of all: other outlets' copies of this version's own text, word for word
    sources = [o for o in cps if this.copies is not None and o.copies == this.copies
               and o.language == this.language and (al := align(this, o)) is not None and al.ratio >= 0.8]

    def against_source(differs, mine, theirs, translated: bool = True) -> Version | None:
        """The copy of this version's own text that it departs from (``differs``), when another
        voice reports it as that copy does (``theirs(copy, voice)``) and none as this one does
        (``mine(voice)``): the outlet changed the text it published. Or, with no such voice, when
        two or more other outlets published that text word for word as it reads there and none as
        this one reads: each re-published the text, so the one that departs from them changed it.
        With neither, nothing is flagged (one copy against another cannot tell which side changed), nor
        when another copy of the text reads as this one does (the copy that departs changed it)."""
        if backed(mine, wide, translated) or any(not differs(src) for src in sources):
            return None
        for src in sources:
            if differs(src) and any(theirs(src, x) for x in wide):
                return src
        departs = [src for src in sources if differs(src)]
        if len({o.outlet for o in departs}) >= 2 and not any(mine(o) for o in sources):
            return departs[0]
        return None

    close_passages = {id(o) for o in cps}

    def speaks(v: Version, x: Version) -> bool:
        """``x`` reports the passage ``v`` reports: most of its words in ``v``'s language, else a close
        counterpart of this version (``MIN_ALIGN``) that is a close translation (``comparable``): it
        shows which side of a copy and its text added a hedge when no voice in their language quotes
        the sentence ("the positions are apparently far apart" / «позиції дуже далекі»)."""
        if _same_words(v, x):
            return True
        if id(x) not in close_passages:
            return False
        if x.language != v.language:
            return comparable(v, x)
        al = align(v, x)  # a close counterpart in the same words for a third of the shorter at least
        return al is not None and al.ratio >= 0.5 and _covers(al, v, x, 1 / 3)

    def add(kind: str, this_span, other: Version, other_span, note: str) -> None:
        out.append(Alteration(kind, tuple(this_span), other.statement.article_id, tuple(other_span), note))

    if cps:
        # negation (where no version is negative, none differs from another: ``_negation_differs``)
        o = None
        if negative(this) or any(negative(x) for x in cps):
            relevant = [o for o in cps if o.language == this.language
                        or comparable(this, o, carrier=this if negative(this) else o)]
            disagree = [o for o in relevant if _negation_differs(this, o)]
            o = _verdict(this, relevant, disagree, pool)
            if o is not None and backed(lambda x: _same_words(this, x)
                                        and not _negation_differs(this, x)):
                o = None
            if o is None:  # a voice in the same words, or a close translation, reads as the text it copied
                o = against_source(lambda src: _negation_differs(this, src),
                                   lambda x: _same_words(this, x) and not _negation_differs(this, x),
                                   lambda src, x: _same_point(src, x) and not _negation_differs(src, x))
        if o is not None:
            neg = negative_in_common(this, o) if o.language == this.language else negative(this)
            mine, theirs = negators(this), negators(o)
            add("negation", (mine or [this.span])[0], o, (theirs or [denial_frame(o) or o.span])[0],
                "negation added" if neg else "negation dropped")
        # number
        mine_n = numbers(this)
        if mine_n:
            relevant = [o for o in cps if numbers(o) and comparable(this, o)]
            disagree = [o for o in relevant if not set(numbers(o)) & set(mine_n)]
            o = _verdict(this, relevant, disagree, pool)
            if o is not None and backed(lambda x: set(numbers(x)) & set(mine_n)):
                o = None
            if o is None:
                o = against_source(lambda src: numbers(src) and not set(numbers(src)) & set(mine_n),
                                   lambda x: set(numbers(x)) & set(mine_n),
                                   lambda src, x: set(numbers(x)) & set(numbers(src)))
            if o is not None:
                theirs = numbers(o)
                a, b = next(iter(mine_n)), next(iter(theirs))
                add("number", mine_n[a], o, theirs[b], f"{_fmt(b)} -> {_fmt(a)}")
        # date
        mine_d = dates(this)
        for part, label in (("y", "year"), ("m", "month"), ("d", "day")):
            if not mine_d[part]:
                continue
            relevant = [o for o in cps if dates(o)[part] and comparable(this, o)]
            disagree = [o for o in relevant if not set(dates(o)[part]) & set(mine_d[part])]
            o = _verdict(this, relevant, disagree, pool)
            if o is not None and backed(lambda x: set(dates(x)[part]) & set(mine_d[part])):
                o = None
            if o is None:
                o = against_source(lambda src: dates(src)[part] and not set(dates(src)[part]) & set(mine_d[part]),
                                   lambda x: set(dates(x)[part]) & set(mine_d[part]),
                                   lambda src, x: set(dates(x)[part]) & set(dates(src)[part]))
            if o is not None:
                theirs = dates(o)[part]
                a, b = next(iter(mine_d[part])), next(iter(theirs))
                add("date", mine_d[part][a], o, theirs[b], f"{label} {b} -> {a}")
                break
        # qualifier (dropped hedge)
        mine_h = hedges(this)
        cls_counts = Counter(c for o in cps for c in hedges(o))
        for cls in sorted(cls_counts):
            if cls in mine_h:
                continue
            having = [o for o in cps if _hedge_in_common(o, this, cls)]
            # hedge words do not translate one to one ("over 20" / "über 20", «около» / "about"): a
            # hedge is dropped only where a version in this one's language carries it
            o = _verdict(this, _judges(this, cps), having, pool) \
                if any(h.language == this.language for h in having) else None
            lacks = (lambda x: x.language == this.language and x.quoted == this.quoted  # noqa: E731
                     and cls not in hedges(x) and _same_words(this, x))
            if o is not None and backed(lacks):
                o = None
            if o is None:
                o = against_source(lambda src: _hedge_in_common(src, this, cls), lacks,
                                   lambda src, x: _same_words(src, x) and cls in hedges(x))
            if o is not None:
                add("qualifier", (quoted_spans(this) or [this.span])[0], o, hedges(o)[cls],
                    f"'{o.article.text[slice(*hedges(o)[cls])]}' ({cls}) dropped")
        # qualifier (an added hedge of certainty: "apparently", "perhaps", «возможно» that the others
        # do not carry; "only" and "even" are too often the outlet's own emphasis to count when added)
        close = _same_wording(this, cps)
        for cls in sorted(mine_h):
            o = None
            if cls not in cls_counts and cls in ADDED_HEDGES:
                lacking = [o for o in close if cls not in hedges(o)]
                o = _verdict(this, close, lacking, pool) if len(close) >= 1 else None
            if o is not None and backed(lambda x: cls in hedges(x)):
                o = None
            if o is None:  # any hedge added to the text the outlet copied
                o = against_source(lambda src: cls not in hedges(src),
                                   lambda x: speaks(this, x) and cls in hedges(x),
                                   lambda src, x: speaks(src, x) and cls not in hedges(x))
            if o is not None:
                add("qualifier", mine_h[cls], o, o.span,
                    f"'{this.article.text[slice(*mine_h[cls])]}' ({cls}) added")
        # modal shift: should → can, должен → может (the packs' modals.txt), as a qualifier change
        mine_m = modals(this)
        if mine_m:
            # judges: versions of the same wording in this language, and close translations of the
            # passage (``comparable``) on the modal classes every language marks (``_modal_classes``)
            judges = [o for o in close if modals(o)]
            if _modal_classes(this, True):
                judges += [o for o in cps if o.language != this.language and _modal_classes(o, True)
                           and comparable(this, o)]
            # a shift: a modal class this version has and the other lacks, and one the other has and
            # this one lacks ("we will do what we must" → "what we may": the shared "will" does not hide it)
            differ = [o for o in judges if _modal_shift(this, o)]
            o = _verdict(this, judges, differ, pool) if len(judges) >= 1 else None
            if o is not None and backed(lambda x: (_same_words(this, x) and modals(x)
                                                   or x.language != this.language and _modal_classes(x, True)
                                                   and comparable(this, x)) and not _modal_shift(this, x),
                                        translated=False):
                o = None
            if o is None:  # against its own text: a modal verb that stands where the copy has another
                o = against_source(lambda src: _modal_shift(this, src),
                                   lambda x: _same_words(this, x) and set(mine_m) - set(modals(x)) == set(),
                                   lambda src, x: _same_words(src, x) and not set(modals(src)) - set(modals(x)),
                                   translated=False)
            if o is not None:
                theirs_m, across = modals(o), o.language != this.language
                # the classes that differ, as compared (across languages: those that translate)
                def as_compared(c: str) -> str | None:
                    return CROSS_MODALS.get(c) if across else c
                only_mine = [c for c in sorted(mine_m) if as_compared(c) not in _modal_classes(o, across) | {None}]
                only_theirs = [c for c in sorted(theirs_m)
                               if as_compared(c) not in _modal_classes(this, across) | {None}]
                a = (only_mine or sorted(mine_m))[0]
                b = (only_theirs or sorted(theirs_m))[0]
                add("qualifier", mine_m[a], o, theirs_m[b], f"modal shift: {b} -> {a}")
        # addressee: a named party swapped, in aligned same-language wording
        same = [o for o in cps if o.language == this.language and (entities(o) or _openers(o))]
        if (entities(this) or _openers(this)) and same:
            swaps = {id(o): _swapped_party(this, o) for o in same}
            relevant = [o for o in same if (al := align(this, o)) is not None and al.ratio >= 0.6
                        and _covers(al, this, o, 1 / 3)]
            disagree = [o for o in relevant if swaps[id(o)]]
            o = _verdict(this, relevant, disagree, pool)
            if o is not None and backed(lambda x: x.language == this.language
                                        and swaps[id(o)][0] in {stem(w) for w, _, _ in x.tokens()}):
                o = None
            if o is None:  # against its own text: the party that the copies of it name in its place
                for src in sources:
                    sw = swaps.get(id(src)) or _swapped_party(this, src)
                    if sw and against_source(lambda c, sw=sw: (swaps.get(id(c)) or _swapped_party(this, c)) == sw,
                                             lambda x, sw=sw: sw[0] in _stem_set(x),
                                             lambda c, x, sw=sw: sw[1] in _stem_set(x)) is not None:
                        o, swaps[id(src)] = src, sw
                        break
            if o is not None and not _names_a_party(this, swaps[id(o)], others):
                o = None
            if o is not None:
                novel, gone = swaps[id(o)]
                mine_e, theirs_e = {**_openers(this), **entities(this)}, {**_openers(o), **entities(o)}
                add("addressee", mine_e[novel], o, theirs_e[gone],
                    f"{o.article.text[slice(*theirs_e[gone])]} -> {this.article.text[slice(*mine_e[novel])]}")
    # the reporting words around the content ("said on Feb. 26 that", "premier Francji"): only a copy
    # of the same text shares them, so a copy is judged there against the text it copied
    for src in sources:
        change = _frame_change(this, src, voices, claim, wide)
        if change is not None and not any(a.kind == change[0] for a in out):
            add(change[0], change[1], src, change[2], change[3])
            break
    # the sentence names someone else where the text it copied names the speaker (whoever extraction
    # then took for the speaker: "», a déclaré Macron" → "», a déclaré Scholz")
    if claim_speaker and not any(a.kind == "speaker" for a in out):
        for src in sources:
            change = _renamed_speaker(this, src, claim_speaker, wide)
            if change is not None:
                add("speaker", change[0], src, change[1], change[2])
                break
    # addressee: a venue that differs from the claim's
    mine_v = venue_key(this.statement.venue_name)
    if mine_v and claim_venue and mine_v != claim_venue and this.statement.venue is not None \
            and _named(this.statement.venue_name) and not _names_venue(this.article, claim_venue):
        ref = next((o for o in others if venue_key(o.statement.venue_name) == claim_venue
                    and o.statement.venue is not None and _named(o.statement.venue_name)), None)
        if ref is not None:
            add("addressee", this.statement.venue.as_list(), ref, ref.statement.venue.as_list(),
                f"venue {ref.statement.venue_name} -> {this.statement.venue_name}")
    # speaker
    if claim_speaker and this.speaker_key and this.speaker_key != claim_speaker:
        ref = next((o for o in [*cps, *others] if o.speaker_key == claim_speaker), None)
        if ref is not None and not _same_name(this, ref) and not backed(lambda x: x.speaker_key == this.speaker_key):
            sp = this.statement.speaker
            rsp = ref.statement.speaker
            add("speaker", sp.as_list() if sp else this.span, ref, rsp.as_list() if rsp else ref.span,
                f"attributed to {this.statement.person_name or this.statement.speaker_name or '?'} instead of "
                f"{ref.statement.person_name or ref.statement.speaker_name or '?'}")
    # added words inside the quotation marks
    if this.quoted:
        same_all = [o for o in others if o.language == this.language and o.outlet != this.outlet]
        if any(o.quoted or o.article.primary for o in same_all):
            vocab = {k for o in same_all for k in _own_stems(o, claim)}
            inside = quoted_spans(this)
            toks = this.tokens()
            keep = _within_reference(this, [o for o in same_all if o.quoted or o.article.primary])
            # cognates and names that versions in other languages carry ("Беларуси" ~ "Belarus")
            # and hedges most versions carry are not added words (the others did not drop them)
            foreign = [o for o in others if o.language != this.language and o.outlet != this.outlet]
            cognates = {stem(w) for o in foreign for w, _, _ in o.tokens() if len(w) > 3}
            shared_hedges = {c for c in HEDGE_CLASSES if sum(c in hedges(o) for o in others) * 2 > len(others)}
            novel = [(w, s, e) for i, (w, s, e) in enumerate(toks)
                     if i in keep and any(a <= s < b for a, b in inside) and stem(w) not in vocab
                     and not (len(w) > 3 and stem(w) in cognates)
                     and not any(c in lexicon(this.language).hedges
                                 and lexicon(this.language).hedges[c].fullmatch(w) for c in shared_hedges)]
            named = set(entities(this))
            content_words = [w for w, _, _ in novel
                             if w not in STOPWORDS and w not in _PARTICLES and stem(w) not in named]
            # a swapped name is an addressee change, not added words; words added inside a quote
            # are an insertion into wording the others share (one or two runs, at most half of it):
            # a quote most of whose words no other version has is another passage, not an insertion
            index = {s: i for i, (_, s, _) in enumerate(toks)}
            runs = sum(1 for k, (_, s, _) in enumerate(novel) if k == 0 or index[s] != index[novel[k - 1][1]] + 1)
            if len(novel) >= 2 and content_words and runs <= 2 and len(novel) * 2 <= len(keep):
                ref = max((o for o in same_all if o.quoted or o.article.primary), key=lambda o: _sim(this, o))
                words_ = " ".join(w for w, _, _ in novel)
                # the new words are a modal verb standing where the reference has one of another class
                # ("cannot make peace" → "should not make peace"): a modal shift, not added words
                table = lexicon(this.language).modals
                classes = {table[w] for w in content_words if w in table}
                gone = sorted(set(modals(ref)) - classes)
                if all(w in table for w in content_words) and gone:
                    if not any(a.kind == "qualifier" and a.note.startswith("modal shift") for a in out):
                        w, s, e = next(t for t in novel if t[0] in table)
                        add("qualifier", (s, e), ref, modals(ref)[gone[0]], f"modal shift: {gone[0]} -> {table[w]}")
                else:
                    add("added_words", (novel[0][1], novel[-1][2]), ref, ref.span, f"added inside the quote: {words_}")
    return out


#: the most words between a speaker mention and the content that still read as one reporting clause
FRAME_GAP = 8


@_per_version
def frame_tokens(v: Version) -> list[tuple[str, int, int]]:
    """Word tokens of the reporting words: the speaker mention ("premier Francji Emmanuel Macron")
    and the words between it and the content ("said on Feb. 26"), with article offsets. A longer
    gap holds other reports of the sentence, so only the mention counts there."""
    st, text = v.statement, v.article.text
    if st.speaker is None or not st.content:
        return []
    lo, hi = st.speaker.start, st.speaker.end
    first, last = min(f.start for f in st.content), max(f.end for f in st.content)
    gap = (hi, first) if hi <= first else (last, lo) if last <= lo else None
    out = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]
    if gap is not None:
        between = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, *gap)]
        if len(between) <= FRAME_GAP:
            out = sorted(out + between, key=lambda t: t[1])
    if gap is not None and last <= lo:
        # a reporting clause after the content goes on past the name ("…", a déclaré Emmanuel Macron
        # lundi 26 février au soir, tout en …): its first words, up to the clause's end, date the report
        stop = _CLAUSE_END.search(text, hi)
        out += [(m.group(), m.start(), m.end())
                for m in _TOKEN.finditer(text, hi, stop.start() if stop else len(text))][:FRAME_GAP]
    return out


_CLAUSE_END = re.compile(r"[.!?;:\n«»“”\"„]")


def _polarity(v: Version) -> bool:
    """Whether a report reads negated: an odd count of negators in its reporting words and content."""
    lex = lexicon(v.language)
    return (sum(_is_negator(w.lower(), lex) for w, _, _ in frame_tokens(v)) + len(negators(v))) % 2 == 1


@functools.lru_cache(maxsize=4096)
def _frame_keys(text: str, code: str) -> frozenset[str]:
    """What an article says that a frame change can touch: digits, months (by number, so across
    languages), name stems."""
    lex = lexicon(code)
    out: set[str] = set()
    words = [m.group() for m in _TOKEN.finditer(text)]
    for i, word in enumerate(words):
        w = word.lower()
        if w.isdigit():
            out.add(w)
        elif w in lex.months:
            out.add(f"month {lex.months[w]}")
            out.update(f"date {lex.months[w]}-{d}" for d in _days_beside(words, i))
        elif word[:1].isupper():
            out.add(stem(w))
            if i + 1 < len(words):
                out.add(f"{stem(w)} {stem(words[i + 1].lower())}")
    return frozenset(out)


def _voice_keys(x: Version, claim: Sequence[Version]) -> frozenset[str]:
    """The frame keys of a voice's article (``_frame_keys``) less those none of the other outlets' copies
    of its text carry (``COPIES_TO_JUDGE`` of them at least): a month or name an outlet put into the
    text it copied is its own change ("lundi 26 février" → "26 mars" in two copies of two texts), no
    second voice for another copy's same change."""
    keys = _frame_keys(x.article.text, x.language)
    sib = siblings(x, claim)
    if len({o.outlet for o in sib}) < COPIES_TO_JUDGE:
        return keys
    return keys & frozenset().union(*(_frame_keys(o.article.text, o.language) for o in sib))


def _month_only(k: str) -> str:
    """"date 2-26" → "month 2" (a month key without its day)."""
    return "month " + k.split()[1].split("-")[0]


def _days_beside(words: Sequence[str], i: int) -> list[int]:
    """The day numbers right before or after the month at ``i`` ("26 février", "Feb. 26")."""
    return [int(words[j]) for j in (i - 1, i + 1) if 0 <= j < len(words) and words[j].isdigit()
            and 1 <= int(words[j]) <= 31]


def _frame_change(this: Version, src: Version, voices: Sequence[Version],
                  claim: Sequence[Version] = (), remark: Sequence[Version] | None = None) -> tuple | None:
    """A change of this copy's reporting words against the text it copied (``src``, word for word):
    ``(kind, my span, their span, note)``. Only copies of one text share reporting words, and one copy
    against another cannot tell which side changed, so the other voices of the claim decide.

    A number, month or name for another counts when an article of another independent voice carries
    the copied text's and none this copy's ("said on Feb. 26" → "Feb. 43"); the swapped name of the
    speaker is a ``speaker`` change, another name an ``addressee`` one ("premier Francji" → "premier
    Hiszpanii"), a day or year for another a ``date``. A negator added or dropped counts when every
    other voice reads with the copied text's polarity ("it was decided" → "it was not decided").
    ``remark``: the voices whose articles back a number, month or name (the remark's, wherever grouped;
    else ``voices``); ``claim``: the versions whose copies show which reading a voice made its own."""
    from difflib import SequenceMatcher

    mine, theirs = frame_tokens(this), frame_tokens(src)
    if not mine or not theirs:
        return None
    lex, pack = lexicon(this.language), lang.get(this.language or "xx")
    backing: set[str] = set()
    for x in voices if remark is None else remark:
        backing |= _voice_keys(x, claim)
    speaker = {stem(w.lower()) for w in re.findall(r"\w+", src.statement.person_name or "")}

    def key(toks: list[tuple[str, int, int]], i: int) -> tuple[str, str] | None:
        """What a frame word says: a number, a month (with its day where one stands beside it: a
        voice's "March" elsewhere in its article does not back "26 mars" where the others say
        "26 février"; where no voice gives the day, the months alone are compared), a name stem."""
        w = toks[i][0]
        lw = w.lower()
        if lw.isdigit():
            return ("digit", lw)
        if lw in lex.months:
            days = _days_beside([t[0] for t in toks], i)
            return ("month", f"date {lex.months[lw]}-{days[0]}" if days else f"month {lex.months[lw]}")
        if w[:1].isupper() and len(w) > 1 and pack.is_name_word(w, False):
            return ("name", stem(lw))
        return None

    sa, sb = [w.lower() for w, _, _ in mine], [w.lower() for w, _, _ in theirs]
    for op, i1, i2, j1, j2 in SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        added, dropped = sa[i1:i2], sb[j1:j2]
        if op in ("insert", "delete") and len(added or dropped) == 1 \
                and _is_negator((added or dropped)[0], lex):
            # "it was decided" → "it was not decided": the polarity of the whole report against the
            # voices', counted as negators in the reporting words and the content
            if any(_polarity(x) != _polarity(src) for x in voices) or not any(
                    _polarity(x) == _polarity(src) for x in voices):
                continue
            at = (mine[i1] if added else mine[min(i1, len(mine) - 1)])[1:]
            return ("negation", at, (theirs[j1] if dropped else theirs[min(j1, len(theirs) - 1)])[1:],
                    f"negation {'added' if added else 'dropped'} (reporting words)")
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        a, b = key(mine, i1), key(theirs, j1)
        if a is None or b is None or a[0] != b[0] or a[1] == b[1]:
            continue
        if a[0] == "month" and b[1] not in backing:  # no voice dates it by the day: read the months alone
            a, b = ("month", _month_only(a[1])), ("month", _month_only(b[1]))
        gone_name = b[1]
        if a[0] == "name" and i1 + 1 < len(mine) and j1 + 1 < len(theirs):
            # a name with the word after it ("Frankreichs Präsident" → "Italiens Präsident"): a voice
            # naming Italy elsewhere in its article does not back "Italiens Präsident"
            ctx_a, ctx_b = f"{a[1]} {stem(sa[i1 + 1])}", f"{b[1]} {stem(sb[j1 + 1])}"
            if ctx_b in backing:
                a, b = ("name", ctx_a), ("name", ctx_b)
        if a[1] in backing or b[1] not in backing:
            continue  # another voice reads as this copy does, or none as the text it copied
        if a[0] == "name":
            kind = "speaker" if gone_name in speaker else "addressee"
        elif a[0] == "month":
            kind = "date"
        else:
            near_month = any(0 <= k < len(sa) and sa[k] in lex.months for k in (i1 - 1, i1 + 1))
            day = lambda d: 1 <= int(d) <= 31 and near_month  # noqa: E731
            year = lambda d: len(d) == 4 and 1900 <= int(d) <= 2100  # noqa: E731
            kind = "date" if day(a[1]) and day(b[1]) or year(a[1]) and year(b[1]) else "number"
        return (kind, mine[i1][1:], theirs[j1][1:], f"{theirs[j1][0]} -> {mine[i1][0]} (reporting words)")
    return None


@functools.lru_cache(maxsize=256)
def _sentence_spans(text: str, code: str) -> tuple[tuple[int, int], ...]:
    return tuple((sp.start, sp.end) for sp in lang.get(code or "xx").sentences(text))


def sentence_tokens(v: Version) -> list[tuple[str, int, int]]:
    """Word tokens of the sentences the statement stands in (its reporting words wherever they are:
    "« … », a déclaré Scholz, qui sera …" after a quote whose statement holds only the quote)."""
    st, text = v.statement, v.article.text
    spans = [(a, b) for a, b in _sentence_spans(text, v.language or "xx") if a < st.end and st.start < b]
    lo, hi = (spans[0][0], spans[-1][1]) if spans else (st.start, st.end)
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]


def _name_stems(name: str) -> set[str]:
    return {stem(latin(w).lower()) for w in re.findall(r"\w+", name or "") if len(w) > 1}


def _renamed_speaker(this: Version, src: Version, claim_speaker: str,
                     voices: Sequence[Version]) -> tuple | None:
    """The copy's sentence names another person where the text it copied (``src``, word for word)
    names the claim's speaker: ``(my span, their span, note)``. The name is read in the sentence, not
    in the statement's speaker mention (extraction may take the speaker from another sentence and keep
    the old one). Not when a voice of the remark gives its words to that other person (the outlets
    disagree on who said it: the speaker rule's matter), nor for another form of the speaker's name."""
    from difflib import SequenceMatcher

    if src.speaker_key != claim_speaker:
        return None
    speaker = _name_stems(src.statement.person_name or "") | _name_stems(src.statement.speaker_name or "")
    if not speaker:
        return None
    mine, theirs = sentence_tokens(this), sentence_tokens(src)
    pack = lang.get(this.language or "xx")
    sa = [stem(latin(w).lower()) for w, _, _ in mine]
    sb = [stem(latin(w).lower()) for w, _, _ in theirs]
    for op, i1, i2, j1, j2 in SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
        if op != "replace" or not 1 <= i2 - i1 <= 3 or not 1 <= j2 - j1 <= 3:
            continue
        added, dropped = mine[i1:i2], theirs[j1:j2]
        if not set(sb[j1:j2]) & speaker or set(sa[i1:i2]) & speaker:
            continue
        if not all(pack.is_name_word(w, False) and not pack.is_place(w) for w, _, _ in added):
            continue
        if not all(w[:1].isupper() for w, _, _ in dropped):
            continue
        new = set(sa[i1:i2])
        if any(new & (_name_stems(x.statement.person_name or "") | _name_stems(x.statement.speaker_name or ""))
               for x in voices):
            continue
        return ((added[0][1], added[-1][2]), (dropped[0][1], dropped[-1][2]),
                f"{' '.join(w for w, _, _ in dropped)} -> {' '.join(w for w, _, _ in added)} "
                f"(the sentence names another speaker)")
    return None


#: modal classes compared across languages, permission read as possibility ("may" / «можно»): a
#: future or a wish ("will", "would") is an auxiliary in one language and a plain verb form in another
CROSS_MODALS = {"obligation": "obligation", "necessity": "obligation", "possibility": "possibility",
                "permission": "possibility"}


def _modal_classes(v: Version, across: bool) -> set[str]:
    """The modal classes of ``v``; ``across``: only those that translate (``CROSS_MODALS``)."""
    if not across:
        return set(modals(v))
    return {CROSS_MODALS[c] for c in modals(v) if c in CROSS_MODALS}


def _modal_shift(a: Version, b: Version) -> bool:
    """A modal class ``a`` has and ``b`` lacks, and one ``b`` has and ``a`` lacks (should → can): a
    modal verb both share ("we will do what we must" / "… what we may") does not hide the shift.
    Across languages only the classes that translate count (``CROSS_MODALS``)."""
    across = a.language != b.language
    mine, theirs = _modal_classes(a, across), _modal_classes(b, across)
    return bool(mine - theirs and theirs - mine)


def _same_words(a: Version, b: Version) -> bool:
    """Same language and most words in common (Jaccard of stems ≥ 0.5): ``b`` speaks to each
    point ``a`` makes, so it can back ``a``'s polarity, modal verb or missing hedge."""
    mine, theirs = _stem_set(a), _stem_set(b)
    return a.language == b.language and bool(mine and theirs) and len(mine & theirs) / len(mine | theirs) >= 0.5


def _same_point(a: Version, b: Version) -> bool:
    """``b`` speaks to what ``a`` says: most words in common in ``a``'s language (``_same_words``), or a
    close translation (``comparable``) in another."""
    return _same_words(a, b) or a.language != b.language and comparable(a, b)


def independent(this: Version, others: Sequence[Version]) -> list[Version]:
    """The versions of other voices: other outlets, not copies of this version's text (``family``).

    Every rule asks, before it flags ``this``, whether one of them reports the claim as ``this``
    does (the same number, modal verb, polarity, hedge, party or speaker): then the wording is a
    variant that two voices share — a translation choice, an ambiguous original — not a change one
    outlet made. A change an outlet made is its own.
    """
    return [o for o in others if o.outlet != this.outlet and o.statement.article_id != this.statement.article_id
            and not (this.family is not None and o.family == this.family)]


def _named(venue: str | None) -> bool:
    """A venue with a name ("BBC", "Russia 1"), not a kind of event ("meeting", «konferencji
    prasowej»): two kinds of event are two descriptions of one occasion, not two addressees."""
    return bool(venue) and any(w[:1].isupper() or w[:1].isdigit() for w in venue.split())


def _names_venue(article: Article, key: str) -> bool:
    """Whether the article itself names the venue ``key`` (in any spelling the aliases know).

    An article that names both venues reports both occasions; a statement of it tied to the
    other venue is a doubtful venue attribution, not a changed addressee.
    """
    flat = re.sub(r"[^a-z0-9]", "", latin(article.text))
    return any(form in flat for form in venue_spellings(key) if len(form) >= 3)


def _same_name(a: Version, b: Version) -> bool:
    """Two spellings of one person's name (a duplicate person record), not two speakers."""
    from ..align.claims import key_for

    na = a.statement.person_name or a.statement.speaker_name
    nb = b.statement.person_name or b.statement.speaker_name
    return bool(na and nb) and key_for(None, na) == key_for(None, nb)


_BREAK = re.compile(r"[.!?…]")


def _within_reference(this: Version, refs: Sequence[Version]) -> set[int]:
    """Token indexes of ``this`` except whole sentences beyond what the closest reference quotes.

    A longer quote that goes on for more sentences than the others carried is a longer excerpt,
    not words added inside the quote; words after (or before) the aligned part in the SAME
    sentence ("…as Russian — not today and not ever") stay in.
    """
    toks = this.tokens()
    everything = set(range(len(toks)))
    if not refs or not toks:
        return everything
    ref = max(refs, key=lambda o: _sim(this, o))
    al = align(this, ref)
    if al is None:
        return everything
    lo, hi = al.a_window
    text = this.article.text
    keep = set(range(lo, hi))
    if hi < len(toks) and not _BREAK.search(text[toks[hi - 1][2]:toks[hi][1]]):
        keep |= set(range(hi, len(toks)))
    if lo > 0 and not _BREAK.search(text[toks[lo - 1][2]:toks[lo][1]]):
        keep |= set(range(0, lo))
    return keep


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


__all__ = ["HEDGE_CLASSES", "lexicon", "Alignment", "Version", "align", "comparable", "counterparts", "dates", "denial_frame", "detect", "entities",
           "hedges", "independent", "link_twins", "negative", "negators", "numbers", "quoted_spans"]
