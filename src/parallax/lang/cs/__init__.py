"""Czech: „ “ marks, a dash before the frame, suffix-rule lemmas (ne- negated forms too)."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Czech(StemLanguage):
    code = "cs"
    snowball = "czech"
    quote_pairs = {"„": "“\"”", "‚": "‘", "»": "«", "«": "»", '"': '"', "“": "”"}
    infinitive_endings = ("ovat", "out", "nout", "at", "et", "ět", "it", "ít", "ci", "ct", "t")
    prefixes = ("ne",)  # nevyloučil → vyloučit
    dashes = "—–-"
    dash_frames = True
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>v\s+(?:\w+\s+)?rozhovoru\s+(?:pro|s)\s+(?P<n>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0-9][\w\-]*(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0-9][\w\-]*){0,3}))",
        r"(?P<v>na\s+(?P<n>tiskové\s+konferenci|brífinku))",
        r"(?P<v>(?P<n>novinářům|médiím))",
    ))


LANGUAGE_CLASS = Czech
