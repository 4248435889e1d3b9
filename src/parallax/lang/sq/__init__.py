"""Albanian: “ ” „ ” « » marks, the frame after the quote (“…”, tha Rama), cue forms listed (tha,
deklaroi, u shpreh), "sipas X" as a source; names take definite case endings (Ramës, Kurtit, Putinin:
``name_cases.txt``)."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Albanian(StemLanguage):
    code = "sq"
    quote_pairs = {"“": "”\"", "„": "”“", "«": "»", '"': '"”', "‘": "’"}
    infinitive_endings = ("oi", "on", "uan", "uar")
    endings = frozenset("oi on uan uar ojnë ova".split())
    min_stem = 4
    dashes = "—–-"
    dash_frames = True
    dash_dialogue = False
    inner_frames = False
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>në\s+një\s+intervist\w+\s+(?:për|me)\s+(?P<n>[A-ZÇË0-9][\w\-]*(?:\s+[A-ZÇË0-9][\w\-]*){0,3}))",
        r"(?P<v>në\s+(?:një\s+)?(?P<n>konferenc\w+\s+për\s+(?:shtyp|media)))",
    ))


LANGUAGE_CLASS = Albanian
