"""Romanian: „ ” « » marks, the compound past after the quote („…”, a declarat președintele Iohannis),
stem lemmas over Romance endings with the participles listed (spus, zis, declarat), "potrivit X"."""

from __future__ import annotations

import re

from ..romance import Romance


class Romanian(Romance):
    code = "ro"
    snowball = "romanian"
    quote_pairs = {"„": "”“\"", "«": "»", "“": "”\"", '"': '"”', "‘": "’", "’": "’", "”": "”"}
    infinitive_endings = ("a", "e", "i", "î")
    endings = frozenset("""at ată ați ă ează ează au ase a e ut ută it ită ând ind ește eşte esc""".split())
    min_stem = 4
    role_complements = frozenset({"statului", "guvernului", "diplomației", "diplomaţiei", "executivului"})
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>(?:într-un|intr-un)\s+interviu\s+(?:acordat\s+)?(?:pentru|la|cu)\s+(?P<n>[A-ZĂÂÎȘŞȚŢ0-9][\w\-]*(?:\s+[A-ZĂÂÎȘŞȚŢ0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:în|la)\s+(?:cadrul\s+)?(?:unei\s+)?(?P<n>conferin[țţ]\w*\s+de\s+pres[ăa]))",
    ))


LANGUAGE_CLASS = Romanian
