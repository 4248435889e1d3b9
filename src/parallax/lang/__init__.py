"""Everything language-specific, one folder per language (spaCy's ``lang/xx``).

``get("ru")`` returns the Russian ``Language``; a code without a folder gets the generic
``xx`` rules (quotation marks, dashes, capitalised names), so Romanian, Slovak or Dutch
text never breaks extraction. Languages are built once per process.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from functools import lru_cache

from .base import Language, paragraphs, read_lexicon

#: the language whose acronyms and month names turn up in every language's news ("NATO", "DPRK",
#: "July"): compare reads its lists beside the text's own
LINGUA_FRANCA = "en"
#: codes with their own folder (a pack); anything else falls back to ``xx``
AVAILABLE = tuple(sorted(p.parent.name for p in Path(__file__).parent.glob("*/__init__.py") if p.parent.name != "xx"))


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
    """List ``name`` of every pack joined: for comparing versions of one remark in several languages,
    where a word of any of them may turn up (``stopwords`` in ``compare.alterations``)."""
    return frozenset().union(*(get(code).word_list(name) for code in AVAILABLE))


__all__ = ["AVAILABLE", "LINGUA_FRANCA", "Language", "every_pack", "get", "paragraphs", "read_lexicon"]
