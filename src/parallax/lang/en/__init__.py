"""English: “ ” ‘ ’ " and PolNeAR's ``…'' marks, a rule lemmatiser, pronouns, roles, venues."""

from __future__ import annotations


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
    participle_tails = True
    bare_complements = True
    noun_markers = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these",
                              "those", "my", "your", "whose", "such", "no", "any", "every", "each"})

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
