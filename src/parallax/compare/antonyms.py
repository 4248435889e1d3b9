"""Antonyms: a plain statement that asserts the opposite of a fact's event ("I'm staying in the race"
against "Joe Biden withdrew from the race") denies it as a negator would.

Reads: ``lang/<code>/antonyms.txt`` (word<TAB>event label, or ``-label`` for a word asserting its
opposite; the labels are shared across languages, so «Я остаюсь в гонке» meets an English fact).
Used by ``compare.contradictions`` (issue 12).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..lang.base import WORD_RE, _pack_table


#: event labels that name a state, not a course: "FTX is fine" says how things stand when said (no promise),
#: against a fact from the first day its text names (``timing.fact_start``)
STATES = frozenset({"fail"})
#: event labels that name what someone is, not what he does ("soldiers" against "civilians"): no one's act, so no
#: predicate a speaker can go back on (``sides`` in the record)
KINDS = frozenset({"military"})


def events(words: Sequence[str], lg) -> dict[str, str]:
    """Event label → the word naming it (``"-leave"`` for "stay", ``"leave"`` for "withdrew" or "stand down"),
    by word or lemma."""
    table = _pack_table(lg.code, "antonyms")
    if not table:
        return {}
    out: dict[str, str] = {}
    for i, w in enumerate(words):
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        for form in (w.lower(), *lg._lemmas_cached(w)):
            # a verb with its particle ("stand down", "step aside") before the verb alone
            if nxt and f"{form} {nxt}" in table:
                out.setdefault(table[f"{form} {nxt}"], f"{w} {words[i + 1]}")
                break
            if form in table:
                out.setdefault(table[form], w)
                break
    return out


def fact_events(text: str, lg) -> frozenset[str]:
    """The events a text names ("withdrew", "for me to stand down" → ``leave``), not the words asserting
    an opposite."""
    return frozenset(k for k in events(WORD_RE.findall(text), lg) if not k.startswith("-"))


def opposed(text: str, lg) -> dict[str, str]:
    """Event label → the word of ``text`` asserting its opposite ("staying" for ``leave``); not one negated
    within the two words before it («не может оставаться на посту», "not staying" assert the event)."""
    words = WORD_RE.findall(text)
    out = {}
    for k, w in events(words, lg).items():
        i = words.index(w.split()[0]) if k.startswith("-") else -1
        if i >= 0 and not any(lg.has_word(x, "negators") or x.lower().endswith(("n't", "n’t"))
                              for x in words[max(0, i - 2):i]):
            out[k[1:]] = w
    return out


#: how many words before an event word its negator may stand ("will not step down", «не намерен покидать пост»)
NEGATED_WITHIN = 5


def sides(text: str, lg) -> dict[str, bool]:
    """Event label → the side ``text`` takes on it, clause by clause: False when it negates the event (a negator
    or a refusal within ``NEGATED_WITHIN`` words before its word: "will not quit", «не уйду», "not a quitter"; or
    its opposite not negated: "I'm staying"), True when it names the event un-negated ("will step down", «йде у
    відставку»; or its opposite negated: "not staying"). A label the text takes both sides on is left out: the
    predicate of a speaker's words, compared across languages by its shared label (``contradictions``)."""
    from .wording import idle_negations, is_negator  # wording reads this module

    if not events(WORD_RE.findall(text), lg):  # most statements name no event: no clause to read
        return {}
    out: dict[str, set[bool]] = {}
    for clause in re.split(r"[,;:.!?…—–]", text):
        words = WORD_RE.findall(clause)
        idle = idle_negations(words, lg)  # «тем не менее», «не раз»: idioms, no negation
        for k, w in events(words, lg).items():
            i = words.index(w.split()[0])
            negated = any((is_negator(x, lg) or lg.has_word(x, "refusals")) and n not in idle
                          for n, x in enumerate(words[:i]) if n >= i - NEGATED_WITHIN)
            opposite = k.startswith("-")
            out.setdefault(k.lstrip("-"), set()).add(negated == opposite)
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


__all__ = ["KINDS", "NEGATED_WITHIN", "STATES", "events", "fact_events", "opposed", "sides"]
