"""Bulgarian: „ “ « » marks, dashes before the frame; no infinitive, so cue lemmas are 3sg
forms that other forms reach by their ending (заяви → заявил, заявиха)."""

from __future__ import annotations

import re

from ..slavic import CYRILLIC_DEMONYM
from ..stems import StemLanguage


class Bulgarian(StemLanguage):
    code = "bg"
    demonym_pattern = CYRILLIC_DEMONYM
    quote_pairs = {"„": "“\"”", "«": "»", '"': '"“”', "“": "”"}
    infinitive_endings = ("ява", "ва", "а", "я", "и", "е")
    endings = frozenset("""и а я е ил ила ило или ал ала ало али ял яла яли иха аха яха ва ват ят ат ете
    ава ава ваше аше еше ейки айки яваше ява""".split())
    max_cut = 5
    dashes = "—–-"
    dash_frames = True
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>в\s+(?:\w+\s+)?интервю\s+(?:за|пред)\s+(?P<n>[А-Я0-9][\w\-]*(?:\s+[А-Я0-9][\w\-]*){0,3}))",
        r"(?P<v>на\s+(?P<n>пресконференция|брифинг))",
        r"(?P<v>пред\s+(?P<n>журналисти|медиите))",
    ))


LANGUAGE_CLASS = Bulgarian
