"""JSON and JSON Lines: objects with ``text`` (and url, title, outlet, language, published, id,
synthetic, primary), or other names mapped with a field map.

Reads: a ``.jsonl`` stream line by line (memory stays flat on big files), or a ``.json``
document holding one object or a list of objects. Writes: nothing. Depends on: ``decode``.

A malformed line is rejected on its own (``path:LINE: reason``) and the valid lines of the same
file are still read. Keys that are not article fields go to ``Article.meta``.
"""

from __future__ import annotations

import codecs
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


def read_lines(stream: BinaryIO, source: str, field_map: Mapping[str, str] | None = None,
               first_line: int = 1) -> Iterator[Raw | Rejected]:
    """JSON Lines from a binary stream; each bad line becomes a ``Rejected`` named ``source:LINE``."""
    limit = settings.MAX_INPUT_BYTES
    for n, line in enumerate(stream, start=first_line):
        where = f"{source}:{n}"
        if n == first_line and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        if len(line) > limit:
            yield Rejected(where, f"line is {len(line):,} bytes, over the limit of {limit:,}")
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
        try:
            yield record(obj, where, field_map)
        except InputError as e:
            yield Rejected(e.source, e.reason)


def read_document(data: bytes, source: str, field_map: Mapping[str, str] | None = None) -> Iterator[Raw | Rejected]:
    """A ``.json`` file: one object, a list of objects, or (common in practice) JSON Lines."""
    text = decode(data, source)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several top-level values: read it as JSON Lines
            import io
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
