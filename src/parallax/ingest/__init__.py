"""1. Ingest: files, folders, globs or stdin → ``Article`` (or ``Rejected``, with the reason).

Reads: plain text / Markdown with front matter, HTML pages, JSON and JSON Lines, RSS/Atom
feeds, WARC archives. Writes: nothing — this stage is pure and never touches the store; the
``parallax ingest`` command writes its output in batches. Depends on: ``model``, ``errors``,
``settings``; trafilatura, feedparser, warcio, lingua.

>>> from parallax import ingest
>>> for item in ingest.articles(["articles/", "feed.xml"]):   # doctest: +SKIP
...     print(item.id if isinstance(item, Article) else f"rejected {item.source}: {item.reason}")

Each input is read by the reader its extension names, or, for an unknown extension or
stdin, by sniffing its first bytes. A bad input never stops the run: it comes out as a
``Rejected(source, reason)`` where ``source`` is the path (``path:LINE`` for a JSON line,
``path:URI`` for a WARC record, ``path:entry N`` for a feed entry).

The stored ``Article.text`` is the decoded, extracted text with ``\\r\\n`` → ``\\n`` and Unicode
NFC, and (except for JSON, whose text is kept as given) the surrounding whitespace removed;
every later offset indexes exactly that string.
"""

from __future__ import annotations

import glob
import io
import os
import sys
from typing import Any, BinaryIO, Iterable, Iterator, Mapping

from .. import settings
from ..errors import FormatError, InputError, TooLarge
from ..model import Article, Rejected, stable_id
from . import decode as _decode
from . import feeds, html, jsonl, langid, text, warc
from .dedupe import canonical_url, content_hash, fingerprint, host_of
from .outlets import Registry, default_registry
from .record import FIELDS, Raw

#: Formats a caller may force with ``fmt=`` (``--format``).
FORMATS = ("text", "html", "json", "jsonl", "feed", "warc")
_BY_EXTENSION = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}
STDIN = "<stdin>"


def format_of(path: str) -> str | None:
    """The format an extension names (``.warc.gz`` → warc), or None."""
    name = path.lower()
    for ext in sorted(_BY_EXTENSION, key=len, reverse=True):
        if name.endswith(ext):
            return _BY_EXTENSION[ext]
    return None


def sniff(head: bytes) -> str:
    """Guess a format from the first bytes of an input (up to a few KB)."""
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc"
    try:
        sample = _decode.detect(head[:4096])[0].lstrip("\ufeff \t\r\n").lower()
    except InputError:
        return "text"
    if sample.startswith(("{", "[")):
        first = sample.split("\n", 1)
        return "jsonl" if len(first) > 1 and first[1].lstrip().startswith("{") and first[0].rstrip().endswith("}") else "json"
    if sample.startswith("<?xml"):
        return "html" if "<html" in sample[:1000] else "feed"
    if sample.startswith(("<rss", "<feed", "<rdf:rdf")):
        return "feed"
    if sample.startswith(("<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<div", "<p")):
        return "html"
    return "text"


def _is_glob(path: str) -> bool:
    return any(c in path for c in "*?[")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and format_of(name):
                yield os.path.join(root, name)


def expand(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Files to read, in order: a folder is walked (files with a known extension only), a glob
    is expanded, ``-`` stands for stdin; a path that matches nothing is a ``Rejected``."""
    for path in paths:
        path = str(path)
        if path == "-":
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        elif os.path.exists(path):
            yield path
        elif _is_glob(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield Rejected(path, "no files match this pattern")
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk(m)
                else:
                    yield m
        else:
            yield Rejected(path, "no such file or directory")


def _flag(value: Any, name: str, source: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "1", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("false", "no", "0", "off", ""):
        return False
    raise FormatError(source, f"field {name!r} must be true or false, got {value!r}")


def _language(value: str | None) -> str | None:
    """``ru-RU`` / ``uk_UA`` / ``EN`` → ``ru`` / ``uk`` / ``en``."""
    if not value or not str(value).strip():
        return None
    return str(value).strip().replace("_", "-").split("-")[0].lower() or None


def build(raw: Raw, *, outlet: str | None = None, language: str | None = None,
          registry: Registry | None = None, synthetic: bool = False) -> Article:
    """A checked ``Article`` from what a reader found.

    Args:
        raw: the reader's record.
        outlet: used when the input names no outlet; else the URL's host decides.
        language: used when the input gives none; else the text is identified.
        registry: outlet registry for URL → outlet (the bundled one by default).
        synthetic: mark the article synthetic whatever the input says.

    Raises:
        FormatError: no text, or a field of the wrong type.
        TooLarge: text longer than ``settings.MAX_ARTICLE_CHARS``.
    """
    body = _decode.normalise(raw.text)
    if raw.format not in ("json", "jsonl"):  # JSON text is kept as given: callers' offsets may index it
        body = body.strip()
    if not body.strip():
        raise FormatError(raw.source, "no article text (empty after extraction)")
    if len(body) > settings.MAX_ARTICLE_CHARS:
        raise TooLarge(raw.source, f"article text is {len(body):,} characters, over the limit of "
                                   f"{settings.MAX_ARTICLE_CHARS:,}")
    f = raw.fields
    url = str(f["url"]).strip() if f.get("url") else None
    canon = canonical_url(url)
    chash = content_hash(body)
    registry = registry or default_registry()
    name = str(f["outlet"]).strip() if f.get("outlet") else outlet
    if name:
        known = registry.get(name)
        outlet_key = known.domain if known else name
    else:
        known = registry.lookup(url) if url else None
        outlet_key = known.domain if known else host_of(url)
    # Without a URL the id comes from the text, and from the outlet when there is one: the same
    # wire text from two outlets is two articles (linked as near-duplicates), not one.
    aid = str(f["id"]).strip() if f.get("id") not in (None, "") else (
        stable_id("url", canon, prefix="a") if canon
        else stable_id("text", chash, outlet_key, prefix="a") if outlet_key
        else stable_id("text", chash, prefix="a"))
    lang = _language(f.get("language")) or _language(language) or langid.detect(body)
    meta = dict(raw.meta)
    return Article(
        id=aid, text=body, content_hash=chash, url=url, canonical_url=canon,
        title=(str(f["title"]).strip() or None) if f.get("title") else None,
        outlet=outlet_key, language=lang,
        published=str(f["published"]).strip() if f.get("published") else None,
        source=raw.source, format=raw.format,
        synthetic=synthetic or _flag(f.get("synthetic", False), "synthetic", raw.source),
        primary=_flag(f.get("primary", False), "primary", raw.source),
        fingerprint=fingerprint(body), meta=meta,
    )


def _peek(stream: BinaryIO, n: int = 4096) -> tuple[bytes, BinaryIO]:
    """The first bytes of a stream, and a stream that still yields them."""
    if hasattr(stream, "peek"):
        return stream.peek(n)[:n], stream
    head = stream.read(n)
    return head, io.BufferedReader(_Prepend(head, stream))


class _Prepend(io.RawIOBase):
    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(buf))
        buf[:len(data)] = data
        return len(data)


def _records(stream: BinaryIO, source: str, fmt: str | None, field_map: Mapping[str, str],
             size: int | None) -> Iterator[Raw | Rejected]:
    """Dispatch one input to its reader. Container formats (JSON Lines, WARC) stream and apply
    the size limit per line / record; the others are read whole, under the limit."""
    head, stream = _peek(stream)
    if not head.strip():
        raise FormatError(source, "empty input (no text)")
    fmt = fmt or sniff(head)
    if fmt == "warc":
        yield from warc.read(stream, source)
        return
    if fmt == "jsonl":
        yield from jsonl.read_lines(stream, source, field_map)
        return
    if size is not None and size > settings.MAX_INPUT_BYTES:
        raise TooLarge(source, f"file is {size:,} bytes, over the limit of {settings.MAX_INPUT_BYTES:,} "
                               "(set PARALLAX_MAX_INPUT_BYTES to raise it)")
    data = _decode.read_limited(stream, source)
    if fmt == "json":
        yield from jsonl.read_document(data, source, field_map)
    elif fmt == "feed":
        yield from feeds.read(data, source)
    elif fmt == "html":
        yield html.read(data, source)
    else:
        yield text.read(data, source)


def _open(path: str, fmt: str | None, field_map: Mapping[str, str]) -> Iterator[Raw | Rejected]:
    if path == "-":
        yield from _records(sys.stdin.buffer, STDIN, fmt, field_map, None)
        return
    fmt = fmt or format_of(path)
    try:
        size = os.stat(path).st_size
        handle = open(path, "rb")
    except OSError as e:
        raise FormatError(path, f"cannot read: {e.strerror or e}") from e
    if fmt not in ("warc", "jsonl") and size > settings.MAX_INPUT_BYTES:
        handle.close()  # refused before reading a byte
        raise TooLarge(path, f"file is {size:,} bytes, over the limit of {settings.MAX_INPUT_BYTES:,} "
                             "(set PARALLAX_MAX_INPUT_BYTES to raise it)")
    with handle:
        yield from _records(handle, path, fmt, field_map, size)


def articles(paths: Iterable[str | os.PathLike], *, field_map: Mapping[str, str] | None = None,
             outlet: str | None = None, language: str | None = None, fmt: str | None = None,
             registry: Registry | None = None, synthetic: bool = False) -> Iterator[Article | Rejected]:
    """Articles from files, folders, globs and ``-`` (stdin), in input order, lazily.

    Args:
        paths: files, folders (walked recursively), glob patterns, or ``-``.
        field_map: article field → input key for JSON inputs (``{"text": "body"}``).
        outlet: outlet for inputs that name none (wins over the registry lookup of the URL).
        language: ISO 639-1 code for inputs that give none (skips identification).
        fmt: force one of ``FORMATS`` instead of choosing by extension and content.
        registry: outlet registry (bundled plus the user's, ``Registry.from_store(store)``).
        synthetic: mark every article synthetic (demo and test data).

    Yields:
        An ``Article`` per article read, a ``Rejected`` per input (or line, entry, record)
        refused, with the reason. Never raises for bad input.
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    field_map = jsonl.parse_field_map(field_map) if field_map else {}
    registry = registry or default_registry()
    for path in expand(str(p) if isinstance(p, os.PathLike) else p for p in paths):
        if isinstance(path, Rejected):
            yield path
            continue
        source = STDIN if path == "-" else path
        try:
            for raw in _open(path, fmt, field_map):
                if isinstance(raw, Rejected):
                    yield raw
                    continue
                try:
                    yield build(raw, outlet=outlet, language=language, registry=registry,
                                synthetic=synthetic)
                except InputError as e:
                    yield Rejected(e.source, e.reason)
        except InputError as e:
            yield Rejected(e.source, e.reason)
        except (MemoryError, KeyboardInterrupt):
            raise
        except Exception as e:  # a parser choking on hostile input must not end the run
            yield Rejected(source, f"unreadable ({type(e).__name__}: {e})")


__all__ = ["FIELDS", "FORMATS", "Raw", "Registry", "articles", "build", "expand", "format_of",
           "sniff"]
