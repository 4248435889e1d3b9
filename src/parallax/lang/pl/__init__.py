"""Polish: „ ” « » marks, a hyphen or dash before the frame ("… – powiedział Orban"),
suffix-rule lemmas, pronouns, roles, venues; word lists in the files beside this one."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Polish(StemLanguage):
    code = "pl"
    snowball = "polish"
    free_word_order = True  # the subject may stand away from its cue
    quote_pairs = {"„": "”\"“", "«": "»", "»": "«", "‚": "’", '"': '"', "“": "”", "'": "'"}
    infinitive_endings = ("ować", "ywać", "iwać", "ać", "eć", "ić", "yć", "ąć", "ść", "c")
    dashes = "—–-"
    dash_frames = True
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>w\s+(?:\w+\s+)?(?:wywiadzie|rozmowie)\s+(?:dla|z)\s+(?P<n>[A-ZŁŚŻŹĆŃÓ0-9][\w\-]*(?:\s+[A-ZŁŚŻŹĆŃÓ0-9][\w\-]*){0,3}))",
        r"(?P<v>na\s+(?P<n>konferencji\s+prasowej|briefingu))",
        r"(?P<v>(?P<n>dziennikarzom|reporterom))",
        r"(?P<v>(?:w\s+)?(?:czasie|trakcie|podczas)\s+(?P<n>spotkania\s+z\s+dziennikarzami|konferencji\s+prasowej))",
    ))


LANGUAGE_CLASS = Polish
