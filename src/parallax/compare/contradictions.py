"""Contradictions: a statement whose speaker asserts the opposite of a recorded fact or of his own earlier words.

Reads: statements, articles, facts and cached vectors (through ``Store``).
Writes: contradiction flags and the record of what was checked (``Store.replace_contradictions``).
Depends on: ``align.embed`` (multilingual E5, or the lexical fallback), ``lang`` word lists
(``negators``, ``denial_verbs``, ``dismissals``, ``hedges``, ``modals``).

No NLI model installs offline, so this retrieves and then decides by rule (issue 12):

1. *Retrieve*: the cosine of the statement's content and the fact (or the earlier statement)
   is at least ``Rules.fact_sim`` / ``Rules.earlier_sim`` and they share an entity (the fact's
   ``entities``, or a name both mention), matched on a consonant skeleton of the Latin
   transliteration, so ``Belarus`` / ``Беларуси`` / ``Білорусі`` meet.
2. *Decide* on the speaker's words only (the content span, the cue and the few words between
   them; never the rest of the outlet's sentence): opposite polarity (an odd count of negators,
   denial verbs such as deny / «опроверг» / «заперечив» and dismissals such as "fake"), or an
   incompatible number or year. A question, a hedge ("maybe", "if"), or a modal of opinion
   ("should") is not an assertion and is never flagged.

Each flag carries its rule and a one-sentence reason that quotes both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

import numpy as np

from .. import lang as languages
from ..align.embed import Embedder, latin
from ..lang.base import WORD_RE
from ..model import Article, Contradiction, Fact, Statement


@dataclass(frozen=True, slots=True)
class Rules:
    """Which parts decide, for the ablation (``embedder_only`` flags every retrieved pair)."""

    embedder_only: bool = False
    negation: bool = True
    polarity_verbs: bool = True
    numbers: bool = True
    hedges: bool = True
    #: cosine (E5, compressed scale: unrelated ≈ 0.78, one topic ≈ 0.83–0.88) at which a statement
    #: with a denial verb or dismissal ("denied that …", "called … fake") is about a fact / earlier words
    denial_sim: float = 0.80
    #: a bare negator or a number is weaker evidence ("troops will not fight" is near many facts
    #: about troops), so it needs a closer match
    negation_sim: float = 0.83
    #: retrieval floor: below it a pair is never considered (and the embedder-only baseline flags above it)
    fact_sim: float = 0.80
    #: a statement is read against every fact within this margin of the one it is closest to
    fact_margin: float = 0.04
    #: two statements of one speaker on one topic score 0.88–0.92 whatever their polarity, so the
    #: record needs a closer match than a fact does
    earlier_sim: float = 0.92


ABLATION = {
    "embedder only": Rules(embedder_only=True),
    "+ negation": Rules(polarity_verbs=False, numbers=False, hedges=False),
    "+ polarity verbs": Rules(numbers=False, hedges=False),
    "+ numbers/dates": Rules(hedges=False),
    "+ hedges/questions (all)": Rules(),
}

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
_MULTIPLIERS = (("thousand", 1e3), ("тыс", 1e3), ("тис", 1e3), ("million", 1e6), ("млн", 1e6),
                ("миллион", 1e6), ("мільйон", 1e6), ("billion", 1e9), ("млрд", 1e9), ("миллиард", 1e9),
                ("мільярд", 1e9))
_VOWELS = set("aeiouy'")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a piece of text asserts, as far as the rules see it."""

    negative: bool
    negators: tuple[str, ...] = ()
    denial: str | None = None
    hedge: str | None = None
    numbers: tuple[float, ...] = ()
    years: tuple[int, ...] = ()
    names: frozenset[str] = frozenset()
    skeletons: frozenset[str] = frozenset()


_SPELLING = (("ph", "f"), ("ch", "c"), ("kh", "k"), ("sh", "s"), ("zh", "z"), ("th", "t"), ("c", "k"),
             ("q", "k"), ("w", "v"), ("x", "ks"))


def skeleton(word: str) -> str:
    """Consonants of the Latin transliteration, doubles collapsed (``Беларуси`` → ``blrs``,
    ``Crimea`` and ``Крым`` → ``krm``)."""
    lat = latin(word)
    for a, b in _SPELLING:
        lat = lat.replace(a, b)
    out = []
    for ch in lat:
        if ch.isalpha() and ch not in _VOWELS and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)[:4]


def _skel_match(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return n >= 2 and a[:n] == b[:n]


def _same_name(a: str, b: str) -> bool:
    """Two names share their last word's skeleton ("Vladimir Putin" / "Putin")."""
    wa, wb = WORD_RE.findall(a), WORD_RE.findall(b)
    return bool(wa and wb) and skeleton(wa[-1]) == skeleton(wb[-1]) != ""


def numbers(text: str) -> tuple[tuple[float, ...], tuple[int, ...]]:
    """(quantities, years) written in ``text``; years are 1900–2100 without a multiplier."""
    nums, years = [], []
    for m in _NUMBER.finditer(text):
        raw = m.group(1)
        digits = re.sub(r"[ ,\u00a0\u202f]", "", raw) if re.search(r"\d[ ,\u00a0\u202f]\d{3}", raw) else raw
        try:
            value = float(digits.replace(",", "."))
        except ValueError:
            continue
        after = text[m.end():m.end() + 12].lower().lstrip()
        mult = next((k for w, k in _MULTIPLIERS if after.startswith(w)), None)
        if mult is None and 1900 <= value <= 2100 and value.is_integer():
            years.append(int(value))
            continue
        nums.append(value * (mult or 1))
    return tuple(nums), tuple(years)


def read(text: str, language: str | None, *, frame: str = "", question: bool = False,
         rules: Rules = Rules()) -> Reading:
    """Read the polarity, hedges, numbers and names of ``text`` (the speaker's words).

    Args:
        text: the content span.
        language: its ISO code; word lists come from ``lang/<code>/``.
        frame: the cue and the words between it and the content ("denied that"): a denial there
            counts, anything else of the outlet's sentence is never read.
        question: the content was asked, not asserted (a ``?`` closes it).
    """
    lg = languages.get(language)
    toks = WORD_RE.findall(text)
    negs = []
    if rules.negation:
        for t in toks:
            low = t.lower()
            if lg.has_word(t, "negators") or low.endswith(("n't", "n’t")):
                negs.append(low)
    denial = None
    if rules.polarity_verbs:
        for t in WORD_RE.findall(frame):
            denial = denial or lg.has_word(t, "denial_verbs") or lg.has_word(t, "dismissals")
        for t in toks:
            denial = denial or lg.has_word(t, "denial_verbs") or lg.has_word(t, "dismissals")
    hedge = None
    if rules.hedges:
        if question or text.rstrip().rstrip("»”\"'’").endswith("?"):
            hedge = "?"
        for t in toks:
            hedge = hedge or lg.has_word(t, "hedges") or lg.has_word(t, "modals")
    # any negator negates (Slavic negative concord "никогда не" and two clauses with "not" each are
    # not double negation); a denial of a negated clause asserts it
    flips = (1 if negs else 0) + (1 if denial else 0)
    nums, years = numbers(text) if rules.numbers else ((), ())
    names = frozenset(skeleton(t) for i, t in enumerate(toks) if t[:1].isupper() and len(t) > 2)
    skels = frozenset(skeleton(t) for t in toks if len(t) > 3)
    return Reading(flips % 2 == 1, tuple(negs), denial, hedge, nums, years, names - {""}, skels - {""})


def _shares(entities: Iterable[str], reading: Reading) -> list[str]:
    """The entities (each one or more words) that ``reading`` mentions."""
    found = []
    for e in entities:
        ws = [skeleton(w) for w in WORD_RE.findall(e) if len(w) > 2]
        if any(_skel_match(w, s) for w in ws if w for s in reading.skeletons):
            found.append(e)
    return found


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if x.is_integer() else f"{x:g}"


def _conflict(a: Sequence[float], b: Sequence[float], tolerance: float = 0.1) -> bool:
    """Both give numbers and none of one is within ``tolerance`` of one of the other."""
    if not a or not b:
        return False
    return not any(abs(x - y) <= tolerance * max(abs(x), abs(y), 1) for x in a for y in b)


def decide(st: Reading, other: Reading, sim: float, *, threshold: float, shared: bool,
           rules: Rules) -> tuple[str, float] | None:
    """The rule that flags the pair (negation, denial, number, date) and its score, or None."""
    if sim < threshold or not shared:
        return None
    if rules.embedder_only:
        return "similar", sim
    # a hedge inside a denied report belongs to the report ("called reports that troops could join … stupid")
    if (st.hedge and (st.hedge == "?" or not st.denial)) or other.hedge:
        return None
    if st.negative != other.negative:
        if st.denial and sim >= max(threshold, rules.denial_sim):
            return "denial", sim
        if sim >= max(threshold, rules.negation_sim):
            return "negation", sim
        return None
    if rules.numbers and sim >= rules.negation_sim and not st.negative:
        if _conflict(st.numbers, other.numbers):
            return "number", sim
        if st.years and other.years and not set(st.years) & set(other.years):
            return "date", sim
    return None


def _reason(rule: str, st: Reading, other: Reading, other_text: str, against: str) -> str:
    if rule == "denial":
        return f"denies it (“{st.denial}”) where {against} records “{_short(other_text)}”"
    if rule == "negation":
        says = "negates it" if st.negative else "asserts it"
        return f"{says} where {against} says the opposite: “{_short(other_text)}”"
    if rule == "number":
        return (f"gives {', '.join(_fmt(x) for x in st.numbers)} where {against} records "
                f"{', '.join(_fmt(x) for x in other.numbers)}: “{_short(other_text)}”")
    if rule == "date":
        return (f"puts it in {', '.join(map(str, st.years))} where {against} records "
                f"{', '.join(map(str, other.years))}: “{_short(other_text)}”")
    return f"is close in meaning to {against}: “{_short(other_text)}”"


def _frame(s: Statement, article: Article | None) -> tuple[str, bool]:
    """The cue plus the words between it and the content (≤ 60 chars), and whether a ``?`` closes it."""
    text = article.text if article else ""
    frame = " ".join(c.text for c in s.cue)
    if s.cue and text:
        cue_end = max(c.end for c in s.cue)
        if cue_end <= s.start and s.start - cue_end <= 60:
            frame += " " + text[cue_end:s.start]
    question = "?" in text[s.end:s.end + 3] if text else False
    return frame, question


def reading_of(s: Statement, article: Article | None, rules: Rules = Rules()) -> Reading:
    frame, question = _frame(s, article)
    return read(s.text, s.language or (article.language if article else None), frame=frame,
                question=question, rules=rules)


def against_facts(statements: Sequence[Statement], articles: Mapping[str, Article], facts: Sequence[Fact],
                  vectors: Mapping[str, np.ndarray], fact_vectors: Mapping[str, np.ndarray], *,
                  rules: Rules = Rules()) -> list[Contradiction]:
    """Flags of ``statements`` against the facts: each statement is read against the one fact it
    is most about among those whose entities it names (a denial of one thing is close to every
    fact on its topic: "played any part in the invasion" vs "held joint exercises")."""
    out: list[Contradiction] = []
    # a fact records what happened: it is read as an assertion whatever its wording ("did not leave … and
    # took part"), so only its numbers, years and names are read from it
    fact_reads = {f.id: replace(read(f.text, f.language, rules=rules), negative=False, hedge=None) for f in facts}
    for s in statements:
        if s.id not in vectors:
            continue
        r = reading_of(s, articles.get(s.article_id), rules)
        cands = []
        for f in facts:
            # the speaker counts among what the statement is about ("Putin" for Putin's words)
            speaker = s.person_name or s.speaker_name or ""
            if f.id not in fact_vectors or (f.entities and not _shares(f.entities, r) and not any(
                    speaker and _same_name(e, speaker) for e in f.entities)):
                continue
            cands.append((float(np.dot(vectors[s.id], fact_vectors[f.id])), f))
        if not cands:
            continue
        top = max(c[0] for c in cands)
        for sim, f in sorted(cands, key=lambda c: -c[0]):
            if sim < top - rules.fact_margin:
                break
            got = decide(r, fact_reads[f.id], sim, threshold=rules.fact_sim, shared=True, rules=rules)
            if got:
                rule, score = got
                out.append(Contradiction(s.id, "fact", f.id,
                                         _reason(rule, r, fact_reads[f.id], f.text, f"fact {f.id}"),
                                         round(score, 3), rule, f.version))
    return out


def against_earlier(statements: Sequence[Statement], articles: Mapping[str, Article],
                    vectors: Mapping[str, np.ndarray], *, rules: Rules = Rules()) -> list[Contradiction]:
    """Flags of each statement against the same person's statements published on an earlier day
    (another claim), each later statement against the earlier one it is closest to."""
    reads = {s.id: reading_of(s, articles.get(s.article_id), rules) for s in statements if s.id in vectors}
    by_person: dict[str, list[Statement]] = {}
    for s in statements:
        if s.person_id and s.id in reads:
            by_person.setdefault(s.person_id, []).append(s)

    def day(s: Statement) -> str:
        a = articles.get(s.article_id)
        return ((a.published if a else None) or "")[:10]

    out: list[Contradiction] = []
    for stmts in by_person.values():
        for later in stmts:
            d1 = day(later)
            found = None
            for earlier in stmts:
                d0 = day(earlier)
                if not d0 or not d1 or d0 >= d1 or (later.claim_id and later.claim_id == earlier.claim_id):
                    continue
                r1, r0 = reads[later.id], reads[earlier.id]
                shared = not (r1.names and r0.names) or any(_skel_match(a, b) for a in r1.names for b in r0.names)
                sim = float(np.dot(vectors[later.id], vectors[earlier.id]))
                got = decide(r1, r0, sim, threshold=rules.earlier_sim, shared=shared, rules=rules)
                if got and (found is None or got[1] > found[1][1]):
                    found = (earlier, got, d0)
            if found:
                earlier, (rule, score), d0 = found
                a0 = articles.get(earlier.article_id)
                where = f"the speaker's statement of {d0}" + (f" ({a0.outlet})" if a0 and a0.outlet else "")
                out.append(Contradiction(later.id, "statement", earlier.id,
                                         _reason(rule, reads[later.id], reads[earlier.id], earlier.text, where),
                                         round(score, 3), rule))
    return out


@dataclass
class CheckSummary:
    statements: int = 0
    facts: int = 0
    flags: int = 0

    def __str__(self) -> str:
        return (f"checked {self.statements} new statements and {self.facts} new facts for contradictions: "
                f"{self.flags} flags")


def fact_vectors(facts: Sequence[Fact], embedder: Embedder) -> dict[str, np.ndarray]:
    vecs = embedder.embed([f.text for f in facts]) if facts else []
    return {f.id: v for f, v in zip(facts, vecs)}


def run(store, *, embedder: Embedder | None = None, full: bool = False, rules: Rules = Rules()) -> CheckSummary:
    """Check what is new since the last run: new statements against the facts and their speaker's
    record; when a fact is new or edited, every statement against the facts. ``full`` rechecks all."""
    from ..align import get_embedder, vectors_for

    if full:
        store.forget_checks()
    done = store.checked()
    facts = store.facts()
    statements = [s for s in store.statements() if s.person_id or s.speaker_name]
    new_ids = {s.id for s in statements if f"s:{s.id}" not in done}
    fact_keys = {f"f:{f.id}:{f.version}" for f in facts}
    facts_changed = bool(fact_keys - done)  # an edit is a new version, so a new key
    summary = CheckSummary(len(new_ids), len(fact_keys - done))
    if not new_ids and not facts_changed:
        return summary
    embedder = embedder or get_embedder("auto")
    persons = {s.person_id for s in statements if s.id in new_ids and s.person_id}
    fact_scope = statements if facts_changed else [s for s in statements if s.id in new_ids]
    record_scope = [s for s in statements if s.person_id in persons]
    scope = {s.id: s for s in [*fact_scope, *record_scope]}
    articles = {a.id: a for a in store.articles(ids=sorted({s.article_id for s in scope.values()}))}
    vectors = vectors_for(store, list(scope.values()), embedder) if scope else {}
    flags = against_facts(fact_scope, articles, facts, vectors, fact_vectors(facts, embedder), rules=rules)
    flags += against_earlier(record_scope, articles, vectors, rules=rules)
    fact_ids = {s.id for s in fact_scope}
    record_ids = {s.id for s in record_scope}
    keep = [c for c in store.contradictions()
            if not (c.against_kind == "fact" and c.statement_id in fact_ids)
            and not (c.against_kind == "statement" and c.statement_id in record_ids)]
    everything = [*keep, *flags]
    with store.transaction():
        store.replace_contradictions(everything, statement_ids=sorted({c.statement_id for c in store.contradictions()}))
        store.mark_checked([*(f"s:{i}" for i in new_ids), *(fact_keys - done)])
    summary.flags = len(flags)
    return summary


__all__ = ["ABLATION", "CheckSummary", "Reading", "Rules", "against_earlier", "against_facts", "decide", "numbers", "read", "reading_of",
           "run", "skeleton"]
