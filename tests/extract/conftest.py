"""Helpers shared by the extraction tests."""

from __future__ import annotations

from parallax import extract
from parallax.model import Article


def found(text: str, lang: str):
    """The statements the extractor finds in ``text`` read as one article in language ``lang``."""
    return extract.statements(Article(id="t1", text=text, content_hash="t1", language=lang))
