"""The data model: frozen, typed value objects that every stage passes along.

Offsets are half-open character indices into the stored ``Article.text``, everywhere.
A ``Span`` checks in ``__post_init__`` that it is well formed; ``Span.of(text, start, end)``
builds one from the article text so that ``span.text == text[start:end]`` always holds.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Hashable, Iterable, Mapping


class Kind(str, Enum):
    """Type of a statement: quoted verbatim, reported, or reported with quoted parts."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class OutletKind(str, Enum):
    """What sort of outlet relays a statement; state media rank first among omissions."""

    STATE = "state"
    STATE_ALIGNED = "state_aligned"  # privately owned, editorially aligned with the state
    AGENCY = "agency"  # a wire service
    PUBLIC = "public"
    INDEPENDENT = "independent"
    THINK_TANK = "think_tank"
    AGGREGATOR = "aggregator"  # aggregator or content farm: republishes others' text
    OTHER = "other"
    UNKNOWN = "unknown"  # registered (country, language) but not classified


class Status(str, Enum):
    """One cell of the coverage matrix."""

    VERBATIM = "verbatim"
    PARAPHRASED = "paraphrased"
    ALTERED = "altered"
    OMITTED = "omitted"


def stable_id(*parts: object, prefix: str = "", length: int = 16) -> str:
    """A short id derived from content, so re-running a stage yields the same ids."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:length]}"


def main_speaker(speakers: Iterable[Hashable], least: int = 1, share: float = 0.0) -> Any:
    """An article's main speaker: the one ``speakers`` (an entry per statement or mention: a name, a
    speaker key, a person id) holds most often, when that is at least ``least`` entries and ``share`` of
    them all and no other holds as many; else None. Extraction (names of drafts and mentions), alignment
    (speaker keys) and the contradiction check (person ids) each give it their own speakers and bounds."""
    counts = Counter(speakers)
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, n = ranked[0]
    if n < least or n < share * counts.total() or len(ranked) > 1 and ranked[1][1] == n:
        return None
    return top


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """One contiguous piece of an article: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span offsets [{self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text length {len(self.text)} != {self.end - self.start}")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet, keyed by its registrable domain (``tass.ru``)."""

    domain: str
    name: str
    country: str = ""
    language: str = ""
    kind: OutletKind = OutletKind.OTHER

    def __post_init__(self) -> None:
        if not isinstance(self.kind, OutletKind):
            object.__setattr__(self, "kind", OutletKind(self.kind))


@dataclass(frozen=True, slots=True)
class Article:
    """One stored article. ``text`` is never rewritten after ingest.

    ``id`` derives from the canonical URL when there is one, else from the content hash,
    so that re-ingesting the same article is a no-op.
    """

    id: str
    text: str
    content_hash: str
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    source: str | None = None
    format: str = "text"
    synthetic: bool = False
    primary: bool = False
    duplicate_of: str | None = None
    fingerprint: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


class Fragmented:
    """Shared by statements and gold quotes: a ``type`` and ``content`` fragments, with their extent."""

    __slots__ = ()

    def _check(self, what: str) -> None:
        if not isinstance(self.type, Kind):
            object.__setattr__(self, "type", Kind(self.type))
        if not self.content:
            raise ValueError(f"a {what} needs at least one content fragment")

    @property
    def start(self) -> int:
        return min(s.start for s in self.content)

    @property
    def end(self) -> int:
        return max(s.end for s in self.content)


#: the id namespace of institutions (``resolve.institutions``): a body that speaks, never a person
INSTITUTION_PREFIX = "body:"


def person_kind(person_id: str | None) -> str | None:
    """``"institution"`` for an institution's id, ``"person"`` for a person's, ``None`` for no id."""
    if not person_id:
        return None
    return "institution" if person_id.startswith(INSTITUTION_PREFIX) else "person"


@dataclass(frozen=True, slots=True)
class Statement(Fragmented):
    """A quoted or reported statement found in one article.

    ``content`` holds one or more fragments (“A,” he said, “B.” is one statement in two parts);
    ``speaker`` is the mention as written ("he", "the Belarusian leader"); ``speaker_name`` is
    the named mention it refers to in the article ("Lukashenko"); ``person_id`` links the
    resolved person and ``person_rule``/``person_score`` keep the evidence for that link.
    """

    id: str
    article_id: str
    type: Kind
    content: tuple[Span, ...]
    speaker: Span | None = None
    cue: tuple[Span, ...] = ()
    venue: Span | None = None
    venue_name: str | None = None
    speaker_name: str | None = None
    person_id: str | None = None
    person_name: str | None = None
    person_rule: str | None = None
    person_score: float | None = None
    language: str | None = None
    confidence: float = 1.0
    claim_id: str | None = None
    occasion_id: str | None = None

    def __post_init__(self) -> None:
        self._check("statement")

    @property
    def person_kind(self) -> str | None:
        """Whether ``person_id`` is a person or an institution (``"person"``, ``"institution"``, ``None``)."""
        return person_kind(self.person_id)

    @property
    def text(self) -> str:
        """The content fragments joined by a space (what was said, without the frame)."""
        return " ".join(s.text for s in self.content)

    @staticmethod
    def make_id(article_id: str, content: tuple[Span, ...]) -> str:
        return stable_id(article_id, *(f"{s.start}:{s.end}" for s in content), prefix="s")


@dataclass(frozen=True, slots=True)
class Role:
    """A role a person held, with dates; ``descriptions`` are phrases that denote it per language."""

    title: str
    start: str | None = None
    end: str | None = None
    descriptions: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Person:
    """A canonical identity: one id for every spelling, script and inflection of a name."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    source: str = "registry"


@dataclass(frozen=True, slots=True)
class Link:
    """Evidence that a mention refers to a person: which rule fired and how sure it is."""

    person_id: str
    name: str
    score: float
    rule: str


@dataclass(frozen=True, slots=True)
class Occasion:
    """One interview, speech or press conference: a speaker, a venue and a date."""

    id: str
    person_id: str | None
    venue: str | None
    date: str | None
    label: str
    primary_article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One utterance, reported by many statements across outlets and languages."""

    id: str
    person_id: str | None
    occasion_id: str | None
    label: str
    statement_ids: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Alteration:
    """A change of meaning between two reports of one claim, with the evidence spans."""

    kind: str
    this: tuple[int, int]
    other_article_id: str
    other: tuple[int, int]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of an occasion's coverage matrix (claim × outlet)."""

    occasion_id: str
    claim_id: str
    outlet: str
    article_id: str | None
    status: Status
    statement_id: str | None = None
    alterations: tuple[Alteration, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """An analyst's fact: one short assertion with a date, a source and what it is about.

    Facts belong to the analyst: a run never changes them; each edit is a new ``version``.
    """

    id: str
    text: str
    date: str | None = None
    source_url: str | None = None
    entities: tuple[str, ...] = ()
    language: str = "en"
    version: int = 1
    origin: str | None = None

    def __post_init__(self) -> None:
        if not str(self.id).strip():
            raise ValueError("a fact needs an id")
        if not str(self.text).strip():
            raise ValueError("a fact needs a text")
        object.__setattr__(self, "entities", tuple(self.entities))


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A flag: ``statement_id`` contradicts a fact or an earlier statement, with the reason in one sentence."""

    statement_id: str
    against_kind: str  # "fact" | "statement"
    against_id: str
    reason: str
    score: float
    rule: str = ""
    against_version: int | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that was refused, with the reason; counted and reported, never fatal."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class AddResult:
    """What a batch write did."""

    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    ids: tuple[str, ...] = ()


# ---- human corrections and watch lists (issue 15) ----
@dataclass(frozen=True, slots=True)
class Correction:
    """An analyst's correction, as stored: ``op`` on ``a`` (with ``b``/``value``), who, when, why,
    and what the last run made of it (``state``: applied, pending, orphaned)."""

    id: int
    op: str
    a: str
    b: str | None = None
    value: str | None = None
    author: str | None = None
    note: str | None = None
    created_at: str | None = None
    state: str | None = None
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Watch:
    """One watched item of a named list: ``kind`` is person, outlet or occasion."""

    list: str
    kind: str
    target: str


@dataclass(frozen=True, slots=True)
class Alert:
    """A new event on a watched item, recorded once per list and ``key``."""

    id: int
    list: str
    key: str
    kind: str          # omission | alteration | contradiction
    watched_kind: str  # person | outlet | occasion
    watched: str
    title: str
    detail: dict = field(default_factory=dict, hash=False, compare=False)
    link: str | None = None
    created_at: str | None = None


__all__ = [
    "AddResult",
    "Alert",
    "Alteration",
    "Article",
    "Cell",
    "Claim",
    "Contradiction",
    "Correction",
    "Fact",
    "Fragmented",
    "Kind",
    "Link",
    "Occasion",
    "Outlet",
    "OutletKind",
    "Person",
    "Rejected",
    "Role",
    "Span",
    "Statement",
    "Status",
    "Watch",
    "stable_id",
]
