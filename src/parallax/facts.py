"""Analyst facts: read them from JSON Lines (``parallax facts import``), one short assertion each.

Reads: a file of JSON objects ``{"id", "text", "date", "source_url", "entities"}`` (INTERFACES.md).
Writes: facts, through ``save`` (which also checks them against stored statements). A bad line becomes a
``Rejected("path:LINE", reason)``; the others are still returned.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable, Iterator

from .model import Fact, Rejected

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
MAX_TEXT = 2000


def fact(obj: Any, *, origin: str | None = None) -> Fact:
    """A ``Fact`` from one decoded object; raises ``ValueError`` naming the bad field."""
    if not isinstance(obj, dict):
        raise ValueError("a fact is a JSON object")
    fid, text = obj.get("id"), obj.get("text")
    if not isinstance(fid, (str, int)) or not str(fid).strip() or len(str(fid)) > 200:
        raise ValueError("'id' is missing or not a short string")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'text' is missing or empty")
    if len(text) > MAX_TEXT:
        raise ValueError(f"'text' is longer than {MAX_TEXT} characters: a fact is one short assertion")
    date = obj.get("date")
    if date is not None and (not isinstance(date, str) or not _DATE.fullmatch(date)):
        raise ValueError(f"'date' {date!r} is not a date like 2022-02-24")
    url = obj.get("source_url")
    if url is not None and (not isinstance(url, str) or not re.match(r"https?://", url)):
        raise ValueError("'source_url' is not an http(s) URL")
    ents = obj.get("entities") or []
    if not isinstance(ents, list) or not all(isinstance(e, str) and e.strip() for e in ents):
        raise ValueError("'entities' is not a list of names")
    lang = obj.get("language") or "en"
    if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
        raise ValueError(f"'language' {lang!r} is not an ISO 639-1 code")
    return Fact(id=str(fid).strip(), text=" ".join(text.split()), date=date, source_url=url,
                entities=tuple(e.strip() for e in ents), language=lang, origin=origin)


def parse(lines: Iterable[str], source: str, *, origin: str | None = None) -> Iterator[Fact | Rejected]:
    """Facts from JSON Lines; each bad line is ``Rejected("source:LINE", reason)``."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield fact(json.loads(line), origin=origin)
        except json.JSONDecodeError as e:
            yield Rejected(f"{source}:{n}", f"not JSON: {e.msg}")
        except ValueError as e:
            yield Rejected(f"{source}:{n}", str(e))


def save(store, facts: list[Fact]) -> tuple[int, int, int]:
    """Store facts (a known id whose content changed gets a new version) and check them against the
    stored statements at once; returns (added, updated, unchanged)."""
    from .compare import contradictions

    results = store.put_facts(facts)
    if any(r[2] != "unchanged" for r in results) and store.count_statements():
        contradictions.run(store)
    return tuple(sum(1 for r in results if r[2] == k) for k in ("added", "updated", "unchanged"))


__all__ = ["fact", "parse", "save"]
