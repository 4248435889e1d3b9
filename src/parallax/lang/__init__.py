"""Everything language-specific, one folder per language (spaCy's ``lang/xx``).

``get("ru")`` returns the Russian ``Language``; a code without a folder gets the generic
``xx`` rules (quotation marks, dashes, capitalised names), so Danish, Latvian or Estonian
text never breaks extraction. Languages are built once per process.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import MappingProxyType
from typing import Mapping
from functools import lru_cache

from .base import Language, _pack_table, _word_list, paragraphs, read_lexicon

#: the language whose acronyms and month names turn up in every language's news ("NATO", "DPRK",
#: "July"): compare reads its lists beside the text's own
LINGUA_FRANCA = "en"
#: codes with their own folder (a pack); anything else falls back to ``xx``
AVAILABLE = tuple(sorted(p.parent.name for p in Path(__file__).parent.glob("*/__init__.py") if p.parent.name != "xx"))
#: every folder of a language: the packs and those with data files only (lt: name forms)
FOLDERS = tuple(sorted(p.name for p in Path(__file__).parent.iterdir()
                       if p.is_dir() and p.name != "xx" and p.name.isalpha()))
#: the folders ``every_pack`` and ``every_table`` join: every language's and ``xx``, the data of no one
#: language that a text in any language may hold (name particles, platform names, venue spellings)
_EVERY = (*FOLDERS, "xx")


@lru_cache(maxsize=None)
def get(code: str | None) -> Language:
    """The ``Language`` for an ISO 639-1 code; unknown or missing codes get the generic one.

    Args:
        code: a code of ``AVAILABLE`` ("en", "fr", "sr" …), any other code, or None.

    Returns:
        A ``Language`` instance, shared per process.
    """
    key = (code or "xx").lower().split("-")[0].split("_")[0]
    if key not in AVAILABLE:
        from .xx import Generic

        return Generic()
    module = importlib.import_module(f"{__name__}.{key}")
    return module.LANGUAGE_CLASS()


@lru_cache(maxsize=None)
def every_pack(name: str) -> frozenset[str]:
    """List ``name`` of every language folder and of ``xx`` joined: for comparing versions of one remark in
    several languages, where a word of any of them may turn up (``stopwords`` in ``compare.alterations``), and
    for rules that read a word whatever the text's language (``name_pronouns`` in ``resolve``, ``xx``'s
    ``name_particles``)."""
    return frozenset().union(*(_word_list(code, name) for code in _EVERY))


def alternation(words) -> str:
    """Pack words as the alternatives of a regex, longest first; a trailing ``*`` stands for any ending
    ("журналист*")."""
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                    for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def every_table(name: str) -> Mapping[str, str]:
    """Table ``name`` (``word<TAB>value`` rows) of every pack joined, like ``every_pack`` for a list with a
    value (``venue_kinds`` in ``align.occasions``); a word two packs list keeps the later pack's value.
    Read-only: one cached table serves every caller."""
    out: dict[str, str] = {}
    for code in _EVERY:
        out.update(_pack_table(code, name))
    return MappingProxyType(out)


__all__ = ["AVAILABLE", "FOLDERS", "LINGUA_FRANCA", "Language", "alternation", "every_pack", "every_table", "get",
           "paragraphs", "read_lexicon"]
