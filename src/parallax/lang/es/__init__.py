"""Spanish: « » “ ” " marks, stem lemmas over listed verb endings, "dijo el presidente"."""

from __future__ import annotations

import re

from ..romance import Romance


class Spanish(Romance):
    code = "es"
    snowball = "spanish"
    quote_pairs = {"«": "»", "“": "”\"", '"': '"”', "‘": "’", "'": "'"}
    infinitive_endings = ("ar", "er", "ir")
    endings = frozenset("""a an ó aron ado ada ados adas ando aba aban ará aría arían e en ió ieron ido ida idos idas
    iendo ía ían irá iría erá ería o as es amos imos""".split())
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>en\s+(?:una\s+)?entrevista\s+(?:con|a|en|concedida\s+a)\s+(?:la\s+|el\s+)?(?P<n>[A-ZÁÉÍÓÚ0-9][\w\-]*(?:\s+[A-ZÁÉÍÓÚ0-9][\w\-]*){0,3}))",
        r"(?P<v>en\s+(?:una\s+)?(?P<n>rueda\s+de\s+prensa|conferencia\s+de\s+prensa|comparecencia|discurso))",
        r"(?P<v>(?:en|a\s+través\s+de)\s+(?:su\s+cuenta\s+de\s+)?(?P<n>X|Twitter|Facebook|Telegram))",
        r"(?P<v>ante\s+(?P<n>los\s+periodistas|la\s+prensa|los\s+medios))",
    ))


LANGUAGE_CLASS = Spanish
