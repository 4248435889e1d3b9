"""Morphology shared by Russian and Ukrainian: pymorphy3 lemmas, gender, nominative names.

Every lookup is cached per word form, since news text repeats the same few hundred forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Span
from .base import Language, morph, razdel_sentences

_NAME_TAGS = ("Name", "Surn", "Patr")
_GENDER = {"masc": "m", "femn": "f", "neut": "n", "plur": "pl"}
_ENKO = re.compile(r"(?i)(енк)(а|у|ом|ові|е|і)$")


class Slavic(Language):
    """A Language whose morphology comes from pymorphy3 (``ru`` or ``uk`` dictionaries)."""

    quote_pairs = {"«": "»", "„": "“”\"", "“": "”", '"': '"', "‚": "‘", "‘": "’", "'": "'", "‹": "›"}

    def __init__(self) -> None:
        super().__init__()
        self._parse = lru_cache(maxsize=200_000)(self._parse_uncached)

    def _parse_uncached(self, word: str):
        return morph(self.code).parse(word.replace("’", "'").replace("ʼ", "'"))

    def lemma(self, word: str) -> str:
        return self._parse(word)[0].normal_form

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset(p.normal_form for p in self._parse(word) if p.score > 0.01)

    def is_verb(self, word: str) -> bool:
        return any(p.tag.POS in ("VERB", "INFN", "GRND", "PRTS") for p in self._parse(word))

    def verb_gender(self, word: str) -> str | None:
        for p in self._parse(word):
            if p.tag.POS == "VERB" and "past" in p.tag.grammemes:
                for tag, g in _GENDER.items():
                    if tag in p.tag.grammemes:
                        return g
        return None

    def _name_parse(self, word: str):
        for p in self._parse(word):
            if any(t in p.tag.grammemes for t in _NAME_TAGS):
                return p
        return None

    def name_gender(self, word: str) -> str | None:
        if _ENKO.search(word) or word.lower().endswith("енко"):
            return None
        genders = set()
        for p in self._parse(word):
            if any(t in p.tag.grammemes for t in _NAME_TAGS) and "nomn" in p.tag.grammemes:
                genders |= {g for t, g in _GENDER.items() if t in p.tag.grammemes and g in "mf"}
        return genders.pop() if len(genders) == 1 else None

    def nominative(self, word: str) -> str:
        if _ENKO.search(word):
            return _ENKO.sub(lambda m: m.group(1) + "о", word)
        p = self._name_parse(word)
        if p is None or "nomn" in p.tag.grammemes:
            return word
        if "Fixd" in p.tag.grammemes:
            return word
        inflected = p.inflect({"nomn"})
        if inflected is None:
            return word
        w = inflected.word
        return w[:1].upper() + w[1:] if word[:1].isupper() else w

    def is_oblique(self, word: str) -> bool:
        """The likeliest reading is not nominative (Кремля, України): not a speaker's own name."""
        p = self._parse(word)[0]
        return p.tag.case is not None and p.tag.case != "nomn"

    def is_person_word(self, word: str) -> bool:
        return self._name_parse(word) is not None

    def is_name_word(self, word: str, sentence_initial: bool) -> bool:
        if not word[:1].isupper() or word.lower() in self.not_names or word.lower() in self.pronouns:
            return False
        if not sentence_initial:
            return True
        parses = self._parse(word)
        if any(any(t in p.tag.grammemes for t in _NAME_TAGS + ("Geox", "Orgn")) for p in parses):
            return True
        return not morph(self.code).word_is_known(word.lower().replace("’", "'"))

    def sentences(self, text: str) -> list[Span]:
        return razdel_sentences(text)
