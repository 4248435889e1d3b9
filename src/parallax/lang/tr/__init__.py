"""Turkish: “ ” " marks, the verb last ('Orbán, "…" dedi', "… olduğunu söyledi"), verb stems
with listed suffixes (söyle+di, belirt+ti), "X'e göre" as a source before its postposition;
a name's case ending after an apostrophe (Orbán'ın) is not part of the name."""

from __future__ import annotations

import re

from ..stems import StemLanguage

_CASE_ENDING = re.compile(r"[’'](?:[a-zçğıöşü]{1,6})$")


class Turkish(StemLanguage):
    code = "tr"
    snowball = "turkish"
    quote_pairs = {"“": "”\"", '"': '"”', "‘": "’", "«": "»"}
    endings = frozenset("""di dı du dü ti tı tu tü miş mış muş müş mişti mıştı muştu müştü dir dır yor iyor
    ıyor uyor üyor yordu iyordu ıyordu uyordu diler dılar tiler tılar en an yen yan erek arak yerek yarak
    di̇ dik dık tik tık diğini dığını tiğini tığını mek mak me ma""".split())
    max_cut = 6
    verb_final = True
    pro_drop = True
    dash_dialogue = False
    inner_frames = False
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>(?P<n>[A-ZÇĞİÖŞÜ][\w\-]*(?:\s+[A-ZÇĞİÖŞÜ][\w\-]*){0,2})[’']?\w*\s+(?:verdiği\s+)?(?:röportajda|mülakatta))",
        r"(?P<v>(?:düzenlediği\s+)?(?:ortak\s+)?(?P<n>basın\s+toplantısında))",
        r"(?P<v>(?P<n>gazetecilere))",
    ))

    def lemma(self, word: str) -> str:
        return super().lemma(word.replace("İ", "i").replace("I", "ı"))

    def is_oblique(self, word: str) -> bool:
        """A name with a case ending after the apostrophe (Orban’la, Kremlin’de, Putin’e): no subject."""
        return bool(_CASE_ENDING.search(word))

    def nominative(self, word: str) -> str:
        """Orbán'ın, Putin'e → Orbán, Putin: the case ending after the apostrophe goes."""
        return _CASE_ENDING.sub("", word)


LANGUAGE_CLASS = Turkish
