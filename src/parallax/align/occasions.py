"""Venues across scripts and inflections: the keys that tell one occasion from another.

Reads: venue phrases of statements ("told the BBC", «в интервью Би-би-си») and headlines of
primary sources. Writes: nothing. Depends on: ``align.embed.latin``.

* ``venue_key`` matches venue names across scripts and inflections: "BBC"/"Би-би-си"/"Бі-Бі-Сі",
  "Russia 1"/"Россия 1"/"Росії 1".
* Generic venue phrases ("reporters", "на брифинге") name no venue (``generic_venue``): outlets
  word one event differently, so they only give the occasion's kind (``occasion_kind``).
* ``title_venue`` reads the venue a transcript's headline names.

``align.group`` uses them to form occasions.
"""

from __future__ import annotations

import re
from typing import Sequence

from .embed import latin

#: venue spellings that transliteration alone does not bring together
_ALIASES = {
    "bbc": ("bbc", "bibisi", "bbc news", "bbcnews", "russkayasluzhbabbc", "bbcrusskayasluzhba"),
    "russia1": ("russia1", "rossia1", "rossii1", "rossiu1", "rossiei1", "rosia1", "rosii1", "rosiu1",
                "rossiya1", "rossiia1", "telekanalrossia1", "rossia", "pervyikanal"),
    "cnn": ("cnn", "sienen", "si-en-en"),
    "tass": ("tass", "tass.ru"),
}
_ALIAS_OF = {form: canon for canon, forms in _ALIASES.items() for form in forms}

_KINDS = (
    ("press conference", re.compile(r"press[- ]?conference|пресс-?конференц|прес-?конференц|konferencj|pressekonferenz", re.I)),
    ("briefing", re.compile(r"briefing|брифинг|брифінг", re.I)),
    ("interview", re.compile(r"interview|интервью|інтерв|wywiad", re.I)),
    ("speech", re.compile(r"speech|address|выступлени|речь|промов|виступ|przemówien|rede", re.I)),
)


#: venue phrases that name only the audience or the kind of event ("told reporters", "at a
#: briefing", "на пресс-конференции"): every outlet words them differently for one event, so
#: they say nothing about WHICH occasion it was and are not venue keys (the kind still labels it)
_GENERIC_VENUE = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its|foreign|local|western|russian|ukrainian|polish|"
    r"иностранн\w*|российск\w*|зарубіжн\w*|іноземн\w*|українськ\w*|"
    r"reporters?|journalists?|press|media|newsmen|correspondents?|conference|news|briefing|"
    r"statement|remarks|speech|address|pool|"
    r"журналист\w*|журналіст\w*|репортер\w*|корреспондент\w*|кореспондент\w*|"
    r"пресс-?конференц\w*|прес-?конференц\w*|брифинг\w*|брифінг\w*|пресс|прес|сми|змі|"
    r"dziennikarz\w*|reporter\w*|journalist\w*|pressekonferenz\w*|konferencj\w*|"
    r"[-–—,.\s])+)$", re.I)


def generic_venue(name: str | None) -> bool:
    """True for a venue phrase naming only an audience or event kind ("reporters", "брифинге")."""
    return bool(name and _GENERIC_VENUE.match(name.strip()))


def venue_key(name: str | None) -> str | None:
    """A script- and case-independent key for a named venue (``"Би-би-си"`` → ``"bbc"``).

    ``None`` for no venue and for generic ones ("reporters", "пресс-конференции"), see
    ``generic_venue``.
    """
    if not name or not name.strip() or generic_venue(name):
        return None
    flat = re.sub(r"[^a-z0-9]", "", latin(name))
    if not flat:
        return None
    return _ALIAS_OF.get(flat, flat)


_QUOTED = re.compile(r"[«“„\"]([^»”“\"]{2,40})[»”“\"]")
_AFTER_KIND = re.compile(r"(?i:interview|интервью|інтерв[’']ю|wywiad)\s+(?i:with\s+(?:the\s+)?|to\s+(?:the\s+)?|"
                         r"телеканалу\s+|телеканалові\s+|dla\s+)?([A-ZА-ЯІЇЄҐ][\w-]*(?:\s+\d+)?)")


def title_venue(title: str | None) -> str | None:
    """The venue key a headline names for an interview/briefing/speech, if it names one.

    A primary source (a transcript) often names its venue only in its headline ("Лукашенко в
    интервью «России 1»: фрагмент расшифровки"); its statements then carry no venue, and the
    headline is the evidence of where they were said. Only headlines with an occasion kind word
    count, and only a quoted name or the name right after "interview (with)".
    """
    if not title or occasion_kind([title]) is None:
        return None
    for rx in (_QUOTED, _AFTER_KIND):
        m = rx.search(title)
        if m:
            key = venue_key(m.group(1))
            if key:
                return key
    return None


def occasion_kind(texts: Sequence[str]) -> str | None:
    """"interview", "speech", "press conference" or "briefing" from venue phrases, if any says so."""
    for text in texts:
        for kind, rx in _KINDS:
            if rx.search(text or ""):
                return kind
    return None


__all__ = ["generic_venue", "occasion_kind", "title_venue", "venue_key"]
