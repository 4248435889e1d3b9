"""Dutch: „ ” “ ” ‘ ’ marks, verb-second order ("Daarna zei de premier"), forms of the cue verbs listed
(zei, gezegd, verklaarde), "…”, aldus Rutte" and "volgens X" as sources."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Dutch(StemLanguage):
    code = "nl"
    snowball = "dutch"
    free_word_order = True
    quote_pairs = {"„": "”“\"", "“": "”\"", "‘": "’", '"': '"”', "'": "'’", "«": "»"}
    infinitive_endings = ("en",)
    endings = frozenset("t te ten de den d en end".split())
    prefixes = ("ge",)
    dash_dialogue = False
    inner_frames = False
    so_frames = frozenset({"aldus"})
    fronting_preps = frozenset("op in na tijdens bij volgens met voor na over tegen in".split())
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>in\s+een\s+(?:\w+\s+)?interview\s+met\s+(?:de\s+|het\s+)?(?P<n>[A-Z0-9][\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:op|tijdens)\s+een\s+(?P<n>persconferentie|toespraak))",
        r"(?P<v>tegen\s+(?P<n>journalisten|verslaggevers))",
    ))


LANGUAGE_CLASS = Dutch
