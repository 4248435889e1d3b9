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

import datetime as _dt
import glob
import gzip
import io
import os
import re
import stat
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
#: Archives that are not read: refused by name, with what to do instead.
_REFUSED_ARCHIVES = (".zip", ".7z", ".rar", ".tar", ".tar.gz", ".tgz", ".bz2", ".xz", ".zst")
STDIN = "<stdin>"
_GZIP_MAGIC = b"\x1f\x8b"


def format_of(path: str) -> str | None:
    """The format an extension names (``.warc.gz`` → warc, ``.jsonl.gz`` → jsonl), or None."""
    name = path.lower()
    for ext in sorted(_BY_EXTENSION, key=len, reverse=True):
        if name.endswith(ext):
            return _BY_EXTENSION[ext]
    if name.endswith(".gz"):
        return format_of(name[:-3])
    return None


def _is_gzip_name(path: str) -> bool:
    return path.lower().endswith(".gz")


def _is_refused_archive(path: str) -> bool:
    return path.lower().endswith(_REFUSED_ARCHIVES)


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
            # .gz files are read (decompressed) and other archives refused by name, never skipped
            # silently: a folder of dumps must not lose its compressed half without a word.
            if not name.startswith(".") and (format_of(name) or _is_gzip_name(name)
                                             or _is_refused_archive(name)):
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


_LANGUAGE = re.compile(r"[a-z]{2,3}")
_BAD_CHARS = re.compile(r"[\x00\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
#: How deep a JSON value kept in ``Article.meta`` may nest.
MAX_META_DEPTH = 32


def check_text(value: str, name: str, source: str) -> str:
    """``value`` unchanged, or ``FormatError`` for a NUL or a lone surrogate (not storable text)."""
    m = _BAD_CHARS.search(value)
    if m:
        what = "a NUL character" if m.group() == "\x00" else f"a lone surrogate (U+{ord(m.group()):04X})"
        raise FormatError(source, f"field {name!r} contains {what}, which is not text")
    return value


def _check_meta(value: Any, source: str, depth: int = 0) -> None:
    """Every string in a meta value is storable text, and the value is not nested too deep."""
    if depth > MAX_META_DEPTH:
        raise FormatError(source, f"a field is nested deeper than {MAX_META_DEPTH} levels")
    if isinstance(value, str):
        check_text(value, "meta", source)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            check_text(str(k), "meta", source)
            _check_meta(v, source, depth + 1)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _check_meta(v, source, depth + 1)


def _line_field(value: Any, name: str, source: str) -> str | None:
    """A one-line string field (title, outlet, …): no NUL, surrogate or control character."""
    if value is None or not str(value).strip():
        return None
    text = check_text(str(value), name, source).strip()
    if _CONTROLS.search(text):
        raise FormatError(source, f"field {name!r} contains control characters")
    return text


def _language(value: str | None, source: str = "<input>") -> str | None:
    """``ru-RU`` / ``uk_UA`` / ``EN`` → ``ru`` / ``uk`` / ``en``; anything but a language code is refused.

    Raises:
        FormatError: the value is not an ISO 639 code (two or three letters, optional region).
    """
    if not value or not str(value).strip():
        return None
    code = str(value).strip().replace("_", "-").split("-")[0].lower()
    if not _LANGUAGE.fullmatch(code) or len(str(value).strip()) > 35:
        raise FormatError(source, f"field 'language' must be a language code like 'en' or 'uk-UA', "
                                  f"got {str(value)[:40]!r}")
    return code


def _published(value: Any, source: str) -> str | None:
    """An ISO 8601 date or date-time (``2024-10-23``, ``2024-10-23T21:00:00+03:00``), as given."""
    text = _line_field(value, "published", source)
    if text is None:
        return None
    try:
        _dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        raise FormatError(source, f"field 'published' must be an ISO 8601 date like 2024-10-23, "
                                  f"got {text[:40]!r}") from None
    return text


def _url(value: Any, source: str) -> str | None:
    """An absolute http(s) URL with a host, or None when none is given."""
    text = _line_field(value, "url", source)
    if text is None:
        return None
    from urllib.parse import urlsplit
    try:
        parts = urlsplit(text)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and not any(
            c.isspace() for c in text)
    except ValueError:
        ok = False
    if not ok:
        raise FormatError(source, f"field 'url' must be an http(s) URL, got {text[:60]!r}")
    return text


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
    body = _decode.normalise(check_text(raw.text, "text", raw.source))
    if raw.format not in ("json", "jsonl"):  # JSON text is kept as given: callers' offsets may index it
        body = body.strip()
    if not body.strip():
        raise FormatError(raw.source, "no article text (empty after extraction)")
    if len(body) > settings.MAX_ARTICLE_CHARS:
        raise TooLarge(raw.source, f"article text is {len(body):,} characters, over the limit of "
                                   f"{settings.MAX_ARTICLE_CHARS:,}")
    f = raw.fields
    # Fields a person declared (JSON, front matter) are refused when invalid; metadata a page or
    # feed carries about itself (a relative canonical link, an odd date) is dropped instead.
    strict = raw.format in ("json", "jsonl", "text")

    def checked(check, value, *name):
        try:
            return check(value, *name, raw.source)
        except FormatError:
            if strict:
                raise
            return None

    url = checked(_url, f.get("url"))
    title = checked(_line_field, f.get("title"), "title")
    published = checked(_published, f.get("published"))
    declared_outlet = checked(_line_field, f.get("outlet"), "outlet")
    declared_language = checked(_language, f.get("language"))
    explicit_id = _line_field(f.get("id"), "id", raw.source)
    _check_meta(raw.meta, raw.source)
    canon = canonical_url(url)
    chash = content_hash(body)
    registry = registry or default_registry()
    name = declared_outlet or outlet
    if name:
        known = registry.get(name)
        outlet_key = known.domain if known else name
    else:
        known = registry.lookup(url) if url else None
        outlet_key = known.domain if known else host_of(url)
    # Without a URL the id comes from the text, and from the outlet when there is one: the same
    # wire text from two outlets is two articles (linked as near-duplicates), not one.
    # An explicit id is the source's own: the store keeps it unless another source's article
    # already holds it (then the store namespaces it by outlet, see ``SQLiteStore.add_articles``).
    aid = explicit_id if explicit_id else (
        stable_id("url", canon, prefix="a") if canon
        else stable_id("text", chash, outlet_key, prefix="a") if outlet_key
        else stable_id("text", chash, prefix="a"))
    lang = declared_language or _language(language, raw.source) or langid.detect(body)
    meta = dict(raw.meta)
    return Article(
        id=aid, text=body, content_hash=chash, url=url, canonical_url=canon,
        title=title, outlet=outlet_key, language=lang, published=published,
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
    if _is_refused_archive(path):
        raise FormatError(path, "archives of this kind are not read: unpack it and ingest the files "
                                "(.gz files, .warc.gz and .jsonl.gz are read)")
    fmt = fmt or format_of(path)
    try:
        info = os.stat(path)
    except OSError as e:
        raise FormatError(path, f"cannot read: {e.strerror or e}") from e
    if not stat.S_ISREG(info.st_mode):  # a FIFO with no writer would block open() for ever
        raise FormatError(path, "not a regular file (a FIFO, device or socket): pipe it to "
                                "'parallax ingest -' instead")
    size = info.st_size
    gzipped = _is_gzip_name(path)
    if not gzipped and fmt not in ("warc", "jsonl") and size > settings.MAX_INPUT_BYTES:
        raise TooLarge(path, f"file is {size:,} bytes, over the limit of {settings.MAX_INPUT_BYTES:,} "
                             "(set PARALLAX_MAX_INPUT_BYTES to raise it)")
    try:
        handle = open(path, "rb", buffering=1 << 16)
    except OSError as e:
        raise FormatError(path, f"cannot read: {e.strerror or e}") from e
    with handle:
        if gzipped:
            if handle.peek(2)[:2] != _GZIP_MAGIC:
                raise FormatError(path, "named .gz but not gzip-compressed data")
            if fmt != "warc":  # warcio reads compressed WARC itself, record by record
                # Decompressed size is unknown: readers bound what they read (read_limited,
                # per-line limits), so a small bomb cannot fill memory.
                with gzip.GzipFile(fileobj=handle, mode="rb") as inner:
                    yield from _records(io.BufferedReader(inner, 1 << 16), path, fmt, field_map, None)
                return
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
                except (MemoryError, KeyboardInterrupt):
                    raise
                except Exception as e:  # one record's failure is that record's, not the file's
                    yield Rejected(raw.source, f"unreadable ({type(e).__name__}: {e})")
        except InputError as e:
            yield Rejected(e.source, e.reason)
        except (MemoryError, KeyboardInterrupt):
            raise
        except (EOFError, OSError, gzip.BadGzipFile) as e:
            yield Rejected(source, f"unreadable compressed or truncated input ({type(e).__name__}: {e})")
        except Exception as e:  # a parser choking on hostile input must not end the run
            yield Rejected(source, f"unreadable ({type(e).__name__}: {e})")


__all__ = ["FIELDS", "FORMATS", "Raw", "Registry", "articles", "build", "expand", "format_of",
           "sniff"]
