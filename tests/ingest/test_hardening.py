"""Issue 14 regressions for ingest: nothing lost, nothing hangs, every field checked."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import threading

import pytest

from parallax import ingest, settings
from parallax.ingest import jsonl
from parallax.ingest.dedupe import canonical_url
from parallax.model import Article, Rejected

pytestmark = pytest.mark.issue(14)

TEXT = "The minister said on Monday that the talks would go on for another week."


def _line(**fields) -> str:
    return json.dumps({"text": TEXT, **fields})


def _write(path, lines) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _split(items):
    items = list(items)
    return ([x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, Rejected)])


@pytest.mark.parametrize("field", ["title", "url", "outlet", "published", "text", "language", "id"])
def test_lone_surrogate_in_any_field_is_that_lines_error(tmp_path, field):
    good = [_line(url=f"https://example.org/{i}", title=f"story {i}") for i in range(6)]
    good[3] = '{"text": "%s", "%s": "\\ud83d"}' % (TEXT, field) if field != "text" else '{"text": "a \\ud83d b"}'
    path = _write(tmp_path / "a.jsonl", good)
    arts, bad = _split(ingest.articles([path]))
    assert len(arts) == 5
    assert [r.source for r in bad] == [f"{path}:4"]
    assert "surrogate" in bad[0].reason or "language" in bad[0].reason


def test_surrogate_batch_reaches_the_store_without_a_traceback(tmp_path, db_path):
    from click.testing import CliRunner

    from parallax.cli import cli

    lines = [_line(url=f"https://example.org/{i}", title=f"t{i}", text=f"{TEXT} {i}") for i in range(20)]
    lines[11] = json.dumps({"text": TEXT + " x", "title": "\ud83d"}, ensure_ascii=True)
    path = _write(tmp_path / "a.jsonl", lines)
    res = CliRunner().invoke(cli, ["ingest", path, "--db", db_path, "-s"])
    assert res.exit_code == 1 and res.exception is None or isinstance(res.exception, SystemExit)
    from parallax.store import open_store
    store = open_store(db_path)
    try:
        assert store.count_articles() == 19
    finally:
        store.close()


@pytest.mark.parametrize("bad", ['{"text": "\\udc00"}', "[" * 5000 + "]" * 5000, '{"text": 1' + "0" * 5000 + "}",
                                 '{"text": "ok" ', "\x00\x00"])
def test_a_bad_line_does_not_end_the_file(tmp_path, bad):
    lines = [_line(url=f"https://example.org/{i}") for i in range(4)]
    lines.insert(2, bad)
    path = _write(tmp_path / "a.jsonl", lines)
    arts, rejected = _split(ingest.articles([path]))
    assert len(arts) == 4
    assert [r.source for r in rejected] == [f"{path}:3"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_wide_json_lines_are_decoded_before_splitting(tmp_path, encoding):
    body = "\n".join(_line(url=f"https://example.org/{i}", title="Заголовок") for i in range(3)) + "\n"
    path = tmp_path / "wide.jsonl"
    path.write_bytes(body.encode(encoding))
    arts, bad = _split(ingest.articles([str(path)]))
    assert not bad and len(arts) == 3
    assert arts[2].title == "Заголовок"


def test_broken_html_with_no_text_is_refused(tmp_path):
    path = tmp_path / "broken.html"
    path.write_bytes(b"<p>\xff\xfe<<<>>>")
    arts, bad = _split(ingest.articles([str(path)]))
    assert not arts and len(bad) == 1
    from parallax.ingest.html import readable
    assert not readable("ÿþ<<<>>>") and readable(TEXT)


def test_explicit_ids_do_not_collide_across_outlets(tmp_path, fresh_store):
    one = _write(tmp_path / "one.jsonl", [_line(id=i, outlet="one.example", url=f"https://one.example/{i}",
                                                 text=f"{TEXT} one {i}") for i in range(1, 6)])
    two = _write(tmp_path / "two.jsonl", [_line(id=i, outlet="two.example", url=f"https://two.example/{i}",
                                                 text=f"{TEXT} two {i}") for i in range(1, 6)])
    first = fresh_store.add_articles([a for a in ingest.articles([one])])
    second = fresh_store.add_articles([a for a in ingest.articles([two])])
    assert (first.added, second.added) == (5, 5)
    assert fresh_store.count_articles() == 10
    assert set(first.ids) == {"1", "2", "3", "4", "5"}  # the first holder keeps the source's ids
    again = fresh_store.add_articles([a for a in ingest.articles([two])])
    assert again.added == 0 and again.duplicates == 5  # re-ingest is still a no-op
    stored = fresh_store.article(second.ids[0])
    assert stored.outlet == "two.example" and stored.meta["source_id"] == "1"


def test_spa_route_fragments_identify_pages():
    urls = [f"https://app.example.org/#/story/{i}" for i in (1, 2, 3)]
    assert len({canonical_url(u) for u in urls}) == 3
    assert canonical_url("https://example.org/news/1#comments") == canonical_url("https://example.org/news/1")
    assert canonical_url("https://example.org/#!/story/9").endswith("#!/story/9")


def test_gzip_json_lines_are_read_and_fakes_refused(tmp_path):
    body = ("\n".join(_line(url=f"https://example.org/{i}") for i in range(3)) + "\n").encode()
    (tmp_path / "dump.jsonl.gz").write_bytes(gzip.compress(body))
    arts, bad = _split(ingest.articles([str(tmp_path / "dump.jsonl.gz")]))
    assert len(arts) == 3 and not bad
    (tmp_path / "fake.txt.gz").write_text(TEXT)
    (tmp_path / "pack.zip").write_bytes(b"PK\x03\x04")
    folder = list(ingest.articles([str(tmp_path)]))
    arts, bad = _split(folder)
    assert len(arts) == 3
    assert sorted(os.path.basename(r.source) for r in bad) == ["fake.txt.gz", "pack.zip"]
    assert all("gzip" in r.reason or "unpack" in r.reason for r in bad)


@pytest.mark.parametrize("field,value", [("text", "a\u0000b"), ("language", "e\u0000n"),
                                         ("title", "x\u0000"), ("language", "<script>"),
                                         ("published", "9999-99-99"), ("published", "<script>"),
                                         ("url", "javascript:alert(1)"), ("url", "not a url"),
                                         ("outlet", "evil\u001b]0;title\u0007")])
def test_every_field_is_validated(tmp_path, field, value):
    path = _write(tmp_path / "a.jsonl", [json.dumps({"text": TEXT, field: value})])
    arts, bad = _split(ingest.articles([path]))
    assert not arts and len(bad) == 1 and field in bad[0].reason


@pytest.mark.parametrize("value", ["2024-10-23", "2024-10-23T21:00:00+03:00", "2024-10-23T18:12:00Z"])
def test_iso_dates_pass(tmp_path, value):
    path = _write(tmp_path / "a.jsonl", [json.dumps({"text": TEXT, "published": value, "language": "uk-UA"})])
    (a,) = ingest.articles([path])
    assert a.published == value and a.language == "uk"


class _Endless(io.RawIOBase):
    """``/dev/zero`` as a stream that counts what was read."""

    def __init__(self, byte: bytes = b"\0") -> None:
        self.read_bytes, self.byte = 0, byte

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self.read_bytes > 50 * settings.MAX_INPUT_BYTES:
            raise AssertionError("read far past the limit")
        buf[:] = self.byte * len(buf)
        self.read_bytes += len(buf)
        return len(buf)


def test_a_line_without_end_hits_the_limit_while_reading(monkeypatch):
    monkeypatch.setattr(settings, "MAX_INPUT_BYTES", 1 << 16)
    raw = _Endless(b"{")
    out = list(jsonl.read_lines(io.BufferedReader(raw), "<stdin>"))
    assert len(out) == 1 and isinstance(out[0], Rejected) and "over the limit" in out[0].reason
    assert raw.read_bytes < 4 * settings.MAX_INPUT_BYTES


def test_stdin_from_dev_zero_ends(tmp_path):
    env = {**os.environ, "PARALLAX_MAX_INPUT_BYTES": "100000"}
    code = ("import sys; from parallax import ingest; "
            "print([type(x).__name__ for x in ingest.articles(['-'], fmt='jsonl')])")
    with open("/dev/zero", "rb") as zero:
        res = subprocess.run([sys.executable, "-c", code], stdin=zero, capture_output=True, text=True,
                             timeout=60, env=env)
    assert res.returncode == 0 and "Rejected" in res.stdout


def test_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    result: list = []
    t = threading.Thread(target=lambda: result.extend(ingest.articles([str(fifo)])), daemon=True)
    t.start()
    t.join(10)
    assert not t.is_alive(), "ingest blocked on a FIFO with no writer"
    assert len(result) == 1 and "regular file" in result[0].reason


def test_a_pages_own_odd_metadata_is_dropped_not_fatal(tmp_path):
    page = tmp_path / "p.html"
    body = " ".join(["The minister said on Monday that the talks would go on for another week."] * 30)
    page.write_text(f'<html><head><title>Talks</title><link rel="canonical" href="javascript:alert(1)">'
                    f'<meta name="date" content="9999-99-99"></head><body><article><p>{body}</p>'
                    f"</article></body></html>", encoding="utf-8")
    (a,) = ingest.articles([str(page)])
    assert isinstance(a, Article) and a.url is None and a.published is None
