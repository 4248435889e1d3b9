"""Helpers for the language-pack tests: extract one text and look at what came out."""

from __future__ import annotations

import pytest

from parallax.extract import statements
from parallax.model import Article


def _article(text: str, language: str) -> Article:
    fields = dict.fromkeys(Article.__dataclass_fields__)
    fields.update(id="t", text=text, language=language, url="https://example.org/t")
    return Article(**fields)


@pytest.fixture
def extract():
    """``extract(lang, text)`` → [(type, [content texts], speaker text or None)]."""

    def run(language: str, text: str):
        out = []
        for s in statements(_article(text, language), language):
            out.append((s.type.value if hasattr(s.type, "value") else str(s.type),
                        [c.text for c in s.content], s.speaker.text if s.speaker else None))
        return out

    return run


@pytest.fixture
def only():
    """``only(found, start)``: the one statement whose first fragment starts with ``start``
    (opening marks and dashes ignored)."""

    def pick(found, start: str):
        hits = [f for f in found if f[1] and f[1][0].lstrip("«»“”„\"'‘ -–—").startswith(start)]
        assert len(hits) == 1, found
        return hits[0]

    return pick
