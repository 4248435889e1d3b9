"""HTML pages: main text and metadata via trafilatura; HTML fragments (feed entries) via lxml.

Reads: the bytes of one page (a file, or a WARC record's body). Writes: nothing.
Depends on: ``decode``, trafilatura (main-text extraction, htmldate for the date), lxml.

The stored ``text`` is exactly trafilatura's extracted text (navigation, footers, cookie
banners and comments left out), newline- and NFC-normalised; offsets index that text.
trafilatura's own extractor runs first without its fallback extractors; only a page that
yields less than ``FALLBACK_BELOW`` characters is extracted again with them. The
page's title, date, canonical URL and site name come from trafilatura's metadata; an URL
given by the caller (a WARC record's target URI) wins over the page's own. A page marked
``<meta name="parallax:synthetic" content="true">`` is synthetic (demo and test data).
"""

from __future__ import annotations

import logging
import re

import lxml.html
from lxml.etree import ParserError

from ..errors import FormatError
from .decode import decode, normalise
from .record import Raw

# trafilatura and htmldate log every odd page at WARNING; the reason reaches the user as a
# Rejected instead, so keep their logs off the console unless the caller configures logging.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SYNTHETIC = re.compile(rb"""<meta\s+name=["']parallax:synthetic["']\s+content=["']\s*(true|yes|1)""", re.I)
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer "
    "figure figcaption dd dt dl hr aside main".split())
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
#: trafilatura's own extractor runs alone first (``fast``: no readability / jusText fallbacks,
#: a quarter of the time per page); a page whose text comes out shorter than this is extracted
#: again with the fallbacks, which rescue pages the own extractor half-misses.
FALLBACK_BELOW = 1500


#: Share of a page's non-space characters that must be letters or digits: prose is about 0.8,
#: the debris of a broken page ("ÿþ<<<>>>") far less.
MIN_WORD_SHARE = 0.5


def readable(text: str) -> bool:
    """Whether extracted text looks like prose: enough word characters, and one word of 2+ letters."""
    chars = [c for c in text if not c.isspace()]
    words = sum(c.isalnum() for c in chars)
    return bool(chars) and words / len(chars) >= MIN_WORD_SHARE and bool(_WORD2.search(text))


_WORD2 = re.compile(r"[^\W\d_]{2}")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta charset>`` / ``http-equiv`` within its first 4 KB."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def extract(markup: str, source: str, url: str | None = None) -> Raw:
    """Main text and metadata of one page.

    Raises:
        FormatError: trafilatura finds no main text (an empty page, a page of links,
            something that is not HTML).
    """
    import trafilatura

    def run(fast: bool):
        try:
            return trafilatura.bare_extraction(
                markup, url=url, fast=fast, with_metadata=True, include_comments=False,
                include_tables=True, include_images=False, include_links=False, deduplicate=False)
        except (ValueError, TypeError, ParserError) as e:  # trafilatura raises these on broken trees
            raise FormatError(source, f"cannot parse the HTML: {e}") from e

    doc = run(fast=True)
    if doc is None or len(doc.text or "") < FALLBACK_BELOW:
        doc = run(fast=False)
    text = normalise(doc.text or "").strip() if doc is not None else ""
    if not text:
        raise FormatError(source, "no main text found in the HTML page")
    if not readable(text):
        raise FormatError(source, "no readable text in the HTML page (what is left is mostly "
                                  "markup or symbols: a broken or binary page)")
    fields = {"title": doc.title, "published": doc.date, "url": url or doc.url}
    meta = {k: v for k, v in (("sitename", doc.sitename), ("author", doc.author),
                              ("description", doc.description)) if v}
    return Raw(text=text, source=source, format="html",
               fields={k: v for k, v in fields.items() if v}, meta=meta)


def read(data: bytes, source: str, url: str | None = None, charset: str | None = None) -> Raw:
    """One article from a page's bytes; ``charset`` is the HTTP header's, when known."""
    markup = decode(data, source, hints=(charset, declared_charset(data)))
    raw = extract(markup, source, url)
    if _SYNTHETIC.search(data[:8192]):
        raw.fields["synthetic"] = True
    return raw


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content): one line per block element.

    Parsed with lxml, not stripped with regular expressions, so entities, comments, CDATA and
    ``<script>`` are handled as a browser would.
    """
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//iframe"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS and el is not root:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


__all__ = ["declared_charset", "extract", "fragment_text", "read"]
