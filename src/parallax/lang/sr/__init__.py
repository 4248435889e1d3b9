"""Serbian in both scripts: the lists are Latin and each Cyrillic word is transliterated
before lookup (рекао → rekao), so one lexicon serves both; „ “ » « marks, "rekao je"."""

from __future__ import annotations

import re

from ..slavic import CYRILLIC_DEMONYM
from ..stems import StemLanguage

_CYR = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()))


def to_latin(word: str) -> str:
    """Serbian Cyrillic → Latin (Вучић → Vučić); Latin text passes unchanged."""
    out = []
    for ch in word:
        low = ch.lower()
        lat = _CYR.get(low)
        if lat is None:
            out.append(ch)
        else:
            out.append(lat.capitalize() if ch != low else lat)
    return "".join(out)


_LAT = {v: k for k, v in _CYR.items()}


def to_cyrillic(word: str) -> str:
    """Serbian Latin → Cyrillic, digraphs (lj, nj, dž) first."""
    out, i, w = [], 0, word.lower()
    while i < len(w):
        two = w[i:i + 2]
        if two in _LAT:
            out.append(_LAT[two])
            i += 2
        else:
            out.append(_LAT.get(w[i], w[i]))
            i += 1
    return "".join(out)


class Serbian(StemLanguage):
    code = "sr"
    demonym_pattern = CYRILLIC_DEMONYM
    snowball = "serbian"
    quote_pairs = {"„": "“\"”", "»": "«", "«": "»", '"': '"', "“": "”", "‘": "’"}
    infinitive_endings = ("ivati", "avati", "ovati", "ati", "eti", "iti", "ući", "ći", "ti")
    endings = frozenset("""o la lo li le ao ala ali io ila ili ilo eo ela eli uo e i a u ju je mo te em im
    ava avao avala uje uju ivao ivala ovao ovala""".split())
    max_cut = 5
    dashes = "—–-"
    dash_frames = True
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>u\s+(?:\w+\s+)?intervjuu\s+(?:za|sa)\s+(?P<n>[A-ZČĆŠŽĐ0-9][\w\-]*(?:\s+[A-ZČĆŠŽĐ0-9][\w\-]*){0,3}))",
        r"(?P<v>у\s+(?:\w+\s+)?интервјуу\s+(?:за|са)\s+(?P<n>[А-ЯЂЈЉЊЋЏ0-9][\w\-]*(?:\s+[А-ЯЂЈЉЊЋЏ0-9][\w\-]*){0,3}))",
        r"(?P<v>na\s+(?P<n>konferenciji\s+za\s+novinare|brifingu))",
        r"(?P<v>на\s+(?P<n>конференцији\s+за\s+новинаре|брифингу))",
        r"(?P<v>(?P<n>novinarima|новинарима))",
    ))

    def __init__(self) -> None:
        super().__init__()
        for name in ("complementisers", "role_nouns", "org_nouns", "not_names", "fillers", "determiners"):
            words = getattr(self, name)
            setattr(self, name, frozenset(words) | {to_cyrillic(w) for w in words})
        self.pronouns = {**self.pronouns, **{to_cyrillic(w): v for w, v in self.pronouns.items()}}
        self.titles = {**self.titles, **{to_cyrillic(w): v for w, v in self.titles.items()}}
        self.according = self.according + [(tuple(to_cyrillic(w) if w != "*" else w for w in ws), k)
                                           for ws, k in self.according]
        self.according.sort(key=lambda r: -len(r[0]))

    def _lemma_uncached(self, word: str) -> str:
        return super()._lemma_uncached(to_latin(word))

    def is_oblique(self, word: str) -> bool:
        """A name or noun in the instrumental (Путином, председником, Orbanom): an object, never the
        subject ("састао се са … Владимиром Путином. Он је саопштио" is not Putin)."""
        w = to_latin(word).lower()
        return len(w) >= 5 and w.endswith(("om", "em")) and w not in self.pronouns

    def negators(self) -> frozenset[str]:
        words = super().negators()
        return words | {to_cyrillic(w) for w in words}

    def hedges(self) -> dict[str, str]:
        h = super().hedges()
        return {**h, **{" ".join(to_cyrillic(x) for x in k.split()): v for k, v in h.items()}}

    def modals(self) -> dict[str, str]:
        m = super().modals()
        return {**m, **{to_cyrillic(k): v for k, v in m.items()}}

    def number_words(self) -> dict[str, int]:
        n = super().number_words()
        return {**n, **{to_cyrillic(k): v for k, v in n.items()}}

    def months(self) -> dict[str, int]:
        m = super().months()
        return {**m, **{to_cyrillic(k): v for k, v in m.items()}}

    def weekdays(self) -> dict[str, int]:
        w = super().weekdays()
        return {**w, **{to_cyrillic(k): v for k, v in w.items()}}


LANGUAGE_CLASS = Serbian
