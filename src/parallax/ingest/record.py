"""What a reader hands over before the article is built: text, source, declared fields, meta.

Each reader (text, html, jsonl, feeds, warc) turns bytes into ``Raw`` records;
``ingest.build`` turns a ``Raw`` into an ``Article`` (ids, hashes, outlet, language).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Article fields an input may declare (front matter keys, JSON keys, feed/page metadata).
FIELDS = ("text", "url", "title", "outlet", "language", "published", "id", "synthetic", "primary")


@dataclass(slots=True)
class Raw:
    """One article as read, not yet checked: ``fields`` holds what the input declared."""

    text: str
    source: str
    format: str
    fields: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)


__all__ = ["FIELDS", "Raw"]
