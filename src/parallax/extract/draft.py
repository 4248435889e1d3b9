"""What the direct and reported passes share: the analysed article and statement drafts."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cues import According, Cue, find_according, find_cues
from .doc import Doc
from .speaker import Mention, Mentions
from .venue import Venue, venues


@dataclass(slots=True)
class Draft:
    """A statement being built; offsets only, turned into a ``Statement`` at the end."""

    type: str
    content: list[tuple[int, int]]
    speaker: Mention | None = None
    speaker_name: str | None = None
    cues: list[tuple[int, int]] = field(default_factory=list)
    venue: Venue | None = None
    confidence: float = 0.8
    frame: tuple[int, int] | None = None  # the attribution frame's extent, for venue lookup
    verb_gender: str | None = None
    rule: str = ""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


class Context:
    """The article analysed once: tokens, quotes, mentions, cues, according-phrases, venues."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.venues: list[Venue] = venues(doc.text, doc.lang)
        self.venue_spans = [(v.start, v.end) for v in self.venues]
        self.mentions = Mentions(doc)
        self.cues: dict[int, Cue] = find_cues(doc)
        self.according: list[According] = find_according(doc)
        self.consumed_quotes: set[int] = set()

    def in_venue(self, pos: int) -> Venue | None:
        for v in self.venues:
            if v.start <= pos < v.end:
                return v
        return None

    def venue_near(self, start: int, end: int) -> Venue | None:
        """A venue inside [start, end) (the frame or the sentence around a cue)."""
        for v in self.venues:
            if v.start >= start and v.end <= end:
                return v
        return None

    def cue_in(self, a: int, b: int) -> Cue | None:
        """The first cue whose first token index lies in [a, b)."""
        for i in range(a, b):
            c = self.cues.get(i)
            if c is not None:
                return c
        return None

    def verb_gender(self, cue: Cue | None) -> str | None:
        if cue is None:
            return None
        return self.doc.lang.verb_gender(self.doc.tokens[cue.first].text)
