"""decode: BOMs, strict UTF-8, cp1251 vs koi8-r by letter statistics, refusing binary and empty input."""

from __future__ import annotations

import io

import pytest

from parallax.errors import DecodeError, FormatError, TooLarge
from parallax.ingest import decode

RU = ("Президент Белоруссии Александр Лукашенко заявил, что белорусские войска не будут "
      "участвовать в войне против Украины, поскольку это приведёт к эскалации конфликта.")
UK = ("Самопроголошений президент Білорусі Олександр Лукашенко заявив, що білоруські війська "
      "не братимуть участі у війні проти України. Їхня участь означала б ескалацію.")

LEGACY_CASES = [  # (text, encoding the bytes are in, encoding detect() must report)
    (RU, "cp1251", "cp1251"),
    (RU, "koi8-r", "koi8-r"),
    (UK, "cp1251", "cp1251"),
    (UK, "koi8-u", "koi8-u"),
    ("ТАСС: Лукашенко", "cp1251", "cp1251"),
    ("ТАСС: Лукашенко", "koi8-r", "koi8-r"),
    ("Lukaschenko äußerte sich über die Größe der Armee.", "cp1252", "cp1252"),
]


@pytest.mark.parametrize("text,encoding,expected", LEGACY_CASES)
def test_decode_legacy_code_pages_are_told_apart(text, encoding, expected):
    decoded, used = decode.detect(text.encode(encoding))
    assert decoded == text
    assert used == expected


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_decode_bom_wins(encoding):
    assert decode.decode(RU.encode(encoding)) == RU


def test_decode_utf16_without_bom_is_refused_as_binary():
    with pytest.raises(DecodeError, match="NUL"):
        decode.decode(RU.encode("utf-16-le"), "x.txt")


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 8,                          # every byte value: has NULs
    b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 20,  # a PNG header
    b"\x01\x02\x03abc\x04\x05\x06\x07\x0e\x0f" * 40,  # control characters without NUL
])
def test_decode_binary_is_refused_naming_the_input(data):
    with pytest.raises(DecodeError) as err:
        decode.decode(data, "photo.txt")
    assert err.value.source == "photo.txt"
    assert "binary" in err.value.reason


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n ", "\ufeff".encode("utf-8")])
def test_decode_empty_is_a_format_error(data):
    with pytest.raises(FormatError, match="empty"):
        decode.decode(data, "empty.txt")


def test_decode_normalises_newlines_and_nfc():
    decomposed = "Е\u0308лка\r\nи\rелка"  # Ё as E + combining diaeresis
    assert decode.decode(decomposed.encode("utf-8")) == "Ёлка\nи\nелка"


def test_decode_declared_charset_is_used_when_not_utf8():
    # cp1250 Polish bytes: the hint (from a <meta charset> or HTTP header) decides.
    text = "Łukaszenko powiedział, że wojska nie wejdą."
    assert decode.decode(text.encode("cp1250"), hints=("windows-1250",)) == text


def test_decode_size_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 100)
    monkeypatch.setattr("parallax.settings.MAX_INPUT_BYTES", 100)

    def refuse(*a, **k):  # the whole file must not be read to learn it is too big
        raise AssertionError("opened a file that is over the limit")

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(TooLarge, match="over the limit of 100") as err:
        decode.read_bytes(path)
    assert err.value.source == str(path)


def test_decode_read_limited_refuses_long_streams():
    with pytest.raises(TooLarge):
        decode.read_limited(io.BytesIO(b"x" * 11), "<stdin>", limit=10)
    assert decode.read_limited(io.BytesIO(b"x" * 10), "<stdin>", limit=10) == b"x" * 10
