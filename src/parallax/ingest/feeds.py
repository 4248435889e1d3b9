"""RSS and Atom feed files: one article per entry, via feedparser.

Reads: the bytes of one feed file (feedparser reads the XML declaration's encoding itself).
Writes: nothing. Depends on: feedparser, ``html.fragment_text``.

An entry's text is its longest ``content`` value, else its ``summary``, as plain text (HTML
parsed with lxml, not stripped with regular expressions). A feed whose XML is malformed is
refused as a whole: feedparser's lenient fallback can return entries cut off mid-way, and
storing those silently would be worse than asking for a fixed file. A well-formed feed with
an entry that has no text rejects that entry only. An entry with the category ``synthetic``
is marked synthetic (demo and test data).
"""

from __future__ import annotations

import io
import time
import xml.sax
from typing import Iterator

from ..errors import FormatError
from ..model import Rejected
from .html import fragment_text
from .record import Raw


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def _entry_text(entry) -> str:
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or ()]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    best = ""
    for value, ctype in candidates:
        text = value.strip() if ctype == "text/plain" else fragment_text(value)
        if len(text) > len(best):
            best = text
    return best


def read(data: bytes, source: str) -> Iterator[Raw | Rejected]:
    """The entries of one feed.

    Raises:
        FormatError: malformed XML, or XML that is not an RSS/Atom feed.
    """
    import feedparser

    # A stream, never a string: feedparser.parse fetches a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    error = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(error, xml.sax.SAXException):
        where = ""
        if isinstance(error, xml.sax.SAXParseException):
            where = f" at line {error.getLineNumber()} column {error.getColumnNumber()}"
        raise FormatError(source, f"malformed XML feed{where}: {error.getMessage()}")
    if not parsed.get("version"):
        raise FormatError(source, "not an RSS or Atom feed (no channel or feed element)")
    feed = parsed.get("feed") or {}
    language = (feed.get("language") or "").strip() or None
    for i, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        where = f"{source}:entry {i}" + (f" ({link})" if link else "")
        text = _entry_text(entry)
        if not text:
            yield Rejected(where, "feed entry has no content or summary text")
            continue
        fields = {"url": link, "title": entry.get("title"), "language": language,
                  "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed"))}
        if any((t.get("term") or "").strip().lower() == "synthetic" for t in entry.get("tags") or ()):
            fields["synthetic"] = True  # <category>synthetic</category>: demo and test data
        meta = {k: v for k, v in (("feed", feed.get("title")), ("guid", entry.get("id")),
                                  ("author", entry.get("author"))) if v}
        yield Raw(text=text, source=where, format="feed",
                  fields={k: v for k, v in fields.items() if v}, meta=meta)


__all__ = ["read"]
