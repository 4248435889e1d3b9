"""Ukrainian: « » „ “ marks, dialogue dashes, pymorphy3-uk morphology, pronouns, roles, venues."""

from __future__ import annotations

from ..slavic import Slavic
from .words import COMPLEMENTISERS, FILLERS, NOT_NAMES, ORG_NOUNS, PRONOUNS, ROLE_NOUNS, TITLES, VENUE_PATTERNS


class Ukrainian(Slavic):
    code = "uk"
    complementisers = COMPLEMENTISERS
    pronouns = PRONOUNS
    role_nouns = ROLE_NOUNS
    org_nouns = ORG_NOUNS
    titles = TITLES
    not_names = NOT_NAMES
    fillers = FILLERS
    venue_patterns = VENUE_PATTERNS


LANGUAGE_CLASS = Ukrainian
