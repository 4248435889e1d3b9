"""Slovak: „ “ marks, the frame after the quote („…,“ povedal Fico), a dash before the frame, suffix-rule
lemmas over Slovak infinitives (povedal → povedať, uviedla → uviesť listed), "podľa X" as a source."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Slovak(StemLanguage):
    code = "sk"
    snowball = None
    quote_pairs = {"„": "“\"”", "‚": "‘", "»": "«", "«": "»", '"': '"', "“": "”"}
    infinitive_endings = ("ovať", "núť", "iť", "ať", "äť", "ieť", "ýť", "ť")
    prefixes = ("ne",)
    dashes = "—–-"
    dash_frames = True
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>v\s+(?:\w+\s+)?rozhovore\s+(?:pre|s)\s+(?P<n>[A-ZÁČĎÉÍĽĹŇÓŔŠŤÚÝŽ0-9][\w\-]*(?:\s+[A-ZÁČĎÉÍĽĹŇÓŔŠŤÚÝŽ0-9][\w\-]*){0,3}))",
        r"(?P<v>na\s+(?P<n>tlačovej\s+konferencii|brífingu))",
        r"(?P<v>(?P<n>novinárom|médiám))",
    ))


LANGUAGE_CLASS = Slovak
