"""Swedish: ” ” „ ” « » marks and dialogue dashes ("– Text, säger Kristersson."), verb-second order,
forms of the cue verbs listed (sa, sade, uppgav), "enligt X" as a source before its words."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Swedish(StemLanguage):
    code = "sv"
    snowball = "swedish"
    free_word_order = True
    quote_pairs = {"”": "”", "„": "”“", "“": "”", '"': '"”', "»": "»«", "«": "»", "’": "’", "‘": "’"}
    infinitive_endings = ("a",)
    endings = frozenset("ar ade at er de t r a as ades".split())
    min_stem = 4
    dash_dialogue = True
    dash_comma_frames = True
    pro_drop = False
    inner_frames = True
    fronting_preps = frozenset("på i efter under vid enligt med för till om inför".split())
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>i\s+en\s+(?:\w+\s+)?intervju\s+med\s+(?P<n>[A-ZÅÄÖ0-9][\w\-:]*(?:\s+[A-ZÅÄÖ0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:på|under)\s+en\s+(?P<n>presskonferens|pressträff))",
        r"(?P<v>till\s+(?P<n>[A-ZÅÄÖ][\w\-]*(?:\s+[A-ZÅÄÖ][\w\-]*){0,2}))(?=[.,])",
    ))


LANGUAGE_CLASS = Swedish
