"""Bytes → text: BOMs, strict UTF-8, then cp1251 / koi8-r / cp1252 by letter statistics.

Reads: raw bytes of one input. Writes: nothing. Depends on: ``settings`` (size limit).

The order of trust is: a byte-order mark (UTF-8/16/32) → strict UTF-8 → a declared charset
(HTTP header, ``<meta charset>``) → a legacy single-byte code page chosen by a heuristic. Cyrillic text in cp1251 and in koi8-r decodes
without error in *both* code pages, so we choose by what the letters look like: real Russian
or Ukrainian prose is mostly lower case and its letters follow the known frequency profile,
while the wrong code page yields mostly capitals and rare letters. Inputs that are not text
(NUL bytes, many control characters) are refused rather than guessed.
"""

from __future__ import annotations

import codecs
import math
import os
import re
import unicodedata
from typing import BinaryIO, Sequence

from .. import settings
from ..errors import DecodeError, FormatError, TooLarge

_BOMS = (  # UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Relative frequency (%) of Cyrillic letters in Russian and Ukrainian news prose (merged
# profile; ё, і, ї, є, ґ, ў get small but non-zero weights so uk/be text scores sanely).
_CYR_FREQ = {
    "о": 10.6, "е": 8.3, "а": 8.0, "и": 6.8, "н": 6.7, "т": 6.3, "с": 5.4, "р": 4.7, "в": 4.5,
    "л": 4.3, "к": 3.5, "м": 3.2, "д": 3.0, "п": 2.8, "у": 2.6, "я": 2.0, "ы": 1.8, "ь": 1.7,
    "г": 1.7, "з": 1.6, "б": 1.6, "ч": 1.4, "й": 1.2, "х": 0.97, "ж": 0.94, "ш": 0.73,
    "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
    "і": 1.0, "ї": 0.3, "є": 0.3, "ґ": 0.02, "ў": 0.1,
}
_FLOOR = 0.005
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")  # C0/C1 controls other than \t \n \v \f \r  # weight of a character that is not a Cyrillic letter in our table


def read_bytes(path: str | os.PathLike, source: str | None = None,
               limit: int | None = None) -> bytes:
    """Read a whole file, refusing it before reading when it is over the size limit.

    Raises:
        TooLarge: the file is larger than ``limit`` (default ``settings.MAX_INPUT_BYTES``).
        FormatError: the file cannot be read.
    """
    source = source or str(path)
    limit = settings.MAX_INPUT_BYTES if limit is None else limit
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise TooLarge(source, f"file is {size:,} bytes, over the limit of {limit:,} "
                                   "(set PARALLAX_MAX_INPUT_BYTES to raise it)")
        with open(path, "rb") as f:
            return read_limited(f, source, limit)
    except OSError as e:
        raise FormatError(source, f"cannot read: {e.strerror or e}") from e


def read_limited(stream: BinaryIO, source: str, limit: int | None = None) -> bytes:
    """Read a stream (stdin, a FIFO, a file whose size grew) but never more than ``limit`` bytes."""
    limit = settings.MAX_INPUT_BYTES if limit is None else limit
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(source, f"input is over the limit of {limit:,} bytes "
                               "(set PARALLAX_MAX_INPUT_BYTES to raise it)")
    return data


def _cyrillic_score(text: str) -> float:
    """Mean log-frequency of the characters above 0x7F, plus a bonus for lower case.

    Symbols (box drawing, currency signs) count as the rarest letter: a wrong code page turns
    letters into them. Punctuation (« » — №) is neutral.
    """
    letters = [c for c in text if ord(c) > 0x7F and (c.isalpha() or unicodedata.category(c)[0] == "S")]
    if not letters:
        return -math.inf
    loglik = sum(math.log(_CYR_FREQ.get(c.lower(), _FLOOR)) for c in letters) / len(letters)
    lower = sum(c.islower() for c in letters) / len(letters)
    return loglik + 3.0 * lower


def _legacy(data: bytes) -> tuple[str, str]:
    """Choose among cp1251, koi8-r and cp1252 for bytes that are not UTF-8."""
    high = sum(b > 0x7F for b in data)
    ascii_letters = sum(65 <= b <= 90 or 97 <= b <= 122 for b in data)
    # Latin-script text (German, Polish, French) has a few accented letters among many ASCII
    # ones; Cyrillic text has almost all its letters above 0x7F.
    if ascii_letters and high / (high + ascii_letters) < 0.15:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    best: tuple[float, str, str] | None = None
    for enc in ("cp1251", "koi8-r", "koi8-u"):  # koi8-u only wins where it beats koi8-r
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _cyrillic_score(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None:
        text = data.decode("cp1252", errors="replace")
        return text, "cp1252"
    return best[1], best[2]


def _declared(data: bytes, hints: Sequence[str | None]) -> tuple[str, str] | None:
    """The first declared charset (HTTP header, ``<meta charset>``) that decodes the bytes.

    Tried only after strict UTF-8 failed: pages that declare iso-8859-1 but are UTF-8 are common.
    """
    for hint in hints:
        if not hint:
            continue
        try:
            enc = codecs.lookup(hint.strip().strip("\"'")).name
            if enc in ("latin-1", "iso8859-1"):
                enc = "cp1252"  # as browsers do (WHATWG Encoding: latin1 → windows-1252)
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            continue
    return None


def _check_not_binary(text: str, source: str) -> None:
    if "\x00" in text:
        raise DecodeError(source, "binary data (NUL bytes), not text")
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > 0.05:
        raise DecodeError(source, f"binary data ({controls / len(sample):.0%} control characters), not text")


def detect(data: bytes, source: str = "<bytes>", hints: Sequence[str | None] = ()) -> tuple[str, str]:
    """Decode bytes and say how: returns ``(text, encoding)``; see :func:`decode`."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(source, f"has a {enc} byte-order mark but is not valid {enc}: {e.reason}") from e
            _check_not_binary(text, source)
            return text, enc
    if b"\x00" in data[:65536]:
        raise DecodeError(source, "binary data (NUL bytes), not text")
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = _declared(data, hints) or _legacy(data)
    _check_not_binary(text, source)
    return text, enc


def normalise(text: str) -> str:
    """The form we store: ``\\r\\n`` and lone ``\\r`` → ``\\n``, Unicode NFC. Offsets index the result."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode(data: bytes, source: str = "<bytes>", hints: Sequence[str | None] = ()) -> str:
    """Bytes → normalised text.

    Args:
        data: the raw input.
        source: names the input in errors.
        hints: declared encodings, tried in order when the bytes are not UTF-8.

    Returns:
        The text, newline- and NFC-normalised.

    Raises:
        DecodeError: binary data, or a byte-order mark that the bytes contradict.
        FormatError: empty or whitespace-only input.
    """
    text, _ = detect(data, source, hints)
    text = normalise(text)
    if not text.strip():
        raise FormatError(source, "empty input (no text)")
    return text


__all__ = ["decode", "detect", "normalise", "read_bytes", "read_limited"]
