"""Search terms of a text, as SQLite's FTS5 ``unicode61`` tokenizer makes them (for backends without FTS5).

A term is a run of letters, digits (Unicode categories L*, N*) and private-use characters,
lower-cased; Latin letters lose one diacritic (``é`` → ``e``, ``İ`` → ``i``) and combining
acute/grave/… marks (U+0300–U+036F) vanish, as ``remove_diacritics 1`` does. Cyrillic is kept
as written (``й``, ``ї``, ``ё`` stay): a word matches its own inflected form only, as in FTS5.
``tests/store/test_contract.py`` checks these terms against FTS5's on the real corpora.

>>> terms("Зеленський сказав: «Société générale»")
['зеленський', 'сказав', 'societe', 'generale']
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: FTS5 folds these as well as lower-casing them.
_EXTRA_FOLD = {"µ": "μ"}


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str | None:
    """``ch`` as it appears in a term ("" when it vanishes), or None when it separates terms."""
    if 0x300 <= ord(ch) <= 0x36F:
        return ""
    cat = unicodedata.category(ch)
    if cat[0] not in "LN" and cat != "Co":
        return None
    out = []
    for c in _EXTRA_FOLD.get(ch, ch.lower()):
        o = ord(c)
        if 0x300 <= o <= 0x36F:
            continue
        if 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
            d = unicodedata.normalize("NFD", c)
            if len(d) == 2 and 0x300 <= ord(d[1]) <= 0x36F:
                c = d[0]
        out.append(c)
    return "".join(out)


def terms(text: str | None) -> list[str]:
    """The terms of ``text`` in order (repeats kept)."""
    found: list[str] = []
    cur: list[str] = []
    for ch in text or "":
        f = _fold(ch)
        if f is None:
            if cur:
                found.append("".join(cur))
                cur = []
        elif f:
            cur.append(f)
    if cur:
        found.append("".join(cur))
    return found


def term_set(*texts: str | None) -> list[str]:
    """The distinct terms of several texts, sorted: what a backend indexes per row."""
    return sorted({t for text in texts for t in terms(text)})
