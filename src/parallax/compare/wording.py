"""Word-level readings the contradiction rules share: a short first-person denial, the words outside relative
clauses, countries' names across scripts, and the negators that negate no proposition (an ability, a
dismissal, "impossible to say").

Reads: ``lang/<code>/first_singular.txt``, ``negators``, ``relatives``, ``exonyms.txt``, ``abilities.txt``,
``dismissals``, ``recalls.txt``, ``own_acts.txt``, ``antonyms.txt`` (through ``compare.antonyms``). Used by ``compare.contradictions`` (issue 12).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.base import WORD_RE, _pack_table
from . import antonyms


def own_denial(text: str, lg) -> bool:
    """A short negation in the first person singular that names nothing ("I'm not leaving", «Я никуда
    не ухожу», or its antonym "I'm staying in the race"): the speaker denies his own course of action,
    and only the article (its headline) says which. Its topic is read there for retrieval; the words and
    polarity stay the speaker's."""
    words = WORD_RE.findall(text)
    if not words or len(words) > OWN_DENIAL_TEXT:
        return False

    def me(w: str) -> bool:  # "I’m", "I'll": the pronoun before a contraction
        return bool(lg.has_word(re.split(r"['’]", w)[0], "first_singular"))

    def negated(w: str) -> bool:
        return bool(lg.has_word(w, "negators") or w.lower().endswith(("n't", "n’t")))

    # one clause of a few words holds the pronoun and the negator: "I’m not leaving", «Я не уйду, …»;
    # not "I don't care what those big names think", whose object is a clause of its own
    clauses = [WORD_RE.findall(c) for c in re.split(r"[,.;:!?…]", text)]
    if not any(len(c) <= OWN_DENIAL_WORDS and any(map(me, c)) and (
            any(map(negated, c)) or antonyms.opposed(" ".join(c), lg)) for c in clauses):
        return False
    return not any(lg.is_name_word(w, j == 0) for j, w in enumerate(words) if len(w) > 2 and not me(w))


#: the clause of a short first-person denial: pronoun, negator, verb and an adverb or two; its whole text
OWN_DENIAL_WORDS = 5
OWN_DENIAL_TEXT = 8


def main_words(text: str, lg) -> list[str]:
    """The words of ``text`` outside its relative clauses (a comma, then a relative pronoun among the first two
    words: «…, які відбудуться в листопаді»): what they will do is not what the speaker promises."""
    return [w for i, c in enumerate(text.split(",")) if not (i and any(
        lg.has_word(w, "relatives") for w in WORD_RE.findall(c)[:2])) for w in WORD_RE.findall(c)]


def exonyms(tokens: Sequence[str], lg) -> dict[str, str]:
    """The words among ``tokens`` whose lemma ``exonyms.txt`` gives an English name for («Польщі» → Poland,
    «польской» → Poland)."""
    table = _pack_table(lg.code, "exonyms")
    if not table:
        return {}
    return {t: name for t in tokens if len(t) > 2 and (name := next(
        (table[f] for f in (t.lower(), *lg._lemmas_cached(t)) if f in table), None))}


def is_negator(w: str, lg) -> bool:
    """A word of ``negators.txt`` or a contracted "n't"."""
    return bool(lg.has_word(w, "negators") or w.lower().endswith(("n't", "n’t")))


#: how far after a negator a feeling word stands ("I did not feel fear")
FEELING_WORDS = 3


def idle_negations(words: Sequence[str], lg, negator: Sequence[bool] | None = None,
                   dismissal: Sequence[bool] | None = None, feeling: Sequence[bool] | None = None) -> set[int]:
    """Indices of the words that negate no proposition, to be read as neither negator nor dismissal:
    a negator on a verb of ability ("I cannot deliver the mandate", «однако не смог»: someone could not
    do something, which denies no event; not "cannot have", «не может быть», ``abilities.txt``), a negator
    before a feeling ("I had no fear", «он не боялся», ``feelings.txt``: how the speaker felt) or before a
    word that makes the pair an idiom («не раз»: many times; «тем не менее»: nevertheless; ``abilities.txt``:
    idle), a dismissal under a negator with the negator ("We didn't lie", «это не ложь»: a double negation), a dismissal after the infinitive's
    "to" ("I never told anybody to lie": the act named, not a report called false), and a
    word of impossibility before an infinitive ("it is impossible to say for 100% whose rocket fell"): it judges
    an action, where "impossible that a missile hit" denies a proposition; a negator in a restrictive relative clause
    ("a relationship … that was not appropriate", ``restrictives.txt``) qualifies a noun. ``negator``, ``dismissal``, ``feeling``:
    each word's answers when the caller holds them already (``contradictions.read``'s word cache)."""
    table = _pack_table(lg.code, "abilities")
    out: set[int] = set()
    low = [w.lower() for w in words]
    if negator is None:
        negator = [is_negator(w, lg) for w in words]
    if dismissal is None:
        dismissal = [bool(lg.has_word(w, "dismissals")) for w in words]
    if feeling is None:
        feeling = [bool(lg.has_word(w, "feelings")) for w in words]

    def able(i: int) -> bool:  # an ability word at i whose verb (the next word but an adverb) is no "be"/"have"
        if table.get(low[i]) != "ability":
            return False
        nxt = next((w for w in low[i + 1:i + 3] if table.get(w) == "epistemic" or not w.endswith("ly")), "")
        return table.get(nxt) != "epistemic"

    rel = _pack_table(lg.code, "restrictives")
    for i, w in enumerate(words):
        if rel and negator[i] and i >= 3 and rel.get(low[i - 2]) == "relative" and rel.get(low[i - 1]) == "verb" \
                and not rel.get(low[i - 3]) and not lg.cue_class(words[i - 3]):
            out.add(i)  # "a relationship … that was not appropriate": the negator qualifies a noun
        if table and negator[i] and (able(i) or i + 1 < len(words) and able(i + 1)):
            out.add(i)  # "cannot", "can't" are both; "not able", «не смог»: the negator
        if negator[i] and (i + 1 < len(words) and table.get(low[i + 1]) == "idle" or any(
                feeling[i + 1:i + 1 + FEELING_WORDS])):
            out.add(i)
        if dismissal[i] and i and table.get(low[i - 1]) == "infinitive":
            out.add(i)
        if dismissal[i] and (negs := [j for j in range(max(0, i - 2), i) if negator[j]]):
            out.update((i, *negs))
        elif i + 1 < len(words) and table.get(low[i]) == "possibility" and (
                table.get(low[i + 1]) == "infinitive" or lg.is_infinitive(words[i + 1])):
            out.add(i)  # "impossible to say whose rocket", «невозможно сказать»: an action judged, no proposition
    return out


def recalled(text: str, cue_start: int, lg) -> str | None:
    """The pluperfect auxiliary among the two words before a cue ("Iran had previously denied any
    responsibility", ``recalls.txt``): the outlet recalls a denial made before what it reports, which the
    record holds where it was made; no denial said now."""
    before = WORD_RE.findall(text[max(0, cue_start - 40):cue_start])[-2:]
    return next((w.lower() for w in before if lg.has_word(w, "recalls")), None)


def own_act(text: str, lg) -> bool:
    """Whether the words denied begin with the speaker as their doer ("that he advised Khashoggi to go to the
    consulate, where the reporter was killed", ``own_acts.txt``), or a noun of one's part naming no one's ("denied any
    knowledge or connection to the bomb threat"): a denial of his own part, not of the event."""
    words = WORD_RE.findall(text)[:OWN_ACT_WORDS + 1]
    if any(lg.has_word(w, "own_acts") == w.lower() for w in words[:OWN_ACT_WORDS]):
        return True
    # "any knowledge or connection to the bomb threat" (``involvements.txt``), naming no one's part: not "Belarus'
    # involvement", «причастность Белоруссии»
    return any(lg.has_word(w, "involvements") == w.lower() for w in words[:OWN_ACT_WORDS]) and not any(
        lg.is_name_word(w, j == 0) for j, w in enumerate(words))


#: how far into the denied words the speaker's pronoun may stand ("что он", "that he")
OWN_ACT_WORDS = 2


def modal_phrase(words: Sequence[str], i: int, lg) -> str | None:
    """The class of the two-word modal that ``words[i]`` begins with the next word's form or lemma («має
    наміру»: "має намір", an intention), where the first word alone is another («має», an obligation)."""
    if i + 1 >= len(words):
        return None
    modals = lg.modals()
    first = words[i].lower()
    return next((modals[k] for nxt in (words[i + 1].lower(), *lg._lemmas_cached(words[i + 1]))
                 if (k := f"{first} {nxt}") in modals), None)


__all__ = ["exonyms", "idle_negations", "is_negator", "main_words", "modal_phrase", "own_act", "own_denial",
           "recalled"]
