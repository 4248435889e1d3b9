"""Offline language identification: lingua, restricted to the languages we meet, plus letters.

Reads: a text (only its first ``PREFIX_CHARS`` characters). Writes: nothing.
Depends on: ``lingua-language-detector`` (a core dependency; weights ship in the wheel).

lingua over all 75 languages needs 1.3 GB and confuses more; restricted to the set below it
loads in about a second, once per process, and tells short Russian, Ukrainian and
Belarusian apart (see MODELS.md §5). The letter rule (ў → be; ї є ґ → uk; і with ы/э → be;
ъ ы э → ru) is the fallback when lingua is not installed and the tie-break when lingua's two
best guesses are close: these letters are the orthographies' own, not statistics.
"""

from __future__ import annotations

import functools
import re

#: ISO 639-1 codes lingua chooses among.
LANGUAGES = ("en", "ru", "uk", "be", "pl", "de", "bg", "ro", "cs", "fr", "es", "it", "sk", "hu",
             "lt", "lv", "et", "nl", "pt")
# Kazakh and Serbian are left out on purpose: on short Ukrainian sentences lingua then picked
# kk ("Він сказав, що війська не прийдуть." → kk).
#: Long texts are identified on a prefix: speed, and the lede is the article's language.
PREFIX_CHARS = 300
#: lingua confidences closer than this count as a tie that the letters decide.
TIE_MARGIN = 0.15

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


@functools.lru_cache(maxsize=1)
def _detector():
    """The lingua detector, built once per process; None when lingua is not installed."""
    try:
        from lingua import IsoCode639_1, LanguageDetectorBuilder
    except ImportError:
        return None
    codes = [getattr(IsoCode639_1, c.upper()) for c in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _prefix(text: str) -> str:
    if len(text) <= PREFIX_CHARS:
        return text
    cut = text.rfind(" ", 0, PREFIX_CHARS)
    return text[:cut if cut > PREFIX_CHARS // 2 else PREFIX_CHARS]


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


def _script_guess(text: str) -> str | None:
    """The fallback without lingua: letters for Cyrillic, else nothing reliable."""
    if len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text)):
        return by_letters(text) or "ru"
    return None


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is nothing to go on.

    Args:
        text: any length; only a prefix of about ``PREFIX_CHARS`` characters is read.
    """
    sample = _prefix(text).strip()
    if not sample:
        return None
    detector = _detector()
    if detector is None:
        return _script_guess(sample)
    ranked = detector.compute_language_confidence_values(sample)
    if not ranked or ranked[0].value == 0:
        return _script_guess(sample)
    best = ranked[0].language.iso_code_639_1.name.lower()
    if len(ranked) > 1 and ranked[0].value - ranked[1].value < TIE_MARGIN:
        second = ranked[1].language.iso_code_639_1.name.lower()
        letters = by_letters(sample)
        if letters in (best, second):
            return letters
    return best


__all__ = ["LANGUAGES", "PREFIX_CHARS", "by_letters", "detect"]
