"""ingest.articles: paths, folders, globs, stdin, sniffing, size limits, ids, and the no-op re-ingest."""

from __future__ import annotations

import io
import json
import sys

import pytest

from parallax import ingest
from parallax.model import Article, Rejected


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_articles_folder_is_walked_and_unknown_files_skipped(tmp_path):
    _write(tmp_path, "a.txt", "Лукашенко заявил, что войска не пойдут.")
    _write(tmp_path, "sub/b.md", "Лукашенко заявив, що війська не підуть.")
    (tmp_path / "sub" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    _write(tmp_path, ".hidden.txt", "not me")
    out = list(ingest.articles([tmp_path]))
    assert [a.source for a in out] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]
    assert [a.language for a in out] == ["ru", "uk"]


def test_articles_glob_missing_path_and_binary_are_rejected_by_name(tmp_path):
    _write(tmp_path, "a.txt", "One article.")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)))
    out = list(ingest.articles([str(tmp_path / "*.txt"), str(tmp_path / "none-*.txt"), str(tmp_path / "gone.txt")]))
    assert isinstance(out[0], Article)
    assert [(r.source, r.reason.split(" (")[0]) for r in out[1:]] == [
        (str(tmp_path / "b.txt"), "binary data"),
        (str(tmp_path / "none-*.txt"), "no files match this pattern"),
        (str(tmp_path / "gone.txt"), "no such file or directory"),
    ]


def test_articles_empty_file(tmp_path):
    [r] = list(ingest.articles([_write(tmp_path, "e.txt", " \n\n ")]))
    assert isinstance(r, Rejected) and "empty" in r.reason


def test_articles_huge_file_refused_and_batch_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr("parallax.settings.MAX_INPUT_BYTES", 200)
    big = _write(tmp_path, "big.html", "<p>" + "слово " * 100 + "</p>")
    small = _write(tmp_path, "small.txt", "A short article that fits.")
    out = list(ingest.articles([big, small]))
    assert isinstance(out[0], Rejected) and out[0].source == str(big) and "over the limit of 200" in out[0].reason
    assert isinstance(out[1], Article)


def test_articles_huge_jsonl_line_is_refused_alone(tmp_path, monkeypatch):
    monkeypatch.setattr("parallax.settings.MAX_INPUT_BYTES", 100)
    path = _write(tmp_path, "a.jsonl", '{"text": "short"}\n{"text": "' + "x" * 200 + '"}\n{"text": "also short"}\n')
    out = list(ingest.articles([path]))
    assert [type(x).__name__ for x in out] == ["Article", "Rejected", "Article"]
    assert out[1].source == f"{path}:2"


def test_articles_stdin_is_sniffed(monkeypatch):
    data = b'{"text": "From stdin, one", "synthetic": true}\n{"text": "From stdin, two", "synthetic": true}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    out = list(ingest.articles(["-"]))
    assert [a.text for a in out] == ["From stdin, one", "From stdin, two"]
    assert out[0].source == "<stdin>:1"


def test_articles_ids_from_given_id_url_or_hash(tmp_path):
    given = list(ingest.articles([_write(tmp_path, "a.jsonl", '{"id": "my-1", "text": "x y z"}\n')]))[0]
    assert given.id == "my-1"
    a = list(ingest.articles([_write(tmp_path, "u1.txt", "---\nurl: https://www.tass.ru/a/?utm_source=x\n---\nOne")]))[0]
    b = list(ingest.articles([_write(tmp_path, "u2.txt", "---\nurl: https://tass.ru/a\n---\nTwo")]))[0]
    assert a.id == b.id  # same canonical URL
    c = list(ingest.articles([_write(tmp_path, "h1.txt", "Same   text\nhere")]))[0]
    d = list(ingest.articles([_write(tmp_path, "h2.txt", "Same text here")]))[0]
    assert c.id == d.id and c.content_hash == d.content_hash


def test_articles_outlet_and_language_options_only_fill_gaps(tmp_path):
    named = _write(tmp_path, "n.txt", "---\noutlet: meduza.io\nlanguage: ru-RU\n---\nText of the article.")
    bare = _write(tmp_path, "b.txt", "Text of another article.")
    out = list(ingest.articles([named, bare], outlet="rferl.org", language="en"))
    assert [(a.outlet, a.language) for a in out] == [("meduza.io", "ru"), ("rferl.org", "en")]


def test_articles_unknown_format_option():
    with pytest.raises(ValueError, match="unknown format"):
        list(ingest.articles(["x"], fmt="pdf"))


def test_articles_reingest_is_a_noop(fixtures, fresh_store):
    folder = fixtures / "ingest"
    first = [a for a in ingest.articles([folder]) if isinstance(a, Article)]
    r1 = fresh_store.add_articles(first)
    before = {a.id: a.text for a in fresh_store.articles()}
    second = [a for a in ingest.articles([folder]) if isinstance(a, Article)]
    r2 = fresh_store.add_articles(second)
    assert r1.added == len(first) > 5
    assert (r2.added, r2.duplicates) == (0, len(second))
    assert {a.id: a.text for a in fresh_store.articles()} == before
    stored = fresh_store.article(first[0].id)
    assert stored.text == first[0].text and stored.fingerprint == first[0].fingerprint


@pytest.mark.parametrize("first,second,same", [
    ({"url": "https://tass.ru/politika/1"}, {"url": "https://tass.ru/politika/1"}, True),
    ({"url": "https://tass.ru/politika/1"}, {"url": "https://www.tass.ru/politika/1/?utm_source=x"}, True),
    ({"url": "https://tass.ru/politika/1"}, {"url": "https://tass.ru/politika/1-copy"}, True),  # same outlet
    ({"url": "https://tass.ru/politika/1"}, {"url": None, "outlet": "tass.ru"}, True),
    ({"url": "https://tass.ru/politika/1"}, {"url": None}, True),  # no URL, no outlet
    ({"url": None}, {"url": None}, True),
    ({"url": "https://tass.ru/politika/1"}, {"url": "https://ria.ru/20241023/1"}, False),  # wire copy
    ({"url": None, "outlet": "tass.ru"}, {"url": None, "outlet": "belta.by"}, False),
])
def test_articles_exact_copy_is_a_duplicate_only_from_the_same_source(tmp_path, fresh_store, first, second, same):
    text = "Лукашенко заявил, что белорусские войска не будут участвовать в войне против Украины."
    stored = []
    for name, fields in (("first.jsonl", first), ("second.jsonl", second)):
        path = tmp_path / name
        path.write_text(json.dumps({"text": text, "synthetic": True, **fields}) + "\n", encoding="utf-8")
        [a] = list(ingest.articles([path]))
        result = fresh_store.add_articles([a])
        stored.append(result.added)
    assert stored == ([1, 0] if same else [1, 1])
    assert fresh_store.count_articles() == (1 if same else 2)
