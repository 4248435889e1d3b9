"""Helpers shared by the extraction tests."""

from __future__ import annotations

from parallax import extract
from parallax.model import Article


def found(text: str, lang: str):
    """The statements the extractor finds in ``text`` read as one article in language ``lang``."""
    return extract.statements(Article(id="t1", text=text, content_hash="t1", language=lang))


def one(text: str, lang: str, needle: str):
    """The statement whose content contains ``needle`` (the test fails when there is none)."""
    hits = [s for s in found(text, lang) if needle in s.text]
    assert hits, f"no statement containing {needle!r} in {[s.text for s in found(text, lang)]}"
    return hits[0]


def holding(text: str, lang: str, needle: str):
    """The statement whose content fragments contain ``needle``, else None."""
    for s in found(text, lang):
        if any(needle in f.text for f in s.content):
            return s
    return None
