"""Group statements that report one utterance of one speaker into claims.

Reads: statements (with ``person_id`` or ``speaker_name``), their articles' dates, and a
vector per statement (``align.embed``). Writes: nothing itself; returns ``Assignment`` rows
for ``Store.assign_claims`` and ``Claim`` objects with their centroids.
Depends on: ``align.embed`` (vectors), rapidfuzz (lexical evidence).

How a statement joins a claim (``ClaimIndex.add``), in order of publication:

1. **Blocking.** Only claims of the same speaker (``person_id``, else the normalised
   ``speaker_name``) whose first report lies within ``window_days`` are candidates, so the
   work grows with the size of a speaker's week, not with the corpus.
2. **Score.** ``0.5·cos(v, centroid) + 0.5·max cos(v, member)``, plus a small lexical bonus
   (same-script word overlap and shared numbers, for names and figures that embeddings blur),
   plus ``venue_bonus`` when both name the same venue or minus ``venue_penalty`` when they name
   different ones (a changed addressee is still the same claim, so this never forbids a join).
3. **Decision.** The best candidate at or above the backend's calibrated ``same_claim``
   threshold wins; otherwise the statement seeds a new claim whose id derives from its own id,
   so re-running over the same statements yields the same ids, and new statements added later
   join existing claims without renaming them. Quote to quote first: a passage whose quote
   matches another article's quote in a claim at ``quote_match`` takes that claim before any
   paraphrase match (``ClaimIndex._quote_match``).
4. **Cross-speaker pass** (``ClaimIndex.reattribute``): a statement left alone in its own
   claim that matches another speaker's claim in the window at ``cross_speaker`` or above is
   moved there — the same words attributed to someone else (a changed-speaker alteration).
5. **Speaker from the article** (``ClaimIndex.adopt``): a weakly attributed statement (no
   resolved person, or a mention like a dateline) whose content matches a claim of a person
   the same article quotes joins that claim.

Every assignment keeps its evidence as a rule string, e.g.
``"e5=0.93 lex=0.40 same-person +0d venue=BBC score=0.95"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as _date
from typing import Iterable, Mapping, Sequence

import numpy as np
from rapidfuzz import fuzz

from ..model import Article, Claim, Kind, Statement, stable_id
from .embed import latin, normalise
from .occasions import venue_key

_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "prime", "gospodin", "pan", "pani", "herr", "frau"}
_NUM = re.compile(r"\d+(?:[.,]\d+)?")
_QUOTED = (Kind.DIRECT, Kind.MIXED)


class Options:
    """Grouping options (keyword-only); thresholds default to the embedder's calibration."""

    __slots__ = ("window_days", "same_claim", "cross_speaker", "venue_bonus", "venue_penalty",
                 "lexical_weight", "merge", "same_language_lex", "same_language_penalty", "adopt",
                 "quote_match")

    def __init__(self, *, window_days: int = 2, same_claim: float | None = None,
                 cross_speaker: float | None = None, venue_bonus: float = 0.02,
                 venue_penalty: float = 0.06, lexical_weight: float = 0.04, merge: float | None = None,
                 same_language_lex: float = 0.55, same_language_penalty: float = 0.05,
                 adopt: bool = True, quote_match: float | None = None) -> None:
        self.window_days = window_days
        self.same_claim = same_claim
        self.cross_speaker = cross_speaker
        self.venue_bonus = venue_bonus
        self.venue_penalty = venue_penalty
        self.lexical_weight = lexical_weight
        self.merge = merge
        self.same_language_lex = same_language_lex
        self.same_language_penalty = same_language_penalty
        self.adopt = adopt
        self.quote_match = quote_match


def speaker_key(s: Statement) -> str | None:
    """The blocking key: the resolved person, else the speaker's name reduced to a surname stem.

    The name fallback transliterates to Latin and keeps six letters of the last word that is
    not a title, so "Mr Lukashenko", "Лукашенко" and "Lukashenka" share a key.
    """
    return key_for(s.person_id, s.speaker_name or (s.speaker.text if s.speaker else None))


def key_for(person_id: str | None, name: str | None) -> str | None:
    """``speaker_key`` from the raw fields (a person id, else a speaker name or mention)."""
    if person_id:
        return person_id
    if not name:
        return None
    toks = [t for t in re.findall(r"[a-z]+", latin(name)) if t not in _TITLES and t not in {"the"}]
    if not toks:
        return None
    return "name:" + _fold(toks[-1])[:6]


def weak_attribution(s: Statement) -> bool:
    """No resolved person, or a one-word capitalised mention that is not the person's name.

    "MOSCOW" (a dateline), "МГИМО" (the venue) or "Кремля" taken for the speaker are weak;
    pronouns and descriptions ("he", "the Belarusian leader") resolved by coreference are not.
    """
    return weak_mention(s.person_id, s.speaker.text if s.speaker else s.speaker_name, s.person_name)


def weak_mention(person_id: str | None, mention: str | None, person_name: str | None) -> bool:
    """``weak_attribution`` from the raw fields."""
    if not person_id:
        return True
    if not mention or not person_name:
        return False
    words = re.findall(r"\w[\w'’-]*", mention)
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    stems = lambda x: {_fold(w)[:4] for w in re.findall(r"[a-z]+", latin(x)) if len(w) >= 3}
    return not (stems(mention) & stems(person_name))


_FOLDS = (("shch", "sc"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"),
          ("sz", "s"), ("cz", "c"), ("y", "i"), ("j", "i"), ("w", "v"), ("ck", "k"), ("x", "ks"))


def _fold(word: str) -> str:
    """Collapse English/German/Polish spellings of one Slavic sound (sh/sz/š → s, kh → h, y/j → i)."""
    for a, b in _FOLDS:
        word = word.replace(a, b)
    return word


def day(published: str | None) -> int | None:
    """Ordinal day of a publication date (``"2024-10-23T16:30+01:00"`` → its local date)."""
    if not published or len(published) < 10:
        return None
    try:
        return _date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


@dataclass
class Assignment:
    """One statement's claim and the evidence for it."""

    statement_id: str
    claim_id: str
    score: float
    rule: str


@dataclass
class _Group:
    id: str
    key: str
    person_id: str | None
    first_day: int | None
    members: list[str] = field(default_factory=list)
    vectors: list[np.ndarray] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    venues: dict[str, int] = field(default_factory=dict)
    context: dict[str, int] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    languages: list[str] = field(default_factory=list)
    spans: dict[str, tuple] = field(default_factory=dict)
    label: str = ""
    new: bool = False
    _mat: np.ndarray | None = None
    _cent: np.ndarray | None = None

    def matrix(self) -> np.ndarray:
        if self._mat is None or len(self._mat) != len(self.vectors):
            self._mat = np.vstack(self.vectors)
            self._cent = normalise(self._mat.mean(axis=0, keepdims=True))[0]
        return self._mat

    def centroid(self) -> np.ndarray:
        self.matrix()
        return self._cent

    def compact(self) -> None:
        """Keep the member vectors as rows of one matrix (halves the memory of a finished claim)."""
        if self.vectors:
            self.vectors = list(self.matrix())

    def venue(self) -> str | None:
        """The venue its reports name, else the one venue their articles name for this speaker."""
        pool = self.venues or self.context
        return max(sorted(pool), key=pool.get) if pool else None


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in _NUM.findall(text)}


def lexical(a: str, b: str) -> float:
    """Word overlap of two texts after transliteration, 0–1 (rapidfuzz token-set ratio)."""
    return fuzz.token_set_ratio(latin(a), latin(b)) / 100.0


class ClaimIndex:
    """Claims being built, blocked by speaker; feed statements with ``add`` in publication order.

    >>> index = ClaimIndex(embedder_name="lexical-v1", same_claim=0.45)   # doctest: +SKIP
    >>> index.add(statement, day=739182, vector=v)                        # doctest: +SKIP
    Assignment(statement_id='s…', claim_id='c…', score=1.0, rule='new claim …')
    """

    def __init__(self, *, embedder_name: str, same_claim: float, options: Options | None = None) -> None:
        self.options = options or Options()
        self.tag = embedder_name.split("-")[0]
        self.same_claim = self.options.same_claim if self.options.same_claim is not None else same_claim
        self.cross = (self.options.cross_speaker if self.options.cross_speaker is not None
                      else self.same_claim + 0.05)
        self.quote_match = (self.options.quote_match if self.options.quote_match is not None
                            else self.same_claim + 0.04)
        o = self.options
        self._max_bonus = o.lexical_weight * 0.5 + 0.01 + o.venue_bonus
        self.by_key: dict[str, list[_Group]] = {}
        self.groups: dict[str, _Group] = {}
        self.of_statement: dict[str, str] = {}
        self.statement_key: dict[str, str] = {}
        self.statement_day: dict[str, int | None] = {}

    # -- seeding from the store --------------------------------------------------------------
    def load(self, claim: Claim, members: Sequence[Statement], days: Mapping[str, int | None],
             vectors: Mapping[str, np.ndarray], key: str | None = None) -> None:
        """Seed one existing claim (incremental mode): its members keep their claim id."""
        if not members:
            return
        key = key or speaker_key(members[0]) or f"claim:{claim.id}"
        g = _Group(claim.id, key, claim.person_id, min((d for d in (days.get(m.id) for m in members)
                                                         if d is not None), default=None), label=claim.label)
        for m in members:
            if m.id in vectors:
                self._attach(g, m, vectors[m.id], days.get(m.id))
        if g.vectors:
            self.by_key.setdefault(key, []).append(g)
            self.groups[g.id] = g

    def _attach(self, g: _Group, s: Statement, v: np.ndarray, d: int | None) -> None:
        g.members.append(s.id)
        g.vectors.append(v)
        g.texts.append(latin(s.text))
        g.articles.add(s.article_id)
        g.languages.append(s.language or "")
        g.spans[s.id] = _Light(s.id, s.article_id, s.start, s.end, s.type)
        vk = venue_key(s.venue_name)
        if vk:
            g.venues[vk] = g.venues.get(vk, 0) + 1
        if not g.label or (s.language == "en" and not any(l == "en" for l in g.languages[:-1])):
            g.label = s.text[:160]
        self.of_statement[s.id] = g.id
        self.statement_key[s.id] = g.key
        self.statement_day[s.id] = d

    # -- scoring ----------------------------------------------------------------------------
    def _candidates(self, key: str, d: int | None) -> list[_Group]:
        out = []
        for g in self.by_key.get(key, ()):
            if d is None or g.first_day is None or abs(d - g.first_day) <= self.options.window_days:
                out.append(g)
        return out

    def _score(self, s: Statement, v: np.ndarray, g: _Group,
               context: str | None = None) -> tuple[float, float, float, str]:
        m = g.matrix()
        emb = 0.5 * float(g.centroid() @ v) + 0.5 * float(np.max(m @ v))
        lex, bonus = 0.0, 0.0
        if emb < self.same_claim - self._max_bonus:  # no evidence could lift it over the threshold
            return emb, emb, 0.0, ""
        lat = latin(s.text)
        lex = max(fuzz.token_set_ratio(lat, t) for t in g.texts) / 100.0
        nums = _numbers(lat)
        shared_nums = bool(nums) and any(nums & _numbers(t) for t in g.texts)
        bonus = self.options.lexical_weight * (lex - 0.5) + (0.01 if shared_nums else 0.0)
        same_lang = [t for t, l in zip(g.texts, g.languages) if l and l == s.language]
        if same_lang:
            # one language, one remark: reports share words; E5 alone over-pairs short
            # same-topic sentences ("Putin will never put pressure…" ~ "Russia does not need…" 0.91)
            lex_same = max(fuzz.token_set_ratio(lat, t) for t in same_lang) / 100.0
            if lex_same < self.options.same_language_lex:
                bonus -= self.options.same_language_penalty
        # a statement that names no venue takes the one its article names for this speaker
        vk, gv = venue_key(s.venue_name) or context, g.venue()
        venue_note = ""
        if vk and gv:
            if vk == gv:
                bonus += self.options.venue_bonus
                venue_note = f"venue={s.venue_name or vk}"
            else:
                bonus -= self.options.venue_penalty
                venue_note = f"venue-mismatch={s.venue_name or vk}"
        return emb + bonus, emb, lex, venue_note

    def _quote_match(self, u: Sequence[Statement], vectors: Mapping[str, np.ndarray],
                     g: _Group) -> tuple[float, Statement] | None:
        """The best cosine of a quote (direct or mixed) in unit ``u`` to a quote of another article
        in claim ``g``, with that quote, when it reaches ``quote_match``; else ``None``."""
        quotes = [x for x in u if x.type in _QUOTED]
        if not quotes:
            return None
        theirs = [v for m, v in zip(g.members, g.vectors)
                  if (sp := g.spans.get(m)) is not None and sp.type in _QUOTED
                  and sp.article_id != u[0].article_id]
        if not theirs:
            return None
        mat = np.vstack(theirs)
        best = max(((float(np.max(mat @ vectors[q.id])), q) for q in quotes), key=lambda t: t[0])
        return best if best[0] >= self.quote_match else None

    def add(self, s: Statement, day: int | None, vector: np.ndarray, text: str = "") -> Assignment:
        """Put one statement into the best matching claim of its speaker, or start a new claim."""
        return self.add_article([s], {s.id: day}, {s.id: vector}, text)[0]

    def add_article(self, statements: Sequence[Statement], days: Mapping[str, int | None],
                    vectors: Mapping[str, np.ndarray], text: str = "", *,
                    venue: str | None = None) -> list[Assignment]:
        """Assign the pending statements of ONE article, all at once.

        One article reports an utterance once (a lead paraphrase glued to its quote counts as
        once, see ``units``), so each claim takes at most one unit of the article: the best
        (unit, claim) pairs are taken greedily, highest score first. That competition is what
        keeps two remarks of one speaker on one day apart when their cosines are close.

        ``venue`` (a venue key) is the article's venue when its statements name none — a
        primary source's headline ("интервью «России 1»", see ``occasions.title_venue``); the
        claims it seeds then carry that venue as context, so a report naming another venue pays
        the venue penalty against them.
        """
        out: list[Assignment] = []
        by_key: dict[str, list[Statement]] = {}
        for s in statements:
            by_key.setdefault(speaker_key(s) or f"statement:{s.id}", []).append(s)
        for key, stmts in by_key.items():
            us = units(stmts, vectors, text)
            article_venues = {vk for vk in (venue_key(x.venue_name) for x in stmts) if vk}
            context = next(iter(article_venues)) if len(article_venues) == 1 else (
                venue if not article_venues else None)
            taken_claims = {g.id for g in self.by_key.get(key, ()) if stmts[0].article_id in g.articles}
            pairs = []
            for ui, u in enumerate(us):
                v = normalise(np.mean([vectors[x.id] for x in u], axis=0, keepdims=True))[0]
                d = days.get(u[0].id)
                # the article reports several occasions and this passage names none: which one it
                # belongs to is unknown, so joining a claim tied to a venue needs strong evidence
                unsure = context is None and len(article_venues) >= 2 and not any(
                    venue_key(x.venue_name) for x in u)
                for g in self._candidates(key, d):
                    if g.id in taken_claims:
                        continue
                    score, emb, lex, vnote = self._score(u[0] if len(u) == 1 else _joined(u), v, g, context)
                    qq = self._quote_match(u, vectors, g) if not vnote.startswith("venue-mismatch") else None
                    if qq is not None:
                        qscore, qx = qq
                        vnote = " ".join(x for x in (vnote, f"quote~quote={qscore:.2f}") if x)
                        score = max(score, self._score(qx, vectors[qx.id], g, context)[0])
                    if unsure and qq is None and score < self.quote_match and g.venue():
                        continue
                    if score >= self.same_claim:
                        pairs.append((score, emb, lex, vnote, ui, g, qq is not None))
            # quote-to-quote beats quote-to-paraphrase: a quote whose words another outlet
            # quotes closely goes with that quote, not with a paraphrase scoring a little higher
            pairs.sort(key=lambda t: (not t[6], -t[0], t[4], t[5].id))
            chosen: dict[int, tuple] = {}
            used: set[str] = set()
            for p in pairs:
                if p[4] in chosen or p[5].id in used:
                    continue
                chosen[p[4]] = p
                used.add(p[5].id)
            for ui, u in enumerate(us):
                d = days.get(u[0].id)
                if ui in chosen:
                    score, emb, lex, vnote, _, g, _ = chosen[ui]
                    who = "same-person" if u[0].person_id else "same-speaker-name"
                    delta = "" if d is None or g.first_day is None else f"+{abs(d - g.first_day)}d"
                    rule = " ".join(x for x in (f"{self.tag}={emb:.2f}", f"lex={lex:.2f}", who, delta, vnote,
                                                f"score={score:.2f}") if x)
                else:
                    g = _Group(stable_id(u[0].id, prefix="c"), key, u[0].person_id, d, new=True)
                    self.by_key.setdefault(key, []).append(g)
                    self.groups[g.id] = g
                    score, rule = 1.0, "new claim"
                if context:
                    g.context[context] = g.context.get(context, 0) + 1
                for i, x in enumerate(u):
                    self._attach(g, x, vectors[x.id], days.get(x.id))
                    out.append(Assignment(x.id, g.id, round(score, 4),
                                          rule if i == 0 else f"{rule}; same passage as {u[0].id}"))
        return out

    def reattribute(self, statements: Iterable[Statement], vectors: Mapping[str, np.ndarray]) -> list[Assignment]:
        """Move lone statements of a resolved person that match another speaker's claim there
        (changed speaker). Unresolved sources ("Ukraine and South Korea", "the Kremlin") stay put."""
        moved = []
        w = self.options.window_days
        by_day: dict[int | None, list[_Group]] = {}
        for groups in self.by_key.values():
            for h in groups:
                if len(h.members) >= 2:
                    by_day.setdefault(h.first_day, []).append(h)
        undated = by_day.get(None, [])
        for s in statements:
            gid = self.of_statement.get(s.id)
            g = self.groups.get(gid) if gid else None
            if g is None or len(g.members) != 1 or s.id not in vectors or not s.person_id:
                continue
            v, d = vectors[s.id], self.statement_day.get(s.id)
            if d is None:
                pool = [h for hs in by_day.values() for h in hs]
            else:
                pool = [h for k in range(d - w, d + w + 1) for h in by_day.get(k, ())] + undated
            best = None
            for h in pool:
                if h.key == g.key or h is g or s.article_id in h.articles or h.id not in self.groups:
                    continue
                score, emb, lex, _ = self._score(s, v, h)
                if best is None or score > best[0]:
                    best = (score, emb, lex, h)
            if best is not None and best[0] >= self.cross:
                score, emb, lex, h = best
                self.by_key[g.key].remove(g)
                del self.groups[g.id]
                g.members.clear()
                self._attach(h, s, v, d)
                moved.append(Assignment(s.id, h.id, round(score, 4),
                                        f"{self.tag}={emb:.2f} lex={lex:.2f} cross-speaker score={score:.2f}"))
        return moved

    def adopt(self, statements: Sequence[Statement], vectors: Mapping[str, np.ndarray],
              texts: Mapping[str, str], strong: Mapping[str, set[str]] | None = None) -> list[Assignment]:
        """Give weakly attributed statements the speaker their article and content point to.

        A statement is weakly attributed when it has no resolved person or its speaker mention
        shares no word with the person's name (a dateline "MOSCOW", a venue "МГИМО" taken for
        the speaker; see ``weak_attribution``). A claim made only of such statements of one
        article — or a statement with no speaker at all — moves into a claim of a person whom
        the same article attributes statements to, when its content matches that claim at the
        same-claim threshold (``cross_speaker`` when the article names several such people).
        Joining a claim that already holds a report of the article requires the passage test
        of ``units`` (a lead glued to its quote). Without content evidence nothing moves: a
        "Kremlin" statement in an article about Zelensky stays the Kremlin's.
        """
        if strong is None:
            strong = {}
            for s in statements:
                k = speaker_key(s)
                if k and not weak_attribution(s):
                    strong.setdefault(s.article_id, set()).add(k)
        by_id = {s.id: s for s in statements}
        lone: list[tuple[list[Statement], _Group | None]] = []
        for g in sorted(self.groups.values(), key=lambda g: g.id):
            ms = [by_id.get(m) for m in g.members]
            if not ms or any(m is None for m in ms) or len({m.article_id for m in ms}) != 1:
                continue
            if all(weak_attribution(m) for m in ms) and strong.get(ms[0].article_id, set()) - {g.key}:
                lone.append((sorted(ms, key=lambda m: m.start), g))
        for s in statements:
            if speaker_key(s) is None and s.id in vectors and s.id not in self.of_statement and strong.get(s.article_id):
                lone.append(([s], None))
        moved: list[Assignment] = []
        for ms, g in lone:
            aid = ms[0].article_id
            keys = sorted(strong[aid] - ({g.key} if g else set()))
            v = normalise(np.mean([vectors[m.id] for m in ms], axis=0, keepdims=True))[0]
            d = self.statement_day.get(ms[0].id, None) if g else None
            probe = ms[0] if len(ms) == 1 else _joined(ms)
            best = None
            for key in keys:
                for h in self._candidates(key, d):
                    if h is g or h.id not in self.groups:
                        continue
                    if aid in h.articles:
                        mine = [h.spans[m] for m in h.members if m in h.spans and h.spans[m].article_id == aid]
                        near = {**dict(zip(h.members, h.vectors)), **{m.id: vectors[m.id] for m in ms}}
                        glued = units(sorted(mine + ms, key=lambda x: x.start), near, texts.get(aid, ""))
                        if not any(set(map(id, u)) >= set(map(id, ms)) and len(u) > len(ms) for u in glued):
                            continue
                    score, emb, lex, _ = self._score(probe, v, h)
                    if best is None or score > best[0]:
                        best = (score, emb, lex, h)
            need = self.same_claim if len(keys) == 1 else self.cross
            if best is None or best[0] < need:
                continue
            score, emb, lex, h = best
            if g is not None:
                self.by_key[g.key].remove(g)
                del self.groups[g.id]
                g.members.clear()
            for m in ms:
                self._attach(h, m, vectors[m.id], self.statement_day.get(m.id))
                moved.append(Assignment(m.id, h.id, round(score, 4),
                                        f"{self.tag}={emb:.2f} lex={lex:.2f} speaker-from-article score={score:.2f}"))
        return moved

    def compact(self, keys: Iterable[str]) -> None:
        """Compact the claims of the given speakers once their block is done."""
        for k in keys:
            for g in self.by_key.get(k, ()):
                g.compact()

    def merge(self, threshold: float | None = None, keys: Iterable[str] | None = None) -> list[Assignment]:
        """Merge claims of one speaker that never share an article and whose members agree on
        average (mean pairwise cosine ≥ ``threshold``): one remark first seen in two languages
        seeds two claims, and this joins them once both have reports. Only claims created in this
        run are absorbed, so stored claim ids survive; the larger (or older) claim keeps its id."""
        t = threshold if threshold is not None else self.same_claim + 0.05
        moved: list[Assignment] = []
        for key in (self.by_key if keys is None else [k for k in keys if k in self.by_key]):
            groups = self.by_key[key]
            while True:
                best = None
                for i, a in enumerate(groups):
                    for b in groups[i + 1:]:
                        if not (a.new or b.new) or a.articles & b.articles:
                            continue
                        if a.first_day is not None and b.first_day is not None and \
                                abs(a.first_day - b.first_day) > self.options.window_days:
                            continue
                        link = float(np.mean(a.matrix() @ b.matrix().T))
                        if link >= t and (best is None or link > best[0]):
                            best = (link, a, b)
                if best is None:
                    break
                link, a, b = best
                keep, gone = sorted((a, b), key=lambda g: (g.new, -len(g.members), g.id))
                for sid, v, lang in zip(list(gone.members), list(gone.vectors), list(gone.languages)):
                    keep.members.append(sid)
                    keep.vectors.append(v)
                    keep.languages.append(lang)
                    self.of_statement[sid] = keep.id
                    moved.append(Assignment(sid, keep.id, round(link, 4), f"{self.tag}-link={link:.2f} merged claims"))
                keep.texts.extend(gone.texts)
                keep.spans.update(gone.spans)
                keep.articles |= gone.articles
                for vk, n in gone.venues.items():
                    keep.venues[vk] = keep.venues.get(vk, 0) + n
                if keep.first_day is None or (gone.first_day is not None and gone.first_day < keep.first_day):
                    keep.first_day = gone.first_day
                groups.remove(gone)
                del self.groups[gone.id]
        return moved

    def claims(self, ids: Iterable[str] | None = None) -> list[Claim]:
        """Claim objects (occasion not yet set) for the given claim ids, or all."""
        chosen = self.groups.values() if ids is None else [self.groups[i] for i in ids if i in self.groups]
        out = []
        for g in chosen:
            langs = [l for l in g.languages if l]
            out.append(Claim(id=g.id, person_id=g.person_id, occasion_id=None, label=g.label,
                             statement_ids=tuple(sorted(g.members)),
                             language=max(sorted(set(langs)), key=langs.count) if langs else None))
        return out

    def centroid(self, claim_id: str) -> np.ndarray:
        return self.groups[claim_id].centroid()


@dataclass(frozen=True, slots=True)
class _Light:
    """Where a claim member sits (for the passage test of ``units`` without the statement)."""

    id: str
    article_id: str
    start: int
    end: int
    type: Kind


def _joined(u: Sequence[Statement]) -> Statement:
    """A stand-in statement for scoring a unit: first one's fields, all fragments' text."""
    import dataclasses
    return dataclasses.replace(u[0], content=tuple(f for x in u for f in x.content))


_GLUE = re.compile(r"^[\s.,:;—–-]*[«“„\"‚]?$")


def units(statements: Sequence[Statement], vectors: Mapping[str, np.ndarray], text: str = "", *,
          glue_cos: float = 0.84, near_cos: float = 0.895, near_chars: int = 130) -> list[list[Statement]]:
    """Statements of one article and speaker grouped into passages that report one utterance.

    A reported statement followed by the speaker's next statement that quotes (direct or mixed)
    joins it when only punctuation separates them and their cosine is ≥ ``glue_cos`` (a lead,
    then its quote), or when at most ``near_chars`` of attribution lie between them ("…, заявил
    Песков. «…»") and the cosine is ≥ ``near_cos``. Thresholds were read off the fixture's
    same-article pairs (docs/_parts/align-evaluation.md).
    """
    ordered = sorted(statements, key=lambda s: s.start)
    out: list[list[Statement]] = []
    for s in ordered:
        if out and text:
            prev = out[-1][-1]
            gap = text[prev.end:s.start] if prev.end <= s.start else None
            if gap is not None and prev.type == Kind.INDIRECT and s.type != Kind.INDIRECT:
                cos = float(vectors[prev.id] @ vectors[s.id])
                if (_GLUE.match(gap) and cos >= glue_cos) or (len(gap) <= near_chars and cos >= near_cos):
                    out[-1].append(s)
                    continue
        out.append([s])
    return out


def order(statements: Iterable[Statement], articles: Mapping[str, Article]) -> list[list[Statement]]:
    """Statements batched by article, in a deterministic order: primary sources first, then the
    articles reporting most statements (they seed the most claims), then by date and id."""
    batches: dict[str, list[Statement]] = {}
    for s in statements:
        batches.setdefault(s.article_id, []).append(s)

    def k(aid: str):
        a = articles.get(aid)
        return (0 if a is not None and a.primary else 1, -len(batches[aid]),
                (a.published or "") if a else "", aid)
    return [sorted(batches[aid], key=lambda s: s.start) for aid in sorted(batches, key=k)]


__all__ = ["Assignment", "ClaimIndex", "Options", "day", "key_for", "lexical", "order", "speaker_key",
           "weak_attribution", "weak_mention"]
