"""Which Cyrillic orthography a word is written in, asked of the packs that write Cyrillic.

Each such pack's ``script.txt`` declares the letters it writes among those that tell the
Cyrillic orthographies apart (Ukrainian і ї є ґ, Belarusian ў ы э, Serbian ђ ј љ …), the ICU
romanisation of its names, the dictionary that reads its words, the languages whose names it
also spells, and its rank when a word's letters leave several orthographies open (the hint, the
text's language, decides first). A word is written in every orthography whose letters cover
its telling letters; a word no orthography covers (a typo, a mixed spelling) goes to the one
missing the fewest. Adding a Cyrillic language is one ``script.txt`` in its folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .base import read_lexicon


@dataclass(frozen=True, slots=True)
class Orthography:
    """A Cyrillic pack's spelling facts (``lang/<code>/script.txt``)."""

    code: str
    #: the letters, among all packs' telling letters, that this orthography writes
    letters: frozenset[str]
    #: lower ranks win when the letters and the hint leave several orthographies open
    rank: int
    #: ICU transliterator id for names ("Russian-Latin/BGN")
    romanisation: str
    #: the pymorphy3 dictionary that reads its words (a related language's where it has none); None: none
    dictionary: str | None
    #: languages whose names this orthography writes with the same letters: their dictionary also
    #: reads a word that their letters allow (a Russian-looking «Шмигаля» may be Ukrainian)
    shares_names_with: tuple[str, ...]
    #: surname endings that are their own masculine nominative («Цеков», «Путин»: possessive type)
    possessive_surname_endings: tuple[str, ...]
    #: adjectival masculine surname endings («Зеленський», «Толстой»)
    adjectival_surname_endings: tuple[str, ...]


def _row_map(path: Path) -> dict[str, str]:
    return {r[0]: (r[1] if len(r) > 1 else "") for r in read_lexicon(path)}


@lru_cache(maxsize=1)
def orthographies() -> tuple[Orthography, ...]:
    """Every pack's Cyrillic orthography, by rank."""
    out = []
    for path in sorted(Path(__file__).parent.glob("*/script.txt")):
        m = _row_map(path)
        out.append(Orthography(
            code=path.parent.name, letters=frozenset(m.get("letters", "").replace(" ", "")),
            rank=int(m.get("rank", "99")), romanisation=m["romanisation"],
            dictionary=m.get("dictionary") or None,
            shares_names_with=tuple(m.get("shares_names_with", "").split()),
            possessive_surname_endings=tuple(m.get("possessive_surname_endings", "").split()),
            adjectival_surname_endings=tuple(m.get("adjectival_surname_endings", "").split())))
    return tuple(sorted(out, key=lambda o: (o.rank, o.code)))


@lru_cache(maxsize=1)
def telling_letters() -> frozenset[str]:
    """The letters that tell one Cyrillic orthography from another (all packs' ``letters``)."""
    return frozenset().union(*(o.letters for o in orthographies()))


def orthography_of(code: str | None) -> Orthography | None:
    """The Cyrillic orthography of a language code, or None where the language has none."""
    return next((o for o in orthographies() if o.code == code), None)


@lru_cache(maxsize=200_000)
def candidates(text: str) -> tuple[Orthography, ...]:
    """The orthographies whose letters cover the telling letters of ``text``, by rank."""
    told = set(text.lower()) & telling_letters()
    return tuple(o for o in orthographies() if told <= o.letters)


@lru_cache(maxsize=200_000)
def cyrillic_orthography(text: str, hint: str | None = None) -> Orthography:
    """The orthography ``text`` is written in: one its letters allow, the hint's if it is among them,
    else the lowest rank; where none covers the letters, the one missing the fewest."""
    cands = candidates(text)
    if not cands:
        told = set(text.lower()) & telling_letters()
        fewest = min(len(told - o.letters) for o in orthographies())
        cands = tuple(o for o in orthographies() if len(told - o.letters) == fewest)
    return next((o for o in cands if o.code == hint), cands[0])


__all__ = ["Orthography", "candidates", "cyrillic_orthography", "orthographies", "orthography_of",
           "telling_letters"]
