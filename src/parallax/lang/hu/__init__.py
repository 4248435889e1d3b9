"""Hungarian: „ ” » « marks, the frame after a dash ("… – mondta Orbán Viktor"), verb stems
with listed suffixes and verbal prefixes (el+mond+ta), "X szerint" as a source after its name."""

from __future__ import annotations

import re
from functools import lru_cache

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
    role_after_name = True
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>(?:a\s+|az\s+)?(?P<n>[A-ZÁÉÍÓÖŐÚÜŰ][\w\-]*(?:\s+[A-ZÁÉÍÓÖŐÚÜŰ][\w\-]*){0,2})\s+(?:rádiónak|rádióban|televíziónak|tévének)"
        r"\s+adott\s+interjú(?:jában|ban))",
        r"(?P<v>(?:a\s+)?(?P<n>sajtótájékoztatón|sajtótájékoztatóján))",
        r"(?P<v>(?P<n>újságíróknak))",
    ))


    def is_oblique(self, word: str) -> bool:
        """A name or role with a case suffix of ``name_cases.txt`` (Putyinnal, elnökkel,
        miniszterelnökének): an object or adverbial, never the subject."""
        w = word.lower()
        if w in self.role_nouns or w in self.pronouns:
            return False
        return any(w.endswith(e) and len(w) - len(e) >= 3 for e in _case_endings())


@lru_cache(maxsize=1)
def _case_endings() -> tuple[str, ...]:
    from ..base import _pack_file

    return tuple(r[0] for r in _pack_file("hu", "name_cases") if len(r[0]) >= 2 and r[0] not in _AMBIGUOUS)


#: endings that also end nominatives (Kovács-on? no: "-en", "-on", "-ön", "-é", "-t" alone are too common)
_AMBIGUOUS = frozenset({"on", "en", "ön", "ot", "et", "öt", "at", "ba", "be", "ra", "re"})


LANGUAGE_CLASS = Hungarian
