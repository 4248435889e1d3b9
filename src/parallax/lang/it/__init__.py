"""Italian: « » “ ” " marks, stem lemmas over listed verb endings, "ha detto il premier"."""

from __future__ import annotations

import re

from ..romance import Romance


class Italian(Romance):
    code = "it"
    snowball = "italian"
    quote_pairs = {"«": "»", "“": "”\"", '"': '"”', "‘": "’"}
    infinitive_endings = ("are", "ere", "ire")
    endings = frozenset("""a ano ò arono ato ata ati ate ando ava avano erà erebbe e ono è ette ettero uto uta
    uti ute endo eva evano irà irebbe ì irono ito ita iti ite isce iscono i""".split())
    elided_complementisers = ("ch'",)
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>in\s+un['’]?\s*intervista\s+(?:a|al|alla|con|su)\s+(?P<n>[A-Z0-9][\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:in|durante\s+la|nel\s+corso\s+della)\s+(?P<n>conferenza\s+stampa|discorso))",
        r"(?P<v>(?:su|sul\s+suo\s+profilo)\s+(?P<n>X|Twitter|Facebook|Telegram))",
        r"(?P<v>ai\s+(?P<n>giornalisti|cronisti))",
    ))


LANGUAGE_CLASS = Italian
