"""German: „ “ » « ‚ ‘ marks, suffix-rule lemmas, pronouns, venues (thinner than en/ru/uk)."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class German(StemLanguage):
    code = "de"
    quote_pairs = {"„": "“\"”", "»": "«", "«": "»", "‚": "‘", "“": "”", '"': '"', "'": "'", "‹": "›", "›": "‹"}
    infinitive_endings = ("eln", "ern", "en", "n")
    prefixes = ("ge",)
    complementisers = frozenset({"dass", "daß", "ob"})
    pronouns = {"er": ("m", "sg"), "sie": (None, "any"), "es": ("n", "sg")}
    role_nouns = frozenset("präsident präsidentin kanzler kanzlerin minister ministerin sprecher sprecherin "
                           "chef chefin leiter leiterin vorsitzende vorsitzender experte expertin".split())
    org_nouns = frozenset("regierung ministerium kreml polizei behörde partei".split())
    titles = {"herr": "m", "frau": "f"}
    not_names = frozenset("der die das ein eine er sie es wir ich und aber oder wie laut nach in im am an "
                          "auf mit von zu bei für".split())
    fillers = frozenset("auch bereits noch schon am".split())
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>(?:im|in\s+einem)\s+(?:\w+\s+)?Interview\s+(?:mit\s+(?:der|dem|den)?\s*)?(?P<n>[A-ZÄÖÜ0-9][\w\-]*(?:\s+[A-ZÄÖÜ0-9][\w\-]*){0,3}))",
        r"(?P<v>gegenüber\s+(?:der|dem|den)?\s*(?P<n>[A-ZÄÖÜ0-9][\w\-]*(?:\s+[A-ZÄÖÜ0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:auf|bei)\s+einer\s+(?P<n>Pressekonferenz|Kundgebung|Sitzung))",
    ))


LANGUAGE_CLASS = German
