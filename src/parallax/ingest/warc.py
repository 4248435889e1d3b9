"""WARC archives (``.warc``, ``.warc.gz``): each HTML response through the HTML reader.

Reads: a WARC file as a stream, record by record (archives are often larger than memory).
Writes: nothing. Depends on: warcio, ``html``.

Only ``response`` (and ``resource``) records with an HTML content type and, for HTTP, a 2xx
status are articles; requests, metadata, redirects, error pages, images and scripts are
skipped. Each page is named ``ARCHIVE:TARGET-URI`` in errors and gets the record's target
URI as its URL. The size limit applies per record, not per archive. A truncated or corrupt
archive yields the records read so far, then one ``Rejected`` for the rest.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO, Iterator

from .. import settings
from ..errors import InputError
from ..model import Rejected
from . import html
from .record import Raw

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def read(stream: BinaryIO, source: str) -> Iterator[Raw | Rejected]:
    """The HTML pages of one archive."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = settings.MAX_INPUT_BYTES
    pages = end = 0
    size = _size(stream)
    try:
        records = ArchiveIterator(stream, check_digests=False)
        for rec in records:
            if rec.rec_type is None:
                yield Rejected(source, f"truncated or malformed WARC after {pages} page(s): "
                                       "a record without a WARC-Type header")
                return
            uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
            name = uri or rec.rec_headers.get_header("WARC-Record-ID")
            where = f"{source}:{name}" if name else source
            if rec.raw_stream is None or rec.rec_headers.get_header("Content-Length") is None:
                yield Rejected(where, "truncated or malformed WARC record header (no Content-Length)")
                return
            is_page, charset = _is_page(rec)
            body = rec.content_stream().read(limit + 1) if is_page else b""
            while rec.raw_stream.read(1 << 16):  # drain, so that a short record shows below
                pass
            if getattr(rec.raw_stream, "limit", 0) > 0:
                yield Rejected(where, "truncated WARC record (fewer bytes than its Content-Length)")
                return
            end = records.get_record_offset() + records.get_record_length()
            if not is_page:
                continue
            if len(body) > limit:
                yield Rejected(where, f"record body is over the limit of {limit:,} bytes")
                continue
            pages += 1
            try:
                yield html.read(body, where, url=uri or None, charset=charset)
            except InputError as e:
                yield Rejected(e.source, e.reason)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError, AttributeError, TypeError) as e:
        # warcio raises assorted errors on corrupt input (AttributeError on a cut-off header block)
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        yield Rejected(source, f"truncated or malformed WARC after {pages} page(s): {first}")
        return
    # warcio stops quietly at a header block cut short, so compare where the last complete
    # record ended with the size of the file.
    if size is not None and end < size and _tail(stream, end).strip(b"\r\n\t "):
        yield Rejected(source, f"truncated or malformed WARC after {pages} page(s): the last "
                               f"{size - end:,} bytes are not a complete record")


def _tail(stream: BinaryIO, offset: int) -> bytes:
    try:
        stream.seek(offset)
        return stream.read(64)
    except (OSError, ValueError):
        return b""


def _size(stream: BinaryIO) -> int | None:
    """Bytes in a seekable stream (a file, BytesIO), or None (stdin, a pipe)."""
    try:
        if not stream.seekable():
            return None
        here = stream.tell()
        size = stream.seek(0, 2)
        stream.seek(here)
        return size
    except (OSError, AttributeError, ValueError):
        return None


def _is_page(rec) -> tuple[bool, str | None]:
    """Whether a record is an HTML page worth ingesting, and its declared charset."""
    if rec.rec_type not in ("response", "resource"):
        return False, None
    if rec.rec_type == "response" and rec.http_headers is not None:
        status = rec.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False, None
        ctype = rec.http_headers.get_header("Content-Type") or ""
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    if ctype.split(";")[0].strip().lower() not in _HTML_TYPES:
        return False, None
    return True, _charset(ctype)


__all__ = ["read"]
