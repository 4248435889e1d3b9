"""Greek: « » “ ” marks, its own script, the cue before or after the quote («…», δήλωσε ο πρωθυπουργός),
cue forms listed (δήλωσε, τόνισε, είπε: the past adds an augment that no stem rule reaches), "σύμφωνα με X";
names decline (Μητσοτάκη → Μητσοτάκης, ``name_cases.txt``) and romanise by BGN/PCGN in resolve."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Greek(StemLanguage):
    code = "el"
    snowball = "greek"
    quote_pairs = {"«": "»", "“": "”\"", '"': '"”', "‘": "’"}
    infinitive_endings = ("ει", "ε")
    endings = frozenset("ε αν ει ουν ουμε".split())
    min_stem = 4
    dash_dialogue = False
    inner_frames = False
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>σε\s+συνέντευξ\w+\s+(?:\w+\s+)?(?:στ(?:ο|ον|ην|η)\s+)(?P<n>[A-ZΑ-Ω0-9][\w\-]*(?:\s+[A-ZΑ-Ω0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:σε|στη|κατά\s+τη)\s+(?P<n>συνέντευξη\s+Τύπου|ομιλία))",
    ))


LANGUAGE_CLASS = Greek
