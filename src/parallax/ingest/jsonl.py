"""JSON and JSON Lines: objects with ``text`` (and url, title, outlet, language, published, id,
synthetic, primary), or other names mapped with a field map.

Reads: a ``.jsonl`` stream line by line (memory stays flat on big files), or a ``.json``
document holding one object or a list of objects. Writes: nothing. Depends on: ``decode``.

A malformed line is rejected on its own (``path:LINE: reason``) and the valid lines of the same
file are still read. Keys that are not article fields go to ``Article.meta``.
"""

from __future__ import annotations

import codecs
import io
import json
from typing import Any, BinaryIO, Iterator, Mapping

from .. import settings
from ..errors import FormatError, InputError
from ..model import Rejected
from .decode import decode, detect
from .record import FIELDS, Raw


def parse_field_map(pairs: list[str] | tuple[str, ...] | Mapping[str, str] | None) -> dict[str, str]:
    """``["text=body", "published=date"]`` → ``{"text": "body", "published": "date"}``.

    The key is the article field, the value the input's key (dots reach into nested objects:
    ``text=content.body``).

    Raises:
        ValueError: not ``field=key``, or a field parallax does not know (the message lists them).
    """
    if not pairs:
        return {}
    items = pairs.items() if isinstance(pairs, Mapping) else (
        (p.partition("=")[0], p.partition("=")[2]) if "=" in p else (p, "") for p in pairs)
    out: dict[str, str] = {}
    for target, key in items:
        target, key = target.strip(), key.strip()
        if not target or not key:
            raise ValueError(f"field map entry {target}={key} must be FIELD=KEY, e.g. text=body")
        if target not in FIELDS:
            raise ValueError(f"unknown article field {target!r}; map one of: {', '.join(FIELDS)}")
        out[target] = key
    return out


def _get(obj: Mapping[str, Any], key: str) -> tuple[bool, Any]:
    if key in obj:
        return True, obj[key]
    cur: Any = obj
    for part in key.split("."):
        if not isinstance(cur, Mapping) or part not in cur:
            return False, None
        cur = cur[part]
    return True, cur


def record(obj: Any, source: str, field_map: Mapping[str, str] | None = None, fmt: str = "jsonl") -> Raw:
    """One decoded JSON value → ``Raw``.

    Raises:
        FormatError: not an object, no text, or a field of the wrong type.
    """
    if not isinstance(obj, dict):
        raise FormatError(source, f"expected a JSON object, got {type(obj).__name__}")
    field_map = field_map or {}
    used: set[str] = set()
    fields: dict[str, Any] = {}
    for name in FIELDS:
        key = field_map.get(name, name)
        found, value = _get(obj, key)
        if found:
            used.add(key.split(".")[0] if key not in obj else key)
            if value is not None:
                fields[name] = value
    text_key = field_map.get("text", "text")
    text = fields.pop("text", None)
    if text is None:
        hint = "" if "text" in field_map else " (map another key with --field text=KEY)"
        raise FormatError(source, f"no {text_key!r} field{hint}")
    if not isinstance(text, str):
        raise FormatError(source, f"field {text_key!r} must be a string, got {type(text).__name__}")
    for name in ("url", "title", "outlet", "language", "published"):
        if name in fields and not isinstance(fields[name], str):
            if isinstance(fields[name], (int, float)) and not isinstance(fields[name], bool):
                fields[name] = str(fields[name])
            else:
                raise FormatError(source, f"field {field_map.get(name, name)!r} must be a string")
    if "id" in fields:
        if isinstance(fields["id"], bool) or not isinstance(fields["id"], (str, int)):
            raise FormatError(source, f"field {field_map.get('id', 'id')!r} must be a string or integer")
        fields["id"] = str(fields["id"])
    meta = {k: v for k, v in obj.items() if k not in used}
    return Raw(text=text, source=source, format=fmt, fields=fields, meta=meta)


_WIDE = (  # UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_encoding(head: bytes) -> str | None:
    """The encoding of a UTF-16/32 stream from its first bytes (a BOM, or ``{`` next to NULs)."""
    for bom, enc in _WIDE:
        if head.startswith(bom):
            return enc
    if len(head) >= 4 and head[1:4] == b"\0\0\0" and head[0]:
        return "utf-32-le"
    if len(head) >= 4 and head[:3] == b"\0\0\0" and head[3]:
        return "utf-32-be"
    if len(head) >= 2 and head[0] and not head[1]:
        return "utf-16-le"
    if len(head) >= 2 and not head[0] and head[1]:
        return "utf-16-be"
    return None


def _peek(stream: BinaryIO, n: int = 4) -> tuple[bytes, BinaryIO]:
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    return stream.peek(n)[:n], stream


def _bounded_lines(stream, limit: int, endless_ok: bool) -> Iterator[tuple[Any, int]]:
    """``(line, size)`` per line, never holding more than ``limit`` units of one line: an
    over-long line comes back as ``(None, size)``. The size is checked while reading, so a line
    without end (``/dev/zero``) costs ``limit`` of memory at most. Unless ``endless_ok`` (a
    regular file, whose end is known to come), reading stops at the first over-long line."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line[-1:] in (b"\n", "\n"):
            yield line, len(line)
            continue
        size = len(line)
        if not endless_ok:
            yield None, -1
            return
        while True:  # skip the rest of the line without keeping it
            chunk = stream.readline(1 << 16)
            size += len(chunk)
            if not chunk or chunk[-1:] in (b"\n", "\n"):
                break
        yield None, size


def read_lines(stream: BinaryIO, source: str, field_map: Mapping[str, str] | None = None,
               first_line: int = 1) -> Iterator[Raw | Rejected]:
    """JSON Lines from a binary stream; each bad line becomes a ``Rejected`` named ``source:LINE``.

    The stream is decoded before it is split: UTF-16/32 input (with or without a BOM) is read
    as text, so no line is cut inside a character.
    """
    limit = settings.MAX_INPUT_BYTES
    head, stream = _peek(stream)
    wide = wide_encoding(head)
    endless_ok = _finite(stream)
    lines: Iterator[tuple[Any, int]]
    if wide:
        text_stream = io.TextIOWrapper(stream, encoding=wide, errors="strict", newline="\n")
        lines = _bounded_lines(text_stream, limit // 2, endless_ok)
    else:
        lines = _bounded_lines(stream, limit, endless_ok)
    n = first_line - 1
    while True:
        n += 1
        where = f"{source}:{n}"
        try:
            line, size = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as e:
            yield Rejected(where, f"not valid {wide} text ({e.reason}); the rest of the file is not read")
            return
        if line is None:
            rest = "" if size >= 0 else "; the rest of the input is not read"
            yield Rejected(where, f"line is over the limit of {limit:,} bytes{rest}")
            continue
        if isinstance(line, str):
            line = line.encode("utf-8", "surrogatepass")
        if n == first_line and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        try:
            text, _ = detect(line, where)
            obj = json.loads(text)
        except InputError as e:
            yield Rejected(e.source, e.reason)
            continue
        except json.JSONDecodeError as e:
            yield Rejected(where, f"malformed JSON: {e.msg} at column {e.colno}")
            continue
        except RecursionError:
            yield Rejected(where, "malformed JSON: nested too deep")
            continue
        except ValueError as e:  # e.g. an integer with too many digits
            yield Rejected(where, f"malformed JSON: {e}")
            continue
        try:
            yield record(obj, where, field_map)
        except InputError as e:
            yield Rejected(e.source, e.reason)


def _finite(stream) -> bool:
    """Whether the stream's end is sure to come: a regular file or an in-memory buffer, not a
    pipe or a device (``/dev/zero`` is seekable but endless)."""
    import os
    import stat

    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):
        pass
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def read_document(data: bytes, source: str, field_map: Mapping[str, str] | None = None) -> Iterator[Raw | Rejected]:
    """A ``.json`` file: one object, a list of objects, or (common in practice) JSON Lines."""
    text = decode(data, source)
    try:
        value = json.loads(text)
    except RecursionError:
        raise FormatError(source, "malformed JSON: nested too deep") from None
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several top-level values: read it as JSON Lines
            yield from read_lines(io.BytesIO(text.encode("utf-8")), source, field_map)
            return
        raise FormatError(source, f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}") from e
    items = value if isinstance(value, list) else [value]
    for i, obj in enumerate(items):
        where = f"{source}[{i}]" if isinstance(value, list) else source
        try:
            yield record(obj, where, field_map, fmt="json")
        except InputError as e:
            yield Rejected(e.source, e.reason)


__all__ = ["parse_field_map", "read_document", "read_lines", "record"]
