"""French: « » with spaces inside, “ ” and "; a-t-il / dit-elle split into verb and pronoun."""

from __future__ import annotations

import re

from ..romance import Romance

#: words, but a subject clitic after a hyphen is a token of its own ("a-t-il" → a - t - il)
_TOKEN_RE = re.compile(r"``|''|\w+(?:(?:[’'ʼ]|-(?!(?:t-)?(?:ils?|elles?|on)\b))\w+)*|[^\w\s]")


class French(Romance):
    code = "fr"
    snowball = "french"
    quote_pairs = {"«": "»", "“": "”\"", "„": "“”", '"': '"”', "‘": "’", "‹": "›"}
    spaced_marks = True
    pro_drop = False  # French writes its subject pronouns
    token_re = _TOKEN_RE
    infinitive_endings = ("er", "ir", "re")
    endings = frozenset("""e es ent é ée és ées ait aient ant a ons ez era erait eraient èrent i ie is it ît irent
    issait issaient issent issant u ue us t s ra rait""".split())
    elided_complementisers = ("qu'",)
    venue_patterns = tuple(re.compile(p) for p in (
        r"(?P<v>(?:dans|lors d['’])\s*(?:un|une|son|sa)\s+(?:\w+\s+)?(?:entretien|interview)\s+(?:accordée?\s+)?(?:à|avec|au|sur)\s+"
        r"(?:la\s+|le\s+|l['’])?(?P<n>[A-ZÉ0-9][\w\-]*(?:\s+[A-ZÉ0-9][\w\-]*){0,3}))",
        r"(?P<v>(?:lors\s+d['’]une|en)\s+(?P<n>conférence\s+de\s+presse|point\s+presse|allocution(?:\s+télévisée)?|discours))",
        r"(?P<v>(?:sur|au\s+micro\s+de|à\s+l['’]antenne\s+de)\s+(?P<n>France\s+\w+|TF1|BFMTV|LCI|RTL|RMC|Europe\s+1|X|Twitter|Facebook|Telegram))",
        r"(?P<v>devant\s+(?P<n>la\s+presse|les\s+journalistes|les\s+députés))",
    ))


LANGUAGE_CLASS = French
