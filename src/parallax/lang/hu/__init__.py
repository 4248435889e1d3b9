"""Hungarian: „ ” » « marks, the frame after a dash ("… – mondta Orbán Viktor"), verb stems
with listed suffixes and verbal prefixes (el+mond+ta), "X szerint" as a source after its name."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Hungarian(StemLanguage):
    code = "hu"
    snowball = "hungarian"
    quote_pairs = {"„": "”\"“", "»": "«", "«": "»", '"': '"', "“": "”"}
    prefixes = ("el", "meg", "ki", "be", "fel", "le", "rá", "hozzá", "vissza", "át", "nyilván")
    endings = frozenset("""ta te tta tte ja i ott ett ött otta ette ötte ják ták ték tak tek ta juk ok ek ök
    ani eni va ve ó ő tt t nak nek tam tem hat het ná né ené ná jük ta-e""".split())
    max_cut = 5
    dashes = "—–-"
    dash_frames = True
    pro_drop = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>(?:a\s+|az\s+)?(?P<n>[A-ZÁÉÍÓÖŐÚÜŰ][\w\-]*(?:\s+[A-ZÁÉÍÓÖŐÚÜŰ][\w\-]*){0,2})\s+(?:rádiónak|rádióban|televíziónak|tévének)"
        r"\s+adott\s+interjú(?:jában|ban))",
        r"(?P<v>(?:a\s+)?(?P<n>sajtótájékoztatón|sajtótájékoztatóján))",
        r"(?P<v>(?P<n>újságíróknak))",
    ))


LANGUAGE_CLASS = Hungarian
