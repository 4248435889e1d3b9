"""Portuguese: “ ” « » " marks, stem lemmas over listed verb endings, "disse o presidente"."""

from __future__ import annotations

import re

from ..romance import Romance


class Portuguese(Romance):
    code = "pt"
    snowball = "portuguese"
    quote_pairs = {"“": "”\"", "«": "»", '"': '"”', "‘": "’"}
    infinitive_endings = ("ar", "er", "ir")
    endings = frozenset("""a am ou aram ado ada ados adas ando ava avam ará aria ariam e em eu eram ido ida idos
    idas endo ia iam irá iria iu iram""".split())
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>em\s+(?:uma\s+|uma\s+)?entrevista\s+(?:à|ao|a|com)\s+(?P<n>[A-ZÁÉÍÓÚ0-9][\w\-]*(?:\s+[A-ZÁÉÍÓÚ0-9][\w\-]*){0,3}))",
        r"(?P<v>em\s+(?P<n>conferência\s+de\s+imprensa|coletiva\s+de\s+imprensa|discurso))",
        r"(?P<v>aos\s+(?P<n>jornalistas|repórteres))",
    ))


LANGUAGE_CLASS = Portuguese
