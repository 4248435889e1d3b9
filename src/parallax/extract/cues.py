"""Cue words found through morphology: verbs ("said", "заявила", "наголосив"), multi-word cues
("express doubt", "выразить сомнение") and according-phrases ("according to", "по словам",
"як заявив").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import every_pack, every_table
from .doc import Doc, Tok

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
    title_case: dict[int, bool] = {}
    for t in toks:
        if not t.is_word or len(t.text) < 2 or doc.in_quote(t.start):
            continue
        if t.text[:1].isupper() and lang.title_case_headlines and t.i > 0 and toks[t.i - 1].sent == t.sent \
                and not _title_case_sentence(doc, t.sent, title_case):
            continue  # a capitalised word mid-sentence is a name, except in a headline
        lemmas = lang.lemmas(t.text)
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
            if cls is None and (lemma := _relaying_frame(doc, t, lemmas)) is not None:
                cls = "speech"
            if cls is None and not lang.cue_verbs and _frame_word_after_quote(doc, t):
                out[t.i] = Cue(t.i, t.i, "speech", t.lower, ((t.start, t.end),))
                continue
            if cls is None:
                continue
            if not _verb_like(doc, t, lemma):
                continue
            hit = Cue(t.i, t.i, cls, lemma, ((t.start, t.end),))
        out[t.i] = hit
    if lang.separable:
        _separable_cues(doc, out)
    return out


def _relaying_frame(doc: Doc, t: Tok, lemmas) -> str | None:
    """The lemma of a publishing verb (``publish_verbs``: «передавать», «цитировать») that frames the
    quote closing right before it («…», — передаёт ТАСС слова Доценко): a cue there only, since
    elsewhere it relays a whole report («…, передает РИА Новости») or hands something over."""
    lem = next((x for x in lemmas if x in doc.lang.publish_verbs), None)
    if lem is None or t.i < 2:
        return None
    k = t.i - 1
    if doc.tokens[k].text in ("—", "–", "-"):
        k -= 1
    if doc.tokens[k].text == ",":
        k -= 1
    q = doc.quote_at(doc.tokens[k].start)
    return lem if k < t.i - 1 and q is not None and q.end == doc.tokens[k].end else None


def _frame_word_after_quote(doc: Doc, t: Tok) -> bool:
    """In a language with no cue lexicon (no pack), the one lower-case word between a quote closed
    with a comma and a capitalised name is its cue: »…,« siger Mette Frederiksen; „…,“ teica Kariņš.
    Every language writes a frame so, and without the comma the word may be anything."""
    toks = doc.tokens
    i = t.i
    if not t.text[:1].islower() or not t.text.isalpha() or i < 2 or i + 1 >= len(toks):
        return False
    k = i - 1
    comma = toks[k].text == ","
    if comma:
        k -= 1
    q = doc.quote_at(toks[k].start)
    if q is None or q.end != toks[k].end or toks[k].is_word:
        return False
    if not comma and doc.text[toks[k].start - 1: toks[k].start] not in (",", "!", "?"):
        return False
    nxt = toks[i + 1]
    return nxt.is_word and nxt.sent == t.sent and not doc.in_quote(nxt.start) \
        and doc.lang.is_name_word(nxt.text, False)


#: German strong verbs: past/present forms → infinitive (for separable cues "gab … an"), every pack's
#: ``strong_verbs.txt``
_DE_STRONG = every_table("strong_verbs")
_DE_CLAUSE_END = frozenset({",", ";", ".", "!", "?", ":", "„", "“", "«", "»", "\"", "(", ")"})


def _separable_cues(doc: Doc, out: dict[int, Cue]) -> None:
    """German separable cues with the particle at the clause end: "teilte … mit", "gab … an"."""
    lang = doc.lang
    toks = doc.tokens
    by_base: dict[str, list[tuple[str, str]]] = {}
    for lemma, particle in lang.separable.items():
        if particle and lemma.startswith(particle):
            by_base.setdefault(lemma[len(particle):], []).append((lemma, particle))
    if not by_base:
        return
    stems = {}
    for base in by_base:
        stem = base[:-2] if base.endswith("en") else base[:-1] if base.endswith("n") else base
        stems.setdefault(stem, base)
    for t in toks:
        if t.i in out or not t.is_word or t.text[:1].isupper() or doc.in_quote(t.start):
            continue
        w = t.lower
        base = _DE_STRONG.get(w) or lang.lemma(w)  # the pack's strong forms: "hob … hervor"
        if base is None or base not in by_base:
            base = None
            for cut in range(0, 4):
                stem = w[: len(w) - cut] if cut else w
                if len(stem) >= 3 and stem in stems:
                    base = stems[stem]
                    break
        if base is None:
            continue
        for k in range(t.i + 1, min(len(toks), t.i + 16)):
            x = toks[k]
            if x.sent != t.sent or x.text in _DE_CLAUSE_END and k > t.i + 1 and x.text != "„":
                if x.text in _DE_CLAUSE_END:
                    prev = toks[k - 1].lower
                    for lemma, particle in by_base[base]:
                        if prev == particle and k - 1 > t.i:
                            out[t.i] = Cue(t.i, k - 1, lang.cue_verbs.get(lemma, "speech"), lemma,
                                           ((t.start, t.end), (toks[k - 1].start, toks[k - 1].end)))
                break
            if x.text in _DE_CLAUSE_END:
                break


#: words a title-case headline leaves in lower case ("Putin Says He Is Ready for Talks"): every pack's
#: ``headline_small_words.txt``
_SMALL = every_pack("headline_small_words")


def _title_case_sentence(doc: Doc, sent: int, cache: dict[int, bool]) -> bool:
    """Whether a sentence is a title-case headline ("Trump Says He Will Skip the Debate")."""
    if sent not in cache:
        s = doc.sentences[sent] if sent < len(doc.sentences) else None
        words = [w for w in doc.text[s.start:s.end].split() if w[:1].isalpha()] if s else []
        big = [w for w in words if w.lower() not in _SMALL]
        cache[sent] = len(big) >= 3 and sum(w[:1].isupper() for w in big) >= 0.8 * len(big) \
            and "\n" not in doc.text[s.start:s.end].strip()
    return cache[sent]


def _passive(doc: Doc, t: Tok, lemma: str) -> bool:
    """An attitude cue written as a participle in a language whose pack lists passive
    auxiliaries (``passive_auxiliaries.txt``): "Nichts sei ausgeschlossen", "… sollte
    ausgeschlossen werden" name what is ruled out, not who. Finite forms ("schließt … nicht aus")
    and the participle of an active perfect that closes its clause ("Macron hat … nicht
    ausgeschlossen.", ``perfect_auxiliary``) are cues."""
    aux = doc.lang.word_list("passive_auxiliaries")
    if not aux or doc.lang.cue_verbs.get(lemma) != "attitude":
        return False
    particle = doc.lang.separable.get(lemma, "")
    near = [x for x in doc.tokens[max(0, t.i - 6):t.i + 3] if x.sent == t.sent and x is not t]
    if any(x.lower in aux for x in near):
        return True
    return t.lower.startswith(particle + "ge") and perfect_auxiliary(doc, t.i) is None


def perfect_auxiliary(doc: Doc, i: int) -> int | None:
    """The token index of the active perfect's auxiliary ("hat", "hatte": ``perfect_auxiliaries.txt``)
    of the participle at token ``i`` that closes its clause ("Macron hat den Einsatz … nicht
    ausgeschlossen."), within the clause before it; None elsewhere or in a language without the list."""
    aux = doc.lang.word_list("perfect_auxiliaries")
    toks = doc.tokens
    if not aux or i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent and toks[i + 1].text not in ".!?;":
        return None
    for j in range(i - 1, max(-1, i - 30), -1):
        x = toks[j]
        if x.sent != toks[i].sent or x.text in ",;:" or doc.in_quote(x.start):
            return None
        if x.lower in aux:
            return j
    return None


def _verb_like(doc: Doc, t: Tok, lemma: str) -> bool:
    lang = doc.lang
    toks = doc.tokens
    if _passive(doc, t, lemma):
        return False
    if lang.noun_markers:
        prev = toks[t.i - 1].lower if t.i > 0 else ""
        if prev in lang.noun_markers:
            return False
    if lang.bare_complements:  # English: "claims of", but "said of the plan"
        nxt = toks[t.i + 1].lower if t.i + 1 < len(toks) else ""
        if nxt in ("of",) and lemma not in lang.word_list("of_cues") \
                and not _said_of(t.lower, lemma):
            return False
        return True
    if lang.has_morphology:
        for p in lang._parse(t.text):
            # an adverbial participle the dictionary lemmatises to itself («додавши») has its verb's
            # lemma from the pack (``lemmas``)
            if p.tag.POS in _SLAVIC_VERB_POS and (p.normal_form == lemma or (
                    p.tag.POS == "GRND" and lemma in lang.lemmas(t.text))):
                return True
        return _predicative_cue(doc, t, lemma)
    if lang.pro_drop and t.text[:1].isupper() and (t.i == 0 or toks[t.i - 1].sent != t.sent):
        return True  # a sentence opened by its verb, the subject dropped ("Podkreślił, że …")
    return not t.text[:1].isupper()


def _predicative_cue(doc: Doc, t: Tok, lemma: str) -> bool:
    """An adjective of conviction the pack lists as a cue («переконаний», «уверен»), right before
    ", що / что": "X is convinced that …" is X's claim, as "X believes that …" is."""
    toks = doc.tokens
    lang = doc.lang
    return (t.i + 2 < len(toks) and toks[t.i + 1].text == "," and toks[t.i + 2].lower in lang.complementisers
            and any(p.tag.POS in ("ADJF", "ADJS") and p.normal_form == lemma for p in lang._parse(t.text)))


def _said_of(word: str, lemma: str) -> bool:
    """"said of the plan", "recalled of the meeting": an inflected verb form (not a plural noun
    like "claims of") before "of" still frames speech about its object."""
    return lemma == "say" or (word != lemma and word.endswith("ed")) or word in ("wrote", "told", "spoke")


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
