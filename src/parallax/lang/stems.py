"""Light suffix-stripping lemmas for languages without a bundled dictionary.

A cue lemma (infinitive) is reduced to a stem once; a word form matches when removing a few
trailing letters (and a prefix such as German ``ge-``) leaves a known stem: sagte/gesagt →
sagen, powiedział → powiedzieć, déclaré → déclarer, mondta → mond.

Languages that list their inflectional ``endings`` accept only those as the removed part
(déclar+ait, dij+o is listed as a form), which keeps nouns that merely share the first letters
of a verb (décembre, decenas) out; without a list any ending up to ``max_cut`` letters counts.
Irregular forms are listed in ``cue_verbs.txt`` as forms of their own.
"""

from __future__ import annotations

from functools import lru_cache

from .base import Language


class StemLanguage(Language):
    """A Language whose ``lemma`` maps inflected forms onto lexicon infinitives by stem."""

    #: infinitive endings, longest first
    infinitive_endings: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    #: the endings a form may add to a stem; empty = any ending up to ``max_cut`` letters
    endings: frozenset[str] = frozenset()
    max_cut: int = 4
    #: shortest stem that may match
    min_stem: int = 3

    def __init__(self) -> None:
        super().__init__()
        self._stems: dict[str, str] = {}
        for lemma in list(self.cue_verbs) + list(self.cue_nouns):
            stem = self.stem_of(lemma)
            if len(stem) >= self.min_stem:
                self._stems.setdefault(stem, lemma)
        self._lemma = lru_cache(maxsize=100_000)(self._lemma_uncached)

    def stem_of(self, lemma: str) -> str:
        for end in self.infinitive_endings:
            if lemma.endswith(end) and len(lemma) - len(end) >= self.min_stem:
                return lemma[: -len(end)]
        return lemma

    def _lemma_uncached(self, word: str) -> str:
        w = word.lower().replace("’", "'")
        if w in self.cue_verbs or w in self.cue_nouns:
            return w
        forms = [w] + [w[len(p):] for p in self.prefixes if w.startswith(p) and len(w) - len(p) >= 4]
        for f in forms:
            for cut in range(0, self.max_cut + 1):
                if len(f) - cut < self.min_stem:
                    break
                stem = f[: len(f) - cut] if cut else f
                if stem in self._stems and (not cut or not self.endings or f[len(f) - cut:] in self.endings):
                    return self._stems[stem]
        return w

    def lemma(self, word: str) -> str:
        return self._lemma(word)
