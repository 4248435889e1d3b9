"""One speaker's statements → occasions, then claims: joint, order-independent grouping.

Reads: the speaker's statements (sentence parts, see ``align.parts``), their articles and vectors.
Writes: nothing; returns ``Grouping`` (occasions, claims, one evidence row per statement).
Depends on: ``align.claims`` (day, lexical helpers), ``align.occasions`` (venue keys, report days), numpy.

Occasions first. Dated statements fall into date windows (days at most ``window_days`` apart
chain into one window) by the day each reports (``align.occasions.report_day``: its own date words,
else its article's date; a copy's report published days after its source takes the source's day,
``source_days``; a late report of an earlier remark takes its day, ``late_days``); an
undated statement joins the window holding its nearest statement.
Within a window, claims are grouped over all statements at once; then each claim takes the venue
its reports name (a primary source's headline counts for its statements), claims that name none
take their articles' venue, and the rest join the window's main venue. One interview is one
occasion, and two interviews on one day (BBC and Russia 1) stay two when the reports say so.

Claims: average-linkage clustering over a similarity that (1) removes what every statement of the
window shares (the topic) from the multilingual vectors, per language, so that what is left is
what one remark says; (2) adds same-language word overlap and shared numbers; (3) keeps two
statements of one article apart (an article reports a remark once; its headline, which repeats
the body's remark, excepted: ``in_headline``), and two statements naming
different venues apart. Every pair is compared with every other and the result depends only on
the set of statements, never on their order, so one batch and several give the same claims. Then a
partial quote joins the claim whose quotes in its language hold its quoted words
(``anchor_partial_quotes``): its paraphrase says the remark in other words than the quote does; and a
copy's, translation's or rewrite's report joins the claim of the report it was made from
(``join_copies``): the article says it carries that text. A claim whose reports' own words name
two occasions mixes two remarks and is regrouped more strictly (``split_mixed``).

Ids: an occasion's id derives from (speaker, first day, venue); a claim's from its occasion and its
earliest report (day, then id), so adding later articles keeps ids.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date as _date
from typing import Mapping, Sequence

import numpy as np

from ..model import Article, Claim, Occasion, Statement, stable_id
from .claims import day, quoted_spans
from .occasions import late_days, occasion_kind, report_day, source_days, title_venue, venue_key

#: average-linkage threshold on the centred similarity (calibrated on events_dev, docs/evaluation.md)
SAME_CLAIM = 0.15
#: weight of same-language word overlap (Jaccard of content words) added to the similarity
LEXICAL_WEIGHT = 0.3
#: a window needs this many reports before its topic can be removed from their vectors
MIN_CENTRED = 4
#: raw E5 cosine at which two reports are one remark, for windows too small to centre
RAW_SAME_CLAIM = 0.9
#: a window larger than this is grouped by day, to bound the quadratic step
MAX_WINDOW = 2500
#: how much of the topic removed from a vector is its own language's mean (the rest: all languages')
LANG_CENTER = 0.5

#: raw E5 cosine a statement of a copy, translation or rewrite needs with its counterpart in the text
#: it was made from (besides being each other's nearest there) to share its claim
COPY_SAME_CLAIM = 0.85

#: a partial quote anchors on a full quote when its quoted words are this many words or more …
ANCHOR_WORDS = 2
#: … or one word of this many letters («глупостью», "hardening")
ANCHOR_LETTERS = 6

_CONTENT_WORD = re.compile(r"\w{4,}")
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NOT_CLAIM_MIN_WORDS = 3
#: a venue needs this many articles naming it before it splits an occasion off
MIN_VENUE_ARTICLES = 2


@dataclass(frozen=True)
class Grouping:
    occasions: list[Occasion]
    claims: list[Claim]
    #: (statement_id, claim_id or "" for a statement that asserts nothing, occasion_id, score, rule)
    rows: list[tuple[str, str, str | None, float, str]]


def asserts_nothing(s: Statement) -> bool:
    """A fragment that cannot be a remark: reported speech of fewer than three words ("23 октября",
    "UNN reports"), or the statement's own venue phrase. A quoted word is a remark ("called the
    reports «глупостью»")."""
    words = [w for w in re.findall(r"\w+", s.text) if not w.isdigit()]
    if s.venue is not None:
        inside = min(s.end, s.venue.end) - max(s.start, s.venue.start)
        if inside >= 0.8 * (s.end - s.start):
            return True  # the venue taken for what was said ("the sidelines of the BRICS summit")
    if s.type.value in ("direct", "mixed"):
        return not words
    return len(words) < _NOT_CLAIM_MIN_WORDS


def _day(a: Article | None) -> int | None:
    return day(a.published) if a is not None else None


def _iso(d: int | None) -> str | None:
    return _date.fromordinal(d).isoformat() if d is not None else None


def _windows(days: Sequence[int], window_days: int) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for d in sorted(set(days)):
        if out and d - out[-1][1] <= window_days:
            out[-1][1] = d
        else:
            out.append([d, d])
    return [(a, b) for a, b in out]


def _tokens(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in _CONTENT_WORD.findall(text.lower()))


def similarity(stmts: Sequence[Statement], vectors: np.ndarray, articles: Mapping[str, Article]) -> np.ndarray:
    """The pairwise similarity that claims are grouped by (see the module docstring)."""
    n = len(stmts)
    X = vectors.astype(np.float64)
    langs = [s.language or "xx" for s in stmts]
    if n >= MIN_CENTRED:
        mu = X.mean(axis=0)
        Y = X.copy()
        for code in set(langs):
            idx = [i for i, c in enumerate(langs) if c == code]
            Y[idx] -= LANG_CENTER * X[idx].mean(axis=0) + (1 - LANG_CENTER) * mu if len(idx) > 3 else mu
        Y /= np.maximum(np.linalg.norm(Y, axis=1, keepdims=True), 1e-9)
        S = Y @ Y.T
    else:
        # too few reports to tell the topic from the remark: raw cosines, shifted so that
        # ``RAW_SAME_CLAIM`` (one remark across languages, E5) meets the threshold
        S = X @ X.T - (RAW_SAME_CLAIM - SAME_CLAIM)
    arts = [f"{s.article_id}#{i}" if in_headline(s, articles.get(s.article_id)) else s.article_id
            for i, s in enumerate(stmts)]
    S += _bonus([_tokens(s.text) for s in stmts], [frozenset(_NUMBER.findall(s.text)) for s in stmts], langs,
                arts)
    np.fill_diagonal(S, 1.0)
    return S


def in_headline(s: Statement, a: Article | None) -> bool:
    """The statement lies in its article's headline (the text opens with the title).

    An article reports a remark once, so ``similarity`` keeps two statements of one article apart,
    but a headline ("Vance warns Europe of the threat from within") repeats the remark that its body
    quotes; it may share that claim (held-out Vance: claims F1 0.210 → 0.233, events_dev 0.550 → 0.551).
    """
    if a is None or not a.title or not a.text.startswith(a.title[:20]):
        return False
    return s.end <= len(a.title.rstrip()) + 2


def _shared(sets: Sequence[frozenset[str]]) -> tuple[np.ndarray, np.ndarray]:
    """How many members each two of ``sets`` share, and each one's size (exact counts, as floats)."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, members in enumerate(sets):
        for w in members:
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    M = np.zeros((len(sets), max(len(vocab), 1)), dtype=np.float32)
    M[rows, cols] = 1.0
    return (M @ M.T).astype(np.float64), M.sum(axis=1, dtype=np.float64)


def _bonus(toks: Sequence[frozenset[str]], nums: Sequence[frozenset[str]], langs: Sequence[str],
           arts: Sequence[str]) -> np.ndarray:
    """What ``similarity`` adds to each pair's cosine, pair by pair as the sum ``0.0 + words + numbers + article``
    in that order (the same floats as adding them one by one): the words' Jaccard × ``LEXICAL_WEIGHT`` within
    one language, ±0.1 for numbers in common or not, -1 for two reports of one article."""
    n = len(toks)
    if not n:
        return np.zeros((0, 0))
    both, size = _shared(toks)
    lang_ids = {c: k for k, c in enumerate(sorted(set(langs)))}
    lg = np.array([lang_ids[c] for c in langs])
    words = (lg[:, None] == lg[None, :]) & (size > 0)[:, None] & (size > 0)[None, :]
    union = size[:, None] + size[None, :] - both
    out = np.divide(LEXICAL_WEIGHT * both, union, out=np.zeros((n, n)), where=words)
    if sum(1 for x in nums if x) > 1:
        common, count = _shared(nums)
        out += np.where((count > 0)[:, None] & (count > 0)[None, :], np.where(common > 0, 0.1, -0.1), 0.0)
    art_ids = {a: k for k, a in enumerate(sorted(set(arts)))}
    art = np.array([art_ids[a] for a in arts])
    out -= art[:, None] == art[None, :]
    return out


def average_linkage(S: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels: merge the two clusters of highest mean similarity while it is ≥ threshold.

    Deterministic (ties go to the lowest index); O(n²) per merge in numpy.
    """
    n = len(S)
    if n == 0:
        return []
    A = S.astype(np.float64).copy()
    np.fill_diagonal(A, -np.inf)
    size = np.ones(n)
    label = list(range(n))
    members = {i: [i] for i in range(n)}
    while len(members) > 1:
        flat = int(np.argmax(A))
        i, j = divmod(flat, n)
        if A[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        tot = size[i] + size[j]
        row = (A[i] * size[i] + A[j] * size[j]) / tot
        A[i, :] = row
        A[:, i] = row
        A[i, i] = -np.inf
        A[j, :] = -np.inf
        A[:, j] = -np.inf
        size[i] = tot
        members[i].extend(members.pop(j))
    for k, (root, ms) in enumerate(sorted(members.items())):
        for m in ms:
            label[m] = k
    return label


def _quoted_words(s: Statement, article: Article | None) -> list[tuple[str, ...]]:
    """The statement's words inside quotation marks, lower-cased, one tuple per quoted stretch."""
    if article is None:
        return [tuple(w.lower() for w in _WORD.findall(s.text))] if s.type.value == "direct" else []
    out = [tuple(w.lower() for w in _WORD.findall(article.text[a:b])) for a, b in quoted_spans(s, article.text)]
    return [t for t in out if t]


def _inside(needle: tuple[str, ...], hay: tuple[str, ...]) -> bool:
    """``needle`` is a shorter, contiguous run of ``hay``'s words."""
    n = len(needle)
    return n < len(hay) and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def anchor_partial_quotes(members: Sequence[Statement], labels: Sequence[int], venues: Sequence[str | None],
                          articles: Mapping[str, Article]) -> list[int]:
    """Move each partial quote to the claim whose quotes hold its quoted words.

    An outlet that puts only a few words of a remark in quotation marks ("… is not “ruled out” in the
    future", «ne doit pas “être exclu”») quotes the remark that other outlets of its language quote
    in full ("But in terms of dynamics, nothing can be ruled out"); its own sentence is a paraphrase
    whose vector sits closer to other paraphrases than to that quote. A non-direct statement whose
    quoted words (``ANCHOR_WORDS`` words, or one word of ``ANCHOR_LETTERS`` letters) are a shorter run
    of the quoted words of statements of its language in other articles joins the claim that holds
    more than half of those statements (its own claim counts; statements of its own article and those
    naming another venue, ``venues``, do not vote). An article's lede that puts two words of the remark
    in marks and its body that quotes it in full then share the claim, as they share the remark. Every
    move is decided on the labels of average linkage, so the result stays independent of the
    statements' order (events_dev: claims F1 0.478 → 0.520, docs/evaluation.md).
    """
    n = len(members)
    quoted = [_quoted_words(s, articles.get(s.article_id)) for s in members]
    out = list(labels)
    for i, s in enumerate(members):
        if s.type.value == "direct":
            continue
        needles = [q for q in quoted[i] if len(q) >= ANCHOR_WORDS or (len(q) == 1 and len(q[0]) >= ANCHOR_LETTERS)]
        if not needles:
            continue
        votes: Counter = Counter()
        for j, t in enumerate(members):
            apart = venues[i] and venues[j] and venues[i] != venues[j]
            if (j != i and t.language == s.language and t.article_id != s.article_id and not apart
                    and any(_inside(q, h) for q in needles for h in quoted[j])):
                votes[labels[j]] += 1
        top = votes.most_common(1)
        if top and 2 * top[0][1] > sum(votes.values()):
            out[i] = top[0][0]
    return out


def sources(a: Article | None) -> list[str]:
    """The ids of the articles ``a`` was made from: the near-duplicate it repeats (``duplicate_of``)
    and the texts it says it copies, translates or rewrites (``copy_of``, ``translation_of``,
    ``derived_from`` in its metadata)."""
    if a is None:
        return []
    meta = a.meta or {}
    links = [a.duplicate_of, meta.get("copy_of"), meta.get("translation_of"), meta.get("derived_from")]
    return sorted({x for x in links if isinstance(x, str) and x and x != a.id})


def join_copies(members: Sequence[Statement], labels: Sequence[int], venues: Sequence[str | None],
                articles: Mapping[str, Article], V: np.ndarray) -> list[int]:
    """Put a copy's, translation's or rewrite's report of a remark in the claim of the report it was
    made from.

    An article marked as made from another (``sources``) reports the remarks of that text, often in
    another language, where the vectors of one occasion's remarks barely differ. A statement of the
    copy and a statement of its source that are each other's nearest among the two articles'
    statements, with a raw cosine of ``COPY_SAME_CLAIM`` or more, are one remark: the one in the
    smaller claim joins the larger claim (ties: the claim of the lower label). Statements naming
    different venues never join. Every move is decided on the labels given, so the result stays
    independent of the statements' order (events_dev: claims F1 0.526 → 0.548, docs/_parts).
    """
    out = list(labels)
    size = Counter(labels)
    by_article: dict[str, list[int]] = {}
    for i, s in enumerate(members):
        by_article.setdefault(s.article_id, []).append(i)
    moves: dict[int, int] = {}
    for aid in sorted(by_article):
        for src in sources(articles.get(aid)):
            if src not in by_article:
                continue
            mine, theirs = by_article[aid], by_article[src]
            C = V[mine] @ V[theirs].T
            for a, i in enumerate(mine):
                b = int(np.argmax(C[a]))
                j = theirs[b]
                if int(np.argmax(C[:, b])) != a or C[a, b] < COPY_SAME_CLAIM or labels[i] == labels[j]:
                    continue
                if venues[i] and venues[j] and venues[i] != venues[j]:
                    continue
                if (size[labels[j]], -labels[j]) >= (size[labels[i]], -labels[i]):
                    moves[i] = labels[j]
                else:
                    moves[j] = labels[i]
    for i, lab in moves.items():
        out[i] = lab
    return out


#: a claim whose reports' own words name two occasions is regrouped this far above the threshold
#: (any step from 0.01 to 0.08 gives the same claims on events_dev, docs/_parts/align-evaluation.md)
MIXED_STEP = 0.05


def split_mixed(members: Sequence[Statement], labels: Sequence[int], S: np.ndarray,
                articles: Mapping[str, Article], threshold: float) -> list[int]:
    """Labels with each claim that mixes two occasions' remarks regrouped more strictly.

    Two remarks of one speaker on one day may read alike (the opening's "we are ensuring our
    collective security", the press conference's "we will do everything necessary for the security
    of Europeans") and share a claim; a claim must be one occasion's remark. When the own words of
    its reports (``align.occasions.report_cues``: their venue phrase or own sentence, not the
    sentence before) name two kinds of occasion, each in ``MIN_CUE_ARTICLES`` articles or more, the claim's
    reports are regrouped by average linkage at ``threshold + MIXED_STEP`` over the window's
    similarity; each part then takes its occasion from its own reports (``split_by_kind``). Only
    the labels of that claim change, so the result still depends only on the set of statements.
    """
    from .occasions import MIN_CUE_ARTICLES, report_cues

    out = list(labels)
    nxt = max(out, default=-1) + 1
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    for lab, idx in sorted(groups.items()):
        arts_of: dict[tuple[str, bool], set[str]] = {}
        for i in idx:
            own = report_cues(members[i], articles.get(members[i].article_id))[1]
            if own is not None and not own[1]:  # named venues are kept apart by the venue walls
                arts_of.setdefault(own, set()).add(members[i].article_id)
        if sum(len(a) >= MIN_CUE_ARTICLES for a in arts_of.values()) < 2:
            continue
        sub = average_linkage(S[np.ix_(idx, idx)], threshold + MIXED_STEP)
        for k in sorted(set(sub))[1:]:
            for i, part in zip(idx, sub):
                if part == k:
                    out[i] = nxt
            nxt += 1
    return out


def _article_venue(stmts: Sequence[Statement], articles: Mapping[str, Article]) -> dict[str, str]:
    """Article id → the venue its statements (or a primary source's headline) name most."""
    votes: dict[str, Counter] = {}
    for s in stmts:
        k = venue_key(s.venue_name)
        if k:
            votes.setdefault(s.article_id, Counter())[k] += 1
    out = {aid: max(sorted(c), key=c.get) for aid, c in votes.items()}
    for aid in {s.article_id for s in stmts}:
        a = articles.get(aid)
        if a is not None and a.primary and aid not in out:
            v = title_venue(a.title)
            if v:
                out[aid] = v
    return out


def group_speaker(key: str, stmts: Sequence[Statement], articles: Mapping[str, Article],
                  vectors: Mapping[str, np.ndarray], *, window_days: int = 2,
                  threshold: float | None = None) -> Grouping:
    """Occasions and claims of one speaker (``key``: a person id or a folded name)."""
    threshold = SAME_CLAIM if threshold is None else threshold
    stmts = sorted(stmts, key=lambda s: s.id)
    rows: list[tuple[str, str, str | None, float, str]] = []
    live = []
    for s in stmts:
        if asserts_nothing(s) or s.id not in vectors:
            rows.append((s.id, "", None, 0.0, "asserts nothing" if asserts_nothing(s) else "no vector"))
        else:
            live.append(s)
    person_id = next((s.person_id for s in live if s.person_id), None)
    # the day each report's occasion took place: its own date words, else its article's date;
    # a late report of an earlier window's remark joins that window (``align.occasions``)
    # a copy's source counts only where it reports this speaker too: the days then depend on the
    # speaker's statements alone, whichever other speakers are regrouped with them
    reporting = {aid: articles[aid] for aid in {s.article_id for s in stmts} if aid in articles}
    day_of = late_days(source_days(live, {s.id: report_day(s, articles.get(s.article_id)) for s in live},
                                   reporting, sources), vectors, window_days, RAW_SAME_CLAIM)
    windows = _windows([d for d in day_of.values() if d is not None], window_days)
    in_window: dict[int, list[Statement]] = {}
    undated = [s for s in live if day_of[s.id] is None]
    for s in live:
        d = day_of[s.id]
        if d is not None:
            w = next(i for i, (a, b) in enumerate(windows) if a <= d <= b)
            in_window.setdefault(w, []).append(s)
    if undated:
        if not windows:
            in_window[-1] = undated
        elif len(windows) == 1:
            in_window.setdefault(0, []).extend(undated)
        else:
            dated = [s for s in live if day_of[s.id] is not None]
            D = np.array([vectors[s.id] for s in dated])
            for s in undated:
                best = int(np.argmax(D @ vectors[s.id]))
                w = next(i for i, (a, b) in enumerate(windows) if a <= day_of[dated[best].id] <= b)
                in_window.setdefault(w, []).append(s)

    occasions: dict[str, Occasion] = {}
    claims: list[Claim] = []
    for w in sorted(in_window):
        members = sorted(in_window[w], key=lambda s: s.id)
        first_day = windows[w][0] if w >= 0 else None
        for part in _by_day_if_large(members, day_of):
            _group_window(key, person_id, part, first_day, articles, vectors, threshold, day_of,
                          occasions, claims, rows)
    return Grouping(sorted(occasions.values(), key=lambda o: o.id), claims, rows)


def _by_day_if_large(members: list[Statement], day_of: Mapping[str, int | None]) -> list[list[Statement]]:
    if len(members) <= MAX_WINDOW:
        return [members]
    by: dict[int | None, list[Statement]] = {}
    for s in members:
        by.setdefault(day_of[s.id], []).append(s)
    out: list[list[Statement]] = []
    for d in sorted(by, key=lambda x: (x is None, x or 0)):
        chunk = by[d]
        out.extend(chunk[i:i + MAX_WINDOW] for i in range(0, len(chunk), MAX_WINDOW))
    return out


def _group_window(key, person_id, members, first_day, articles, vectors, threshold, day_of,
                  occasions, claims, rows) -> None:
    V = np.array([vectors[s.id] for s in members])
    S = similarity(members, V, articles)
    art_venue = _article_venue(members, articles)
    # a statement's venue: its own, else its article's when the article names one venue only
    named_by: dict[str, set[str]] = {}
    for s in members:
        if venue_key(s.venue_name):
            named_by.setdefault(s.article_id, set()).add(venue_key(s.venue_name))
    venue = [venue_key(s.venue_name) or (art_venue.get(s.article_id) if len(named_by.get(s.article_id, ())) <= 1
                                         else None) for s in members]
    # two statements naming different venues are different occasions, so different claims
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if venue[i] and venue[j] and venue[i] != venue[j]:
                S[i, j] = S[j, i] = -1.0
    labels = join_copies(members, anchor_partial_quotes(members, average_linkage(S, threshold), venue, articles),
                         venue, articles, V)
    labels = split_mixed(members, labels, S, articles, threshold)
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    # each claim's venue: what its reports name, else what its articles name
    claim_venue: dict[int, str | None] = {}
    for lab, idx in groups.items():
        votes = Counter(venue[i] for i in idx if venue[i])
        if not votes:
            votes = Counter(art_venue[members[i].article_id] for i in idx if members[i].article_id in art_venue)
        claim_venue[lab] = max(sorted(votes), key=votes.get) if votes else None
    named = Counter()
    for lab, idx in groups.items():
        if claim_venue[lab]:
            named[claim_venue[lab]] += len(idx)
    # a venue is an occasion of its own only when several articles name it
    arts_naming: dict[str, set[str]] = {}
    for i, s in enumerate(members):
        v = venue[i] or art_venue.get(s.article_id)
        if v:
            arts_naming.setdefault(v, set()).add(s.article_id)
    weak = {v for v, arts in arts_naming.items() if len(arts) < MIN_VENUE_ARTICLES}
    for lab in claim_venue:
        if claim_venue[lab] in weak:
            claim_venue[lab] = None
    for v in weak:
        named.pop(v, None)
    main = max(sorted(named), key=named.get) if named else None
    dated = [day_of[members[i].id] for i in range(len(members)) if day_of[members[i].id] is not None]
    day = first_day if first_day is not None else (min(dated) if dated else None)
    for lab in sorted(groups, key=lambda g: min(members[i].id for i in groups[g])):
        idx = groups[lab]
        v = claim_venue[lab] or main
        oid = stable_id("occasion", key, _iso(day) or "undated", v or "", prefix="o")
        if oid not in occasions:
            texts = [members[i].venue_name or "" for i in range(len(members))]
            kind = occasion_kind(texts) if v is None else occasion_kind(
                [members[i].venue_name or "" for i in range(len(members)) if (venue[i] or "") == v])
            primary = sorted({members[i].article_id for i in range(len(members))
                              if getattr(articles.get(members[i].article_id), "primary", False)})
            occasions[oid] = Occasion(oid, person_id, _shown(members, v), _iso(day), _label(members, v, kind, day),
                                      primary[0] if primary else None)
        ms = [members[i] for i in idx]
        anchor = min(ms, key=lambda s: (day_of[s.id] if day_of[s.id] is not None else 10 ** 7, s.id))
        cid = stable_id("claim", oid, anchor.id, prefix="c")
        head = _head(ms, articles)
        claims.append(Claim(cid, person_id, oid, head.text[:160], tuple(sorted(s.id for s in ms)), head.language))
        cohesion = float(np.mean([S[i, j] for i in idx for j in idx if i < j])) if len(idx) > 1 else 1.0
        langs = sorted({s.language or "xx" for s in ms})
        rule = (f"grouped with {len(ms) - 1} other report(s) in {'/'.join(langs)}: mean similarity {cohesion:.2f} "
                f"(threshold {threshold:.2f}), same speaker, {_iso(day) or 'undated'}" if len(ms) > 1 else
                "a single report: no other report of this speaker's occasion is close enough")
        for s in ms:
            rows.append((s.id, cid, oid, round(cohesion, 4), rule))


def _head(ms: Sequence[Statement], articles: Mapping[str, Article]) -> Statement:
    """The report that labels a claim: a primary source's, else a direct quote, else the longest."""
    def rank(s: Statement):
        a = articles.get(s.article_id)
        return (not getattr(a, "primary", False), s.type.value != "direct", -len(s.text), s.id)
    return min(ms, key=rank)


def _shown(members: Sequence[Statement], venue: str | None) -> str | None:
    """The venue as the reports most often write it, in Latin script where some do ("Russia 1" for
    the key ``russia1``)."""
    if not venue:
        return None
    names = Counter(s.venue_name for s in members if s.venue_name and venue_key(s.venue_name) == venue)
    latin_names = Counter({n: c for n, c in names.items() if n.isascii()})  # one name for every reader
    names = latin_names or names
    return max(sorted(names), key=names.get) if names else venue


def _label(members: Sequence[Statement], venue: str | None, kind: str | None, day: int | None) -> str:
    name = next((s.person_name for s in members if s.person_name), None) or next(
        (s.speaker_name for s in members if s.speaker_name), None) or "unknown speaker"
    shown = _shown(members, venue)
    what = " ".join(x for x in (kind, f"with {shown}" if shown and kind == "interview" else shown if shown else None) if x)
    when = _iso(day) or "undated"
    return f"{name}: {what or 'statements'}, {when}"


__all__ = ["Grouping", "LEXICAL_WEIGHT", "SAME_CLAIM", "anchor_partial_quotes", "asserts_nothing", "average_linkage",
           "group_speaker", "join_copies", "sources",
           "similarity"]
