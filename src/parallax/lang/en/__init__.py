"""English: “ ” ‘ ’ " and PolNeAR's ``…'' marks, a rule lemmatiser, pronouns, roles, venues."""

from __future__ import annotations


from ..base import Language
from .lemmatizer import lemma_candidates
from .words import (
    COMPLEMENTISERS, FEMALE_NAMES, FILLERS, MALE_NAMES, NOT_NAMES, ORG_NOUNS, PRONOUNS, ROLE_NOUNS,
    TITLES, VENUE_PATTERNS,
)


class English(Language):
    code = "en"
    quote_pairs = {
        "“": "”“\"", "‘": "’'", '"': '"”', "'": "'’", "``": ("''", '"', "”"), "''": ("''",), "«": "»",
    }
    complementisers = COMPLEMENTISERS
    pronouns = PRONOUNS
    role_nouns = ROLE_NOUNS
    org_nouns = ORG_NOUNS
    titles = TITLES
    not_names = NOT_NAMES
    fillers = FILLERS
    venue_patterns = VENUE_PATTERNS

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
