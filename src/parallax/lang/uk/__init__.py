"""Ukrainian: « » „ “ marks, dialogue dashes, pymorphy3-uk morphology, pronouns, roles, venues."""

from __future__ import annotations

from ..slavic import Slavic
from . import words


class Ukrainian(Slavic):
    code = "uk"
    words = words


LANGUAGE_CLASS = Ukrainian
