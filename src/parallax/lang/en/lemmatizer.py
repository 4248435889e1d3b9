"""A rule-based English lemmatiser for verbs: an irregular table, then suffix rules.

It returns candidates (most likely first) instead of one answer, because the caller checks
them against a lexicon: "states" → state, "said" → say, "denied" → deny, "noting" → note.
"""

from __future__ import annotations

from functools import lru_cache

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "thought": "think", "knew": "know", "known": "know",
    "felt": "feel", "meant": "mean", "held": "hold", "gave": "give", "given": "give",
    "got": "get", "made": "make", "took": "take", "taken": "take", "saw": "see", "seen": "see",
    "found": "find", "went": "go", "gone": "go", "came": "come", "began": "begin",
    "begun": "begin", "led": "lead", "swore": "swear", "sworn": "swear", "taught": "teach",
    "understood": "understand", "sought": "seek", "heard": "hear", "stood": "stand",
    "brought": "bring", "laid": "lay", "dealt": "deal", "foresaw": "foresee",
    "foreseen": "foresee", "forecast": "forecast", "put": "put", "read": "read", "set": "set",
    "bet": "bet", "hit": "hit", "let": "let", "shown": "show", "did": "do", "done": "do",
    "does": "do", "has": "have", "had": "have", "was": "be", "were": "be", "is": "be",
    "are": "be", "been": "be", "am": "be", "reckoned": "reckon", "outlined": "outline",
    "forbade": "forbid", "forgot": "forget", "withheld": "withhold", "upheld": "uphold",
    "misled": "mislead", "overheard": "overhear", "retold": "retell", "foretold": "foretell",
    "underwrote": "underwrite", "bade": "bid", "bid": "bid", "became": "become",
}


@lru_cache(maxsize=100_000)
def lemma_candidates(w: str) -> tuple[str, ...]:
    """Candidate lemmas of a lower-case word, most likely first (the word itself last)."""
    if w in IRREGULAR:
        return (IRREGULAR[w], w)
    out: list[str] = []
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("ied") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        out += [stem, w[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if w.endswith("es") and len(w) > 3:
        out += [w[:-2], w[:-1]]
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 2:
        out.append(w[:-1])
    out.append(w)
    return tuple(dict.fromkeys(out))
