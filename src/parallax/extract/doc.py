"""A read-only view of one article for the extractor: paragraphs, sentences, tokens, quotes.

Never rewrites the text: every token and span keeps offsets into ``Article.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..lang.base import TOKEN_RE, WORD_RE, Language, paragraphs
from .quotes import Quote, scan

_INNER_FRAME = re.compile(r"[,.!?…]\s+[—–]\s+([^—–«»“”„\n]{2,100}?)(?=[.,:]\s+[—–]\s+|[.,]?\s*[»”“]|$)")


@dataclass(frozen=True, slots=True)
class Tok:
    """A token: word or punctuation, with offsets and its sentence index."""

    i: int
    start: int
    end: int
    text: str
    sent: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"

    @property
    def lower(self) -> str:
        return self.text.lower()


class Doc:
    """Paragraphs, sentences, tokens and quotation spans of one text in one language."""

    def __init__(self, text: str, lang: Language) -> None:
        self.text = text
        self.lang = lang
        self.paragraphs = paragraphs(text)
        self.sentences = lang.sentences(text)
        self._sent_starts = [s.start for s in self.sentences]
        self.quotes: list[Quote] = scan(text, lang, self.paragraphs)
        self.top_quotes = [q for q in self.quotes if q.depth == 0]
        self._q_starts = [q.start for q in self.top_quotes]
        self.inner_frames = self._inner_frames()
        toks: list[Tok] = []
        for m in lang.token_re.finditer(text):
            toks.append(Tok(len(toks), m.start(), m.end(), m.group(), self.sent_of(m.start())))
        self.tokens = toks
        self._tok_starts = [t.start for t in toks]
        self._para_starts = [p[0] for p in self.paragraphs]
        self.crosslinks = self._crosslinks()

    def _crosslinks(self) -> list[tuple[int, int]]:
        """Paragraphs that link another article ("Read also: …", «Читайте також …»)."""
        phrases = tuple(sorted(self.lang.see_also, key=len, reverse=True))
        if not phrases:
            return []
        out = []
        for a, b in self.paragraphs:
            head = self.text[a:min(b, a + 60)].lstrip().lower()
            if any(head.startswith(p) and (len(head) == len(p) or not head[len(p)].isalnum()) for p in phrases):
                out.append((a, b))
        return out

    def in_crosslink(self, pos: int) -> bool:
        """Whether ``pos`` lies in a paragraph that links another article."""
        return any(a <= pos < b for a, b in self.crosslinks)

    def sent_of(self, pos: int) -> int:
        return max(0, bisect_right(self._sent_starts, pos) - 1)

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self._para_starts, pos) - 1)

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_right(self._tok_starts, pos - 1)

    def tokens_in(self, start: int, end: int) -> list[Tok]:
        a = self.tok_at(start)
        b = self.tok_at(end)
        return self.tokens[a:b]

    def quote_at(self, pos: int) -> Quote | None:
        """The top-level quote covering ``pos``, if any."""
        k = bisect_right(self._q_starts, pos) - 1
        if k >= 0:
            q = self.top_quotes[k]
            if q.start <= pos < q.end:
                return q
        return None

    def in_quote(self, pos: int) -> bool:
        if self.quote_at(pos) is None:
            return False
        return not any(a <= pos < b for a, b in self.inner_frames)

    def _inner_frames(self) -> list[tuple[int, int]]:
        """Attribution frames inside one pair of marks («…, — сказал он. — …»): not quoted text."""
        out = []
        for q in self.top_quotes:
            for m in _INNER_FRAME.finditer(self.text, q.inner_start, q.inner_end):
                words = WORD_RE.findall(m.group(1))
                if words and any(self.lang.cue_class(w) for w in words[:3]):
                    out.append((m.start(1), m.end(1)))
        return out

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        s = self.sentences[self.sent_of(pos)] if self.sentences else None
        if s is None or not (s.start <= pos <= s.end):
            p = self.paragraphs[self.para_of(pos)] if self.paragraphs else (0, len(self.text))
            return p
        return s.start, s.end
