"""Light suffix-stripping lemmas for languages without a bundled dictionary (de, pl).

A cue lemma (infinitive) is reduced to a stem once; a word form matches when removing at most
four trailing letters (and a German ``ge-`` prefix) leaves a known stem: sagte/gesagt → sagen,
powiedział → powiedzieć.
"""

from __future__ import annotations

from functools import lru_cache

from .base import Language


class StemLanguage(Language):
    """A Language whose ``lemma`` maps inflected forms onto lexicon infinitives by stem."""

    #: infinitive endings, longest first
    infinitive_endings: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._stems: dict[str, str] = {}
        for lemma in list(self.cue_verbs) + list(self.cue_nouns):
            stem = self.stem_of(lemma)
            if len(stem) >= 3:
                self._stems.setdefault(stem, lemma)
        self._lemma = lru_cache(maxsize=100_000)(self._lemma_uncached)

    def stem_of(self, lemma: str) -> str:
        for end in self.infinitive_endings:
            if lemma.endswith(end) and len(lemma) - len(end) >= 3:
                return lemma[: -len(end)]
        return lemma

    def _lemma_uncached(self, word: str) -> str:
        w = word.lower()
        if w in self.cue_verbs or w in self.cue_nouns:
            return w
        forms = [w] + [w[len(p):] for p in self.prefixes if w.startswith(p) and len(w) - len(p) >= 4]
        for f in forms:
            for cut in range(0, 5):
                if len(f) - cut < 3:
                    break
                stem = f[: len(f) - cut] if cut else f
                if stem in self._stems:
                    return self._stems[stem]
        return w

    def lemma(self, word: str) -> str:
        return self._lemma(word)
