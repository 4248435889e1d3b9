"""Russian: « » „ “ marks, dialogue dashes, pymorphy3 morphology, pronouns, roles, venues."""

from __future__ import annotations

from ..slavic import Slavic
from . import words


class Russian(Slavic):
    code = "ru"
    snowball = "russian"
    words = words


LANGUAGE_CLASS = Russian
