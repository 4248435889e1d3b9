"""Duplicates and near-duplicates: content hash, canonical URL, MinHash fingerprints with LSH.

Reads: article text and URL. Writes: nothing itself; ``NearDuplicateIndex.add`` returns the
pairs that the CLI hands to ``store.link_near_duplicates``. Depends on: numpy.

Exact duplicates (same id, same whitespace-normalised text, same canonical URL) are refused
by the store, so re-ingesting is a no-op. Syndicated copies — the same wire text with light
edits under another outlet's URL — are *linked*, never dropped: a MinHash signature of the
article's word 3-shingles (Broder 1997) estimates their Jaccard similarity, and locality-
sensitive hashing over bands of the signature (Leskovec, Rajaraman, Ullman, *Mining of
Massive Datasets*, ch. 3) finds candidate pairs without comparing every pair.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from typing import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

#: Signature length, and its split into LSH bands of ``ROWS`` values each.
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
#: Estimated Jaccard similarity of 3-shingles from which two articles are linked. A changed
#: lead sentence in a 150-word wire story leaves about 0.7; unrelated news stays below 0.05.
THRESHOLD = 0.5
#: A band bucket this full holds boilerplate that many articles share (a template, a footer),
#: not copies: it is no longer read or extended, which keeps adding O(1) instead of O(n).
MAX_BUCKET = 256

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|ysclid|mc_cid|mc_eid|igshid|"
    r"_ga|_gl|ref_src|cmpid|ocid|at_medium|at_campaign|at_link_id)$", re.I)
_WORD = re.compile(r"\w+")
#: A fragment that routes a single-page app to one page, not an anchor within a page.
_ROUTE = re.compile(r"^!?/.")
_rng = np.random.default_rng(20241023)  # fixed seed: fingerprints must be stable across runs
_A = _rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
_SHIFT = np.uint64(32)


def content_hash(text: str) -> str:
    """sha1 of the text with every run of whitespace collapsed to one space."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """A URL in the form we compare: lower-case scheme and host, no ``www.``, no tracking
    parameters (utm_*, fbclid, gclid …), no trailing slash, sorted query, and no fragment
    unless it is a route that names the page (``#/story/1``, ``#!/story/1``: single-page apps).

    >>> canonical_url("HTTPS://WWW.BBC.co.uk/news/world-1/?utm_source=tw&b=2&a=1#top")
    'https://bbc.co.uk/news/world-1?a=1&b=2'
    """
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.netloc:
        return url
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:
        port = None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not _TRACKING.match(k)))
    return urlunsplit((scheme, host, path, query, parts.fragment if _ROUTE.match(parts.fragment) else ""))


def host_of(url: str | None) -> str | None:
    """The lower-case host of a URL without ``www.``, or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    return (host[4:] if host.startswith("www.") else host) or None


_word_codes: dict[str, int] = {}
#: Shingle of words (a, b, c) → a·K1 + b·K2 + c (mod 2⁶⁴): order matters, words hash once each.
_K1, _K2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)


def _shingles(text: str) -> np.ndarray:
    """Hashes of the word 3-shingles (fewer words: one shingle of them all).

    Repeated shingles are kept: they cannot change a minimum, and sorting them out cost more
    than the hashing they save.
    """
    words = _WORD.findall(text.lower())
    new = set(words).difference(_word_codes)
    if new:
        if len(_word_codes) > 1_000_000:  # bound the cache on huge vocabularies
            _word_codes.clear()
            new = set(words)
        _word_codes.update((w, zlib.crc32(w.encode("utf-8"))) for w in new)
    codes = np.fromiter(map(_word_codes.__getitem__, words), dtype=np.uint64, count=len(words))
    with np.errstate(over="ignore"):
        if len(codes) < 3:
            return np.array([int(codes.sum()) if len(codes) else 0], dtype=np.uint64)
        shingles = codes[:-2] * _K1
        shingles += codes[1:-1] * _K2
        shingles += codes[2:]
        return shingles


def signature(text: str) -> np.ndarray:
    """MinHash signature (``PERMUTATIONS`` uint32 values) of the text's word 3-shingles.

    Uses multiply-shift hashing ``(a·x + b mod 2⁶⁴) >> 32`` as the permutation family, all
    permutations as one ``PERMUTATIONS × shingles`` matrix. The shift is monotonic, so it is
    applied to the row minima rather than to every entry.
    """
    x = _shingles(text)
    with np.errstate(over="ignore"):
        hashed = np.multiply.outer(_A, x)
        hashed += _B[:, None]
    return (hashed.min(axis=1) >> _SHIFT).astype(np.uint32)


def fingerprint(text: str) -> str:
    """The signature as hex text, as stored in ``Article.fingerprint``."""
    return signature(text).astype(">u4").tobytes().hex()


def parse_fingerprint(value: str) -> np.ndarray | None:
    """Back from hex; None for a fingerprint of another shape (an older scheme)."""
    try:
        raw = bytes.fromhex(value)
    except (ValueError, TypeError):
        return None
    if len(raw) != PERMUTATIONS * 4:
        return None
    return np.frombuffer(raw, dtype=">u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal values."""
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


class NearDuplicateIndex:
    """Band index over MinHash signatures: add articles, get back the pairs to link.

    >>> index = NearDuplicateIndex()
    >>> index.add("a", fingerprint("one two three four five six seven"))
    []
    >>> index.add("b", fingerprint("one two three four five six seven"))
    [('b', 'a', 1.0)]

    Memory grows with the corpus (16 band keys and one signature per article, about
    0.5 KB each); candidate lookup is a dict hit per band, so adding is O(candidates).
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._bands: dict[bytes, list[str]] = defaultdict(list)
        self._sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def _keys(self, sig: np.ndarray) -> list[bytes]:
        raw = sig.tobytes()
        width = ROWS * 4
        return [bytes([i]) + raw[i * width:(i + 1) * width] for i in range(BANDS)]

    def load(self, rows: Iterable[tuple[str, str]]) -> None:
        """Index stored ``(id, fingerprint)`` rows without comparing them."""
        for aid, fp in rows:
            sig = parse_fingerprint(fp)
            if sig is not None and aid not in self._sigs:
                self._sigs[aid] = sig
                for key in self._keys(sig):
                    bucket = self._bands[key]
                    if len(bucket) < MAX_BUCKET:
                        bucket.append(aid)

    def add(self, article_id: str, fp: str | None) -> list[tuple[str, str, float]]:
        """Index one article; return ``(article_id, other_id, score)`` for each near-duplicate."""
        sig = parse_fingerprint(fp) if fp else None
        if sig is None or article_id in self._sigs:
            return []
        keys = self._keys(sig)
        candidates: dict[str, None] = {}
        for key in keys:
            bucket = self._bands.get(key, ())
            if len(bucket) < MAX_BUCKET:
                for other in bucket:
                    candidates[other] = None
        pairs = []
        for other in candidates:
            score = similarity(sig, self._sigs[other])
            if score >= self.threshold:
                pairs.append((article_id, other, round(score, 4)))
        self._sigs[article_id] = sig
        for key in keys:
            bucket = self._bands[key]
            if len(bucket) < MAX_BUCKET:
                bucket.append(article_id)
        return pairs


__all__ = ["NearDuplicateIndex", "canonical_url", "content_hash", "fingerprint", "host_of",
           "parse_fingerprint", "signature", "similarity"]
