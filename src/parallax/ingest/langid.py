"""Offline language identification: the script first, then lingua among that script's languages.

Reads: a text (only its first ``PREFIX_CHARS`` characters). Writes: nothing.
Depends on: ``lingua-language-detector`` (a core dependency; weights ship in the wheel).

lingua's cost per call, its load time and its memory all grow with the number of languages
it weighs, and a text's script already rules most of them out. So the letters are counted
first, and a Cyrillic text goes to a detector that knows only ``CYRILLIC`` (ru uk be bg), a
Latin one to a detector that knows only ``LATIN``; each is built lazily, once per process,
the first time a text of its script comes along (a Russian-only corpus never loads the Latin
models). A text with no letters of either script, or a mix, goes to the detector of the
script with more letters. Restricted like this, lingua tells short Russian, Ukrainian and
Belarusian apart (see MODELS.md §5). The letter rule (ў → be; ї є ґ → uk; і with ы/э → be;
ъ ы э → ru) is the fallback when lingua is not installed and the tie-break when lingua's two
best guesses are close: these letters are the orthographies' own, not statistics.
"""

from __future__ import annotations

import functools
import re

#: Languages lingua weighs for a mostly Cyrillic text. Kazakh, Serbian and Macedonian are left
#: out on purpose: on short Ukrainian sentences lingua then picked them
#: ("Він сказав, що війська не прийдуть." → kk).
CYRILLIC = ("ru", "uk", "be", "bg")
#: Languages lingua weighs for a mostly Latin-script text.
LATIN = ("en", "pl", "de", "ro", "cs", "fr", "es", "it", "sk", "hu", "lt", "lv", "et", "nl", "pt")
#: ISO 639-1 codes that ``detect`` can return.
LANGUAGES = CYRILLIC + LATIN
#: Long texts are identified on a prefix, cut at a word boundary: lingua's cost grows with the
#: length, and the lede is the article's language. 200 characters (about 30 words) gave the same
#: answers as 300 on 784 real texts (PolNeAR en, Wikinews de, ADAQ ru/cs, the align corpus).
PREFIX_CHARS = 200
#: From this length on lingua weighs trigrams only; below it, all n-grams from 1 to 5, which
#: costs several times more. A prefix is never cut shorter than this (plus a margin for strip).
_TRIGRAMS_FROM = 130
#: When lingua's best two guesses tie on the prefix of a longer text, it reads this much instead.
RETRY_CHARS = 800
#: lingua confidences closer than this count as a tie that the letters decide.
TIE_MARGIN = 0.15

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: Greek letters: one language writes them, so the script alone tells it (lingua is not asked)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


@functools.lru_cache(maxsize=None)
def _detector_for(codes: tuple[str, ...]):
    """A lingua detector among ``codes``, built once per process; None without lingua."""
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:
        return None
    return LanguageDetectorBuilder.from_iso_codes_639_1(
        *(getattr(IsoCode639_1, c.upper()) for c in codes)).build()


def _detector(script: str = "latin"):
    """The lingua detector for ``"cyrillic"`` or ``"latin"`` text; None when lingua is not installed."""
    return _detector_for(CYRILLIC if script == "cyrillic" else LATIN)


def script_of(text: str) -> str:
    """``"cyrillic"`` when the text has more Cyrillic letters than Latin ones, else ``"latin"``."""
    return "cyrillic" if len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text)) else "latin"


def _prefix(text: str, size: int | None = None) -> str:
    """The first ``size`` characters, cut at a word boundary but never below ``_TRIGRAMS_FROM``."""
    size = size or PREFIX_CHARS
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[:cut if cut >= _TRIGRAMS_FROM else size]


def by_letters(text: str) -> str | None:
    """The language that the distinctive letters of an East Slavic text point to, if any.

    >>> by_letters("Ён сказаў, што ўсё будзе добра")
    'be'
    >>> by_letters("Він заявив, що їхні війська")
    'uk'
    >>> by_letters("Он заявил, что войска не вступят")
    >>> by_letters("Мы объявили")
    'ru'
    """
    low = text.lower()
    if "ў" in low:
        return "be"
    if any(c in low for c in "їєґ"):
        return "uk"
    has_i = "і" in low
    if has_i and any(c in low for c in "ыэ"):
        return "be"
    if has_i:
        return "uk"
    if "ъ" in low or (any(c in low for c in "ыэё") and not has_i):
        return "ru"
    return None


def _script_guess(text: str, script: str) -> str | None:
    """The fallback without lingua: letters for Cyrillic, else nothing reliable."""
    if script == "cyrillic":
        return by_letters(text) or "ru"
    return None


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is nothing to go on.

    Args:
        text: any length; only a prefix of about ``PREFIX_CHARS`` characters is read (up to
            ``RETRY_CHARS`` when that prefix leaves lingua undecided).
    """
    sample = _prefix(text).strip()
    if not sample:
        return None
    if len(_GREEK.findall(sample)) > len(_LATIN.findall(sample)) + len(_CYRILLIC.findall(sample)):
        return "el"
    script = script_of(sample)
    detector = _detector(script)
    if detector is None:
        return _script_guess(sample, script)
    ranked = detector.compute_language_confidence_values(sample)
    if len(ranked) > 1 and ranked[0].value - ranked[1].value < TIE_MARGIN and len(text) > len(sample) + 20:
        sample = _prefix(text, RETRY_CHARS).strip()
        ranked = detector.compute_language_confidence_values(sample)
    if not ranked or ranked[0].value == 0:
        return _script_guess(sample, script)
    best = ranked[0].language.iso_code_639_1.name.lower()
    if len(ranked) > 1 and ranked[0].value - ranked[1].value < TIE_MARGIN:
        second = ranked[1].language.iso_code_639_1.name.lower()
        letters = by_letters(sample)
        if letters in (best, second):
            return letters
    return best


__all__ = ["CYRILLIC", "LANGUAGES", "LATIN", "PREFIX_CHARS", "by_letters", "detect", "script_of"]
