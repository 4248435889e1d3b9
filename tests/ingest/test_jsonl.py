"""jsonl: JSON Lines and JSON documents, field maps, one bad line rejected on its own."""

from __future__ import annotations

import json

import pytest

from parallax import ingest
from parallax.ingest.jsonl import parse_field_map
from parallax.model import Article, Rejected

WIRE_MAP = {"text": "body", "published": "date", "url": "link", "title": "headline"}


def test_jsonl_field_map_and_bad_lines(fixtures):
    out = list(ingest.articles([fixtures / "ingest" / "wire.jsonl"], field_map=WIRE_MAP))
    good = [x for x in out if isinstance(x, Article)]
    bad = [x for x in out if isinstance(x, Rejected)]
    src = str(fixtures / "ingest" / "wire.jsonl")
    assert [a.source for a in good] == [f"{src}:1", f"{src}:2", f"{src}:6"]
    assert [(r.source, r.reason.split(":")[0]) for r in bad] == [
        (f"{src}:3", "malformed JSON"), (f"{src}:4", "no 'body' field")]
    first = good[0]
    assert first.title == "Lukashenko: no Belarusian troops for Ukraine"
    assert (first.published, first.outlet, first.language) == ("2024-10-23", "apnews.com", "en")
    assert first.meta == {"desk": "Europe"}  # unmapped keys are kept, mapped ones are not
    assert good[1].outlet == "ria.ru" and good[1].language == "ru"
    assert good[2].language == "uk"  # given by the line, not detected


def test_jsonl_without_map_reads_standard_keys(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "x-1", "text": "Лукашенко заявил журналистам, что войска не пойдут.", "outlet": "belta.by",
             "language": "ru", "synthetic": True, "primary": True, "extra": [1, 2]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    [a] = list(ingest.articles([path]))
    assert (a.id, a.outlet, a.language, a.synthetic, a.primary) == ("x-1", "belta.by", "ru", True, True)
    assert a.meta == {"extra": [1, 2]}


def test_jsonl_json_document_list_and_nested_key(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"content": {"body": "First article text here."}, "synthetic": True},
                                {"content": {"body": 3}}, "not an object"]), encoding="utf-8")
    out = list(ingest.articles([path], field_map={"text": "content.body"}))
    assert isinstance(out[0], Article) and out[0].text == "First article text here."
    assert out[0].format == "json"
    assert [(r.source, isinstance(r, Rejected)) for r in out[1:]] == [(f"{path}[1]", True), (f"{path}[2]", True)]


def test_jsonl_json_extension_holding_lines_is_read_as_lines(tmp_path):
    path = tmp_path / "lines.json"
    path.write_text('{"text": "one article", "synthetic": true}\n{"text": "two article", "synthetic": true}\n')
    assert [a.text for a in ingest.articles([path])] == ["one article", "two article"]


def test_jsonl_malformed_json_document_is_rejected(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"text": "unterminated', encoding="utf-8")
    [r] = list(ingest.articles([path]))
    assert isinstance(r, Rejected) and r.source == str(path) and "malformed JSON" in r.reason


def test_jsonl_json_text_is_kept_as_given(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "  leading spaces kept: offsets index this  "}) + "\n")
    [a] = list(ingest.articles([path]))
    assert a.text == "  leading spaces kept: offsets index this  "


@pytest.mark.parametrize("pairs,message", [
    (["text"], "FIELD=KEY"),
    (["body=text"], "unknown article field 'body'"),
    (["text="], "FIELD=KEY"),
])
def test_jsonl_bad_field_map_says_how(pairs, message):
    with pytest.raises(ValueError, match=message):
        parse_field_map(pairs)
