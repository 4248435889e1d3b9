"""Venues and addressees: "answering the BBC's questions", "told reporters", "в интервью
телеканалу «Россия 1»", "в інтерв’ю BBC", "im Interview mit der Zeit".

Patterns are data in each language's ``words.py`` (``VENUE_PATTERNS``): a group ``v`` is the
span kept in the statement, ``n`` (or ``nq`` for a name in «») the name normalised to its plain
form: marks and articles dropped, "TV channel" dropped, Russian/Ukrainian single words put in
the nominative unless a media noun governs them (телеканалу «Россия 1» stays Россия 1); an
audience in the dative takes its plain form from the pack's ``addressees.txt`` («журналистам» →
«журналисты»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.base import Language

@dataclass(frozen=True, slots=True)
class Venue:
    start: int
    end: int
    text: str
    name: str


def venues(text: str, lang: Language) -> list[Venue]:
    """Every venue phrase in ``text``, in order, overlaps resolved to the earliest longest."""
    found: list[Venue] = []
    for pat in lang.venue_patterns:
        for m in pat.finditer(text):
            name = _name(m, lang)
            if not name:
                continue
            found.append(Venue(m.start("v"), m.end("v"), m.group("v"), name))
    found.sort(key=lambda v: (v.start, -(v.end - v.start)))
    out: list[Venue] = []
    for v in found:
        if out and v.start < out[-1].end:
            continue
        out.append(v)
    return out


def _group(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _name(m: re.Match, lang: Language) -> str | None:
    raw = _group(m, "nq") or _group(m, "n") or _group(m, "nt")
    if not raw:
        return None
    name = re.sub(r"\s+", " ", raw).strip(" «»“”\"'’")
    name = re.sub(r"(?i)^the\s+", "", name)
    name = re.sub(r"[’']s(?:\s.*)?$", "", name)  # "the BBC's Russia editor" → BBC
    name = re.sub(r"\s+(?:TV|Television|Radio|TV\s+Channel)$", "", name)
    low = name.lower()
    plain = lang.table("addressees").get(low)
    if plain:
        return plain
    if lang.has_morphology and not _group(m, "nq") and not _group(m, "t"):
        words = name.split()
        if len(words) == 1 and re.match(r"[А-ЯЁІЇЄҐа-яёіїєґ]", name):
            if name[:1].isupper():
                return lang.nominative(name)
            return name
    if low in ("the press", "the media"):
        return low[4:]
    return name
