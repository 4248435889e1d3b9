"""The generic language ``xx``: universal marks and rules, no lexicon of its own.

Used for any code without a pack (da, lv, et …). Cue verbs are borrowed from English
only where the text writes them in Latin letters, which keeps recall on mixed text and costs
nothing on other scripts.
"""

from __future__ import annotations

from ..base import Language


class Generic(Language):
    code = "xx"
    dashes = "—–"


LANGUAGE_CLASS = Generic
