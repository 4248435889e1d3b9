"""Polish: „ ” « » marks, suffix-rule lemmas, pronouns, venues (thinner than en/ru/uk)."""

from __future__ import annotations

import re

from ..stems import StemLanguage


class Polish(StemLanguage):
    code = "pl"
    free_word_order = True  # the subject may stand away from its cue
    quote_pairs = {"„": "”\"“", "«": "»", "»": "«", "‚": "’", '"': '"', "“": "”", "'": "'"}
    infinitive_endings = ("ować", "ywać", "iwać", "ać", "eć", "ić", "yć", "ąć", "ść", "c")
    complementisers = frozenset({"że", "iż", "jakoby", "aby", "żeby"})
    pronouns = {"on": ("m", "sg"), "ona": ("f", "sg"), "oni": (None, "pl"), "one": (None, "pl")}
    role_nouns = frozenset("prezydent premier minister rzecznik rzeczniczka szef szefowa przewodniczący "
                           "ekspert ambasador generał dowódca lider przywódca".split())
    org_nouns = frozenset("kreml rząd ministerstwo msz policja partia".split())
    titles = {"pan": "m", "pani": "f"}
    not_names = frozenset("w we z ze na do od po za i a ale lub jak że to ten ta te według".split())
    fillers = frozenset("także również już jeszcze wcześniej".split())
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>w\s+(?:\w+\s+)?(?:wywiadzie|rozmowie)\s+(?:dla|z)\s+(?P<n>[A-ZŁŚŻŹĆŃÓ0-9][\w\-]*(?:\s+[A-ZŁŚŻŹĆŃÓ0-9][\w\-]*){0,3}))",
        r"(?P<v>na\s+(?P<n>konferencji\s+prasowej|briefingu))",
        r"(?P<v>(?P<n>dziennikarzom))",
    ))


LANGUAGE_CLASS = Polish
