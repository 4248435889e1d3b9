"""Belarusian: « » „ “ marks, dialogue dashes, suffix-rule lemmas (сказаў → сказаць)."""

from __future__ import annotations

import re

from ..slavic import CYRILLIC_DEMONYM
from ..stems import StemLanguage


class Belarusian(StemLanguage):
    code = "be"
    demonym_pattern = CYRILLIC_DEMONYM
    quote_pairs = {"«": "»", "„": "“”\"", "“": "”", '"': '"'}
    infinitive_endings = ("аваць", "ваць", "іць", "ыць", "аць", "яць", "эць", "ець", "ці", "ць")
    endings = frozenset("""ў ла ло лі іў іла ілі аў ала алі яў яла ылі ыў ыла ае аюць е уць іць іць юць ыць ць
    ю ў шы ўшы""".split())
    max_cut = 5
    comma_before_complementiser = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>у\s+(?:\w+\s+)?інтэрв['’]ю\s+(?P<n>[А-ЯЁІЎ0-9][\w\-]*(?:\s+[А-ЯЁІЎ0-9][\w\-]*){0,3}))",
        r"(?P<v>на\s+(?P<n>прэс-канферэнцыі|брыфінгу|нарадзе|сустрэчы\s+з\s+журналістамі))",
        r"(?P<v>(?P<n>журналістам))",
        r"(?P<v>(?:на|у)\s+(?:тэле)?канале\s+(?:«(?P<nq>[^«»]{1,60})»|(?P<n>[А-ЯЁІЎA-Z0-9][\w\-]*)))",
    ))


LANGUAGE_CLASS = Belarusian
