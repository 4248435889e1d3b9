"""Plain text and Markdown, with optional front matter.

Reads: the bytes of one ``.txt``/``.md`` file. Writes: nothing. Depends on: ``decode``.

Front matter is a block of ``key: value`` lines between two ``---`` lines at the very top::

    ---
    outlet: tass.ru
    url: https://tass.ru/politika/22220000
    published: 2024-10-23
    synthetic: true
    ---
    Article text …

Known keys (``outlet url title published language synthetic primary id``) become article
fields; any other key goes to ``Article.meta``. The stored text is the body after the block.
"""

from __future__ import annotations

import re

from ..errors import FormatError
from .decode import decode
from .record import FIELDS, Raw

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str, source: str) -> tuple[dict[str, str], str]:
    """``(front matter as a dict, body)``; an empty dict when there is no front matter.

    Raises:
        FormatError: a line in the block is not ``key: value``.
    """
    m = _FRONT.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for n, line in enumerate(m.group(1).split("\n"), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or " " in key.strip():
            raise FormatError(f"{source}:{n}", f"front matter line is not 'key: value': {line[:60]!r}")
        fields[key.strip().lower()] = _unquote(value)
    return fields, text[m.end():]


def read(data: bytes, source: str) -> Raw:
    """One article from a text file's bytes."""
    text = decode(data, source)
    front, body = split_front_matter(text, source)
    fields = {k: v for k, v in front.items() if k in FIELDS}
    meta = {k: v for k, v in front.items() if k not in FIELDS}
    return Raw(text=body, source=source, format="text", fields=fields, meta=meta)


__all__ = ["read", "split_front_matter"]
