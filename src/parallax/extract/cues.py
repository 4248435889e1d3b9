"""Cue words found through morphology: verbs ("said", "заявила", "наголосив"), multi-word cues
("express doubt", "выразить сомнение") and according-phrases ("according to", "по словам",
"як заявив").
"""

from __future__ import annotations

from dataclasses import dataclass

from .doc import Doc, Tok

_EN_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these",
                             "those", "my", "your", "whose", "such", "no", "any", "every", "each"})
_SLAVIC_VERB_POS = ("VERB", "INFN", "GRND", "PRTS")


@dataclass(frozen=True, slots=True)
class Cue:
    first: int  # token index
    last: int
    cls: str
    lemma: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class According:
    first: int
    last: int  # last token of the phrase (the source follows for prep/clause, precedes for post)
    kind: str  # prep | post | clause
    cue_tok: int | None  # the verb of a clause phrase ("как заявил")


def find_cues(doc: Doc) -> dict[int, Cue]:
    """Cue verbs outside quotes, by token index of their first word."""
    lang = doc.lang
    toks = doc.tokens
    out: dict[int, Cue] = {}
    phrases = lang.cue_phrases
    first_words: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        first_words.setdefault(ph[0], []).append(ph)
    for t in toks:
        if not t.is_word or len(t.text) < 2 or doc.in_quote(t.start):
            continue
        if t.text[:1].isupper() and lang.code == "en" and t.i > 0 and toks[t.i - 1].sent == t.sent:
            continue
        lemmas = lang.lemmas(t.text) if lang.code != "en" else lang.lemmas(t.text)
        # multi-word cues first: "express doubt", "выразить сомнение"
        hit = None
        for lem in lemmas:
            for ph in first_words.get(lem, ()):
                idx, ok, k = [t.i], True, t.i
                for word in ph[1:]:
                    k += 1
                    while k < len(toks) and k - t.i <= len(ph) + 1 and word not in lang.lemmas(toks[k].text) \
                            and toks[k].text.lower() != word:
                        k += 1
                    if k >= len(toks) or k - t.i > len(ph) + 1:
                        ok = False
                        break
                    idx.append(k)
                if ok:
                    hit = Cue(t.i, idx[-1], phrases[ph], " ".join(ph),
                              tuple((toks[i].start, toks[i].end) for i in idx))
                    break
            if hit:
                break
        if hit is None:
            cls = None
            lemma = None
            for lem in lemmas:
                if lem in lang.cue_verbs:
                    cls, lemma = lang.cue_verbs[lem], lem
                    break
            if cls is None:
                continue
            if not _verb_like(doc, t, lemma):
                continue
            hit = Cue(t.i, t.i, cls, lemma, ((t.start, t.end),))
        out[t.i] = hit
    return out


def _verb_like(doc: Doc, t: Tok, lemma: str) -> bool:
    lang = doc.lang
    toks = doc.tokens
    if lang.code == "en":
        prev = toks[t.i - 1].lower if t.i > 0 else ""
        if prev in _EN_NOUN_BEFORE:
            return False
        nxt = toks[t.i + 1].lower if t.i + 1 < len(toks) else ""
        if nxt in ("of",) and lemma not in ("speak", "think", "warn", "boast", "complain", "tell"):
            return False
        return True
    if lang.code in ("ru", "uk"):
        for p in lang._parse(t.text):
            if p.normal_form == lemma and p.tag.POS in _SLAVIC_VERB_POS:
                return True
        return False
    return not t.text[:1].isupper()


def find_according(doc: Doc) -> list[According]:
    """According-phrases outside quotes ("according to", "по словам", "X zufolge", "как заявил")."""
    lang = doc.lang
    toks = doc.tokens
    if not lang.according:
        return []
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in lang.according:
        by_first.setdefault(words[0], []).append((words, kind))
    out: list[According] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        cands = by_first.get(t.lower)
        matched = None
        if cands and not doc.in_quote(t.start):
            for words, kind in cands:
                k, ok, cue_tok = i, True, None
                for w in words[1:]:
                    k += 1
                    if k >= n:
                        ok = False
                        break
                    if w == "*":
                        continue
                    if kind == "clause":
                        if w in lang.lemmas(toks[k].text) or toks[k].lower == w:
                            cue_tok = k
                            continue
                        ok = False
                        break
                    if toks[k].lower != w:
                        ok = False
                        break
                if ok:
                    matched = According(i, k, kind, cue_tok)
                    break
        if matched:
            out.append(matched)
            i = matched.last + 1
        else:
            i += 1
    return out
