"""Read annotated quotation corpora in the shared JSON Lines format, and write predictions in it.

The format (``../shared/data/README.md``): one document per line, ``{"doc_id", "dataset",
"language", "text", "quotes": [...], "meta"}``; each quote has ``type`` (direct, indirect,
mixed), ``content``/``content_start``/``content_end`` (the extent), and where a part has
several fragments ``content_spans``/``speaker_spans``/``cue_spans`` list them exactly.
``text[x_start:x_end] == x`` for every part; an absent part has its string and offsets null.

A document without ``quotes`` is allowed (nothing to score, only predictions to write).
A malformed line raises ``FormatError`` naming ``file:line``; the corpora are read from
where they lie and never copied into the repository.

Reads: corpus files. Writes: prediction files. Depends on: ``model``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from ..errors import FormatError, InputError
from ..model import Article, Fragmented, Kind, Span, Statement

PARTS = ("content", "speaker", "cue", "addressee")


@dataclass(frozen=True, slots=True)
class Quote(Fragmented):
    """One quote, gold or predicted, in the corpus's terms: fragments per part.

    ``content`` is never empty; the other parts are ``()`` when absent. ``person`` is the
    resolved name of a predicted speaker (gold corpora only name the mention).
    """

    id: str
    type: Kind
    content: tuple[Span, ...]
    speaker: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    addressee: tuple[Span, ...] = ()
    person: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        self._check("quote")


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus document: the article to extract from and its gold quotes.

    ``quotes`` is ``None`` when the line has no ``quotes`` field (unannotated), and ``()``
    when it is annotated and holds no quote (a negative).
    """

    article: Article
    dataset: str
    quotes: tuple[Quote, ...] | None
    source: str = ""

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def language(self) -> str | None:
        return self.article.language

    @property
    def annotated(self) -> bool:
        return self.quotes is not None


def _spans(text: str, q: Mapping[str, Any], part: str) -> tuple[Span, ...]:
    value, start, end = q.get(part), q.get(f"{part}_start"), q.get(f"{part}_end")
    frags = q.get(f"{part}_spans")
    if start is None and end is None:
        if value not in (None, ""):
            raise ValueError(f"{part} {value!r} has no offsets")
        return ()
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        raise ValueError(f"{part}_start/{part}_end must be integers, got {start!r}, {end!r}")
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"{part} offsets [{start}, {end}) lie outside the text ({len(text)} chars)")
    if value is not None and text[start:end] != value:
        raise ValueError(f"{part} {value!r} != text[{start}:{end}] {text[start:end]!r}")
    if not frags:
        return (Span.of(text, start, end),)
    out = []
    for pair in frags:
        if (not isinstance(pair, (list, tuple)) or len(pair) != 2
                or not all(isinstance(x, int) and not isinstance(x, bool) for x in pair)):
            raise ValueError(f"{part}_spans holds {pair!r}, not a [start, end] pair")
        s, e = pair
        if not start <= s <= e <= end:
            raise ValueError(f"{part}_spans fragment [{s}, {e}) lies outside [{start}, {end})")
        out.append(Span.of(text, s, e))
    return tuple(sorted(out))


def _quote(text: str, q: Any, n: int) -> Quote:
    if not isinstance(q, Mapping):
        raise ValueError(f"quote #{n} is {type(q).__name__}, not an object")
    qid = str(q.get("id") or f"Q{n}")
    try:
        kind = Kind(q.get("type"))
    except ValueError:
        raise ValueError(f"quote {qid}: type {q.get('type')!r} is not one of direct, indirect, mixed") from None
    try:
        parts = {p: _spans(text, q, p) for p in PARTS}
    except ValueError as e:
        raise ValueError(f"quote {qid}: {e}") from None
    if not parts["content"]:
        raise ValueError(f"quote {qid}: no content offsets")
    meta = {k: v for k, v in q.items() if k in ("orig_type", "attribution_kind", "medium", "is_nested")}
    if "person" in q:
        meta["person_given"] = True  # the annotator named who speaks (null: the excerpt does not tell)
    return Quote(id=qid, type=kind, person=q.get("person"), meta=meta, **parts)


def document(obj: Any, source: str = "<input>", dataset: str | None = None) -> Document:
    """Build a ``Document`` from one decoded JSON line.

    Raises:
        FormatError: naming ``source`` when a field is missing, of the wrong type, or an
            offset does not point at the string it claims.
    """
    try:
        if not isinstance(obj, Mapping):
            raise ValueError(f"a document must be a JSON object, not {type(obj).__name__}")
        doc_id, text = obj.get("doc_id"), obj.get("text")
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or doc_id == "":
            raise ValueError("missing doc_id")
        if not isinstance(text, str):
            raise ValueError(f"document {doc_id}: missing text")
        language = obj.get("language")
        if language is not None and not isinstance(language, str):
            raise ValueError(f"document {doc_id}: language must be a string")
        raw = obj.get("quotes")
        if raw is not None and not isinstance(raw, list):
            raise ValueError(f"document {doc_id}: quotes must be a list")
        quotes = None if raw is None else tuple(_quote(text, q, i + 1) for i, q in enumerate(raw))
    except ValueError as e:
        raise FormatError(source, str(e)) from None
    name = str(obj.get("dataset") or dataset or "unknown")
    article = Article(
        id=str(doc_id), text=text, content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest(),
        language=language or None, source=source, format="jsonl", synthetic=False,
        title=(obj.get("meta") or {}).get("title") if isinstance(obj.get("meta"), Mapping) else None,
    )
    return Document(article=article, dataset=name, quotes=quotes, source=source)


def read(path: str | Path) -> Iterator[Document]:
    """Yield the documents of one corpus file, in order.

    Blank lines are skipped. The dataset name defaults to the file name up to its first dot
    (``polnear.dev.jsonl`` → ``polnear``) when a line has no ``dataset``.

    Raises:
        InputError: the file cannot be opened or is not UTF-8.
        FormatError: a line is not JSON or not a valid document; the message names file:line.
    """
    p = Path(path)
    default = p.name.split(".", 1)[0]
    try:
        fh = p.open(encoding="utf-8")
    except OSError as e:
        raise InputError(str(p), f"cannot read: {e.strerror or e}") from None
    with fh:
        lineno = 0
        try:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{p}:{lineno}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise FormatError(where, f"not JSON ({e.msg} at column {e.colno})") from None
                yield document(obj, where, default)
        except UnicodeDecodeError:
            raise FormatError(f"{p}:{lineno + 1}", "not UTF-8 text") from None


def read_all(paths: Iterable[str | Path]) -> list[Document]:
    """Every document of several files, read eagerly so that a bad line fails before any work."""
    return [doc for path in paths for doc in read(path)]


def quote_from_statement(st: Statement, n: int = 1) -> Quote:
    """A predicted ``Statement`` in the corpus's terms."""
    return Quote(
        id=f"P{n}", type=st.type, content=tuple(sorted(st.content)),
        speaker=(st.speaker,) if st.speaker else (), cue=tuple(sorted(st.cue)),
        person=st.person_name or st.speaker_name,
        meta={"statement_id": st.id, "person_id": st.person_id, "person_kind": st.person_kind,
              "speaker_name": st.speaker_name,
              "venue": st.venue, "venue_name": st.venue_name},
    )


def _part_json(text: str, part: str, spans: tuple[Span, ...]) -> dict[str, Any]:
    if not spans:
        return {part: None, f"{part}_start": None, f"{part}_end": None}
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    out: dict[str, Any] = {part: text[start:end], f"{part}_start": start, f"{part}_end": end}
    if len(spans) > 1:
        out[f"{part}_spans"] = [s.as_list() for s in spans]
    return out


def quote_json(text: str, q: Quote) -> dict[str, Any]:
    """One quote as a corpus-format object (``x == text[x_start:x_end]``; ``*_spans`` when split)."""
    out: dict[str, Any] = {"id": q.id, "type": q.type.value}
    for part in ("content", "speaker", "cue"):
        out.update(_part_json(text, part, getattr(q, part)))
    venue = q.meta.get("venue")
    out.update(_part_json(text, "venue", (venue,) if venue else ()))
    out["person"] = q.person
    out["person_id"] = q.meta.get("person_id")
    out["person_kind"] = q.meta.get("person_kind")
    return out


def prediction_json(doc: Document, quotes: Iterable[Quote]) -> dict[str, Any]:
    """A document with its predicted quotes, in the corpus format (text included, so that
    the offsets can be checked and the file read back with :func:`read`)."""
    return {"doc_id": doc.id, "dataset": doc.dataset, "language": doc.language,
            "text": doc.article.text, "quotes": [quote_json(doc.article.text, q) for q in quotes]}


__all__ = ["Document", "Quote", "document", "prediction_json", "quote_from_statement", "quote_json",
           "read", "read_all"]
